// Where the parts of an agreement badge go, in screen pixels (the badge keeps its size whatever
// the zoom). Partly agreed: one mark per company, filled with a check when it agreed, an empty ring
// when it has not. Agreed by every company: a green pill with a check and a label, unlike any
// partial state. Agreed to content that changed since: an amber pill with "!" and a label, so a
// stale agreement never looks like a current one. A card too small on screen to carry either gets a single dot. The badge
// straddles the card's bottom edge at the right, like a seal (the revealed vote total does so at
// the left): over the text box's padding rather than the card's last line of text, clear of the
// corner's resize handle and of the name tags people's selections carry above a card. While the
// card shows its handles the badge also keeps right of the bottom edge's middle one, and always
// right of the vote total (dropping its label, or down to a dot, when that leaves too little room).
import type { AgreementStatus, Company, CompanyKey } from '@kyoso/shared';

export const BADGE = {
  height: 20,
  mark: 12,
  gap: 4,
  padX: 5,
  check: 12,
  dot: 10,
  /** Screen px kept free between the badge and the card's right and bottom edges. */
  inset: 8,
} as const;

export interface BadgeMark {
  company: CompanyKey;
  color: string;
  agreed: boolean;
  /** Centre, from the badge's left edge. */
  cx: number;
}

export type BadgeLayout =
  | { kind: 'marks'; width: number; height: number; marks: BadgeMark[] }
  | { kind: 'agreed' | 'changed'; width: number; height: number; checkX: number; labelX: number | null }
  | { kind: 'dot'; width: number; height: number; agreed: boolean };

export interface BadgeInput {
  companies: readonly Company[];
  status: AgreementStatus;
  /** Width of the pill's label ("agreed by all", or "changed") at the badge's font size. */
  labelWidth: number;
  /** How big the card is on screen: the badge never sticks out past its edges. */
  cardScreenWidth: number;
  cardScreenHeight: number;
  /** The card shows resize handles of this side (screen px): the badge keeps clear of them. */
  handles?: number;
  /**
   * Width (screen px) of what the card's bottom edge carries at its left, the revealed vote
   * total: the badge keeps right of it, dropping its label or down to a dot on a narrow card.
   */
  leftMark?: number;
}

export function badgeLayout(input: BadgeInput): BadgeLayout {
  const { companies, status, labelWidth, cardScreenWidth, cardScreenHeight, handles, leftMark } = input;
  // Its left edge stays right of the bottom edge's middle handle, when the card shows handles,
  // and of the vote total at the left.
  const room = Math.min(
    handles ? cardScreenWidth / 2 - BADGE.inset - handles / 2 - BADGE.gap : Infinity,
    cardScreenWidth - 2 * BADGE.inset - (leftMark ? leftMark + BADGE.gap : 0),
  );
  const dot: BadgeLayout = { kind: 'dot', width: BADGE.dot, height: BADGE.dot, agreed: status.agreed };
  if (cardScreenHeight < BADGE.height + 2 * BADGE.inset) return dot;
  const pill = status.agreed ? 'agreed' : status.changedSince.length > 0 ? 'changed' : null;
  if (pill) {
    const withLabel = BADGE.padX * 2 + BADGE.check + BADGE.gap + Math.ceil(labelWidth);
    const checkOnly = BADGE.padX * 2 + BADGE.check;
    if (withLabel <= room)
      return {
        kind: pill,
        width: withLabel,
        height: BADGE.height,
        checkX: BADGE.padX,
        labelX: BADGE.padX + BADGE.check + BADGE.gap,
      };
    if (checkOnly <= room)
      return { kind: pill, width: checkOnly, height: BADGE.height, checkX: BADGE.padX, labelX: null };
    return dot;
  }
  const agreed = new Set(status.agreedBy);
  const width =
    BADGE.padX * 2 + companies.length * BADGE.mark + Math.max(0, companies.length - 1) * BADGE.gap;
  if (width > room || companies.length === 0) return dot;
  const marks = companies.map((company, i) => ({
    company: company.key,
    color: company.color,
    agreed: agreed.has(company.key),
    cx: BADGE.padX + i * (BADGE.mark + BADGE.gap) + BADGE.mark / 2,
  }));
  return { kind: 'marks', width, height: BADGE.height, marks };
}

/** The badge's top-left corner in world coordinates: `inset` screen px left of the card's right edge, centred on its bottom edge. */
export function badgeOrigin(
  card: { x: number; y: number; w: number; h: number },
  layout: { width: number; height: number },
  zoom: number,
): { x: number; y: number } {
  return {
    x: card.x + card.w - (BADGE.inset + layout.width) / zoom,
    y: card.y + card.h - layout.height / 2 / zoom,
  };
}
