// The colour a participant shows in presence (cursor, selection outline): a member's company
// colour from the board's meta; the facilitator a neutral slate; observers grey.
import { PALETTE } from '@kyoso/shared';
import type { Company, CompanyKey, Role } from '@kyoso/shared';

export const FACILITATOR_COLOR = PALETTE.presenceFacilitator;
export const OBSERVER_COLOR = PALETTE.presenceObserver;
/** A member whose company is not (yet) in the meta: neutral until the meta arrives. */
export const UNKNOWN_COMPANY_COLOR = PALETTE.presenceUnknown;

export function presenceColor(role: Role, company: CompanyKey | null, companies: readonly Company[]): string {
  if (role === 'facilitator') return FACILITATOR_COLOR;
  if (role === 'observer') return OBSERVER_COLOR;
  return companies.find((entry) => entry.key === company)?.color ?? UNKNOWN_COMPANY_COLOR;
}
