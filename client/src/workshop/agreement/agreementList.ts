// The agreements list: every card some company has agreed on, with who agreed for each company,
// when, and whether to the card as it is now. Cards agreed by every company come first (the
// landing points), then the ones closest to it; cards deleted since are kept (the record stands)
// but go last.
import {
  agreementStatus,
  type AgreementMark,
  type Agreements,
  type AgreementStatus,
  type Company,
  type Shape,
  type ShapeId,
  type StickyShape,
} from '@kyoso/shared';

export interface CompanyAgreement {
  company: Company;
  mark: AgreementMark | null;
}

export interface AgreementEntry {
  id: ShapeId;
  /** The card on the board, or null when it has been deleted since. */
  card: StickyShape | null;
  status: AgreementStatus;
  companies: CompanyAgreement[];
  /** The latest agreement's time (ISO), for ordering. */
  latest: string;
}

export function agreementEntries(
  agreements: Agreements,
  companies: readonly Company[],
  byId: (id: ShapeId) => Shape | undefined,
  current: (id: ShapeId) => { digest: string } | null,
): AgreementEntry[] {
  const entries: AgreementEntry[] = [];
  for (const [id, marks] of agreements) {
    const shape = byId(id);
    const card = shape?.type === 'sticky' ? shape : null;
    const status = agreementStatus(agreements, id, companies, card ? (current(id)?.digest ?? null) : null);
    let latest = '';
    for (const mark of marks.values()) if (mark.at > latest) latest = mark.at;
    entries.push({
      id,
      card,
      status,
      companies: companies.map((company) => ({ company, mark: marks.get(company.key) ?? null })),
      latest,
    });
  }
  return entries.sort(
    (a, b) =>
      Number(b.card !== null) - Number(a.card !== null) ||
      Number(b.status.agreed) - Number(a.status.agreed) ||
      b.status.agreedBy.length - a.status.agreedBy.length ||
      (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0),
  );
}

/** Synergy cards nobody has agreed on yet: what is left to decide in the 'agree' phase. */
export function synergiesWithoutAgreement(shapes: readonly Shape[], agreements: Agreements): StickyShape[] {
  return shapes.filter(
    (shape): shape is StickyShape =>
      shape.type === 'sticky' && shape.kind === 'synergy' && !agreements.has(shape.id),
  );
}

/** Counts for the launcher: cards agreed by every company, of all cards with any agreement. */
export function agreementTally(entries: readonly AgreementEntry[]): { agreed: number; total: number } {
  const present = entries.filter((entry) => entry.card !== null);
  return { agreed: present.filter((entry) => entry.status.agreed).length, total: present.length };
}
