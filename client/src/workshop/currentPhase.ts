// The workshop's current step, by its kind (check-in, drafting, vote, ...): what panels and
// prompts follow. A step the facilitator added to the agenda has no kind (null).
import type { PhaseKey } from '@kyoso/shared';
import { useStoreSelector } from '../bindings/hooks';
import type { WorkshopSession } from '../sync/workshop-types';

export function currentPhaseKey(workshop: WorkshopSession): PhaseKey | null {
  const control = workshop.control.get();
  return control.phases.find((phase) => phase.id === control.phase)?.key ?? null;
}

export function useCurrentPhaseKey(workshop: WorkshopSession): PhaseKey | null {
  return useStoreSelector(workshop.control, () => currentPhaseKey(workshop));
}
