// Where a card's reactions are drawn: one pill of constant screen size straddling the card's bottom
// edge at the right ("👍 3  💡 1"), below the agreement seal (inside the corner) and clear of a
// revealed vote total (at the left: the caller says how far in from the card's left edge it reaches,
// and the pill stays clear of it). Pure: the caller measures text; screen pixels from the pill's
// right end. What does not fit on a card that small on screen becomes "+n".
import type { CardReactions } from '@kyoso/shared';
import { REACTION_EMOJI } from '@kyoso/shared';

export const PILL = {
  height: 20,
  padX: 6,
  gap: 6,
  emojiGap: 2,
  font: 12,
  /** Screen px between the pill's right end and the card's right edge. */
  inset: 8,
  /** Below this on-screen width a card shows no pill. */
  minCardWidth: 64,
} as const;

export interface PillPart {
  emoji: string;
  count: string;
  /** Left of the emoji, from the pill's left edge (px). */
  x: number;
  /** Left of the count. */
  countX: number;
}

export interface PillLayout {
  width: number;
  parts: PillPart[];
  /** Stamps left out, shown as "+n" at the end; 0 when all fit. */
  more: number;
  moreX: number;
}

/**
 * The pill for `reactions` on a card `cardScreenWidth` px wide; null when nothing is drawn.
 * `clearOfLeft`: screen px from the card's left edge taken by a vote total on the same edge.
 */
export function layoutReactionPill(
  reactions: CardReactions,
  cardScreenWidth: number,
  measure: (text: string) => number,
  clearOfLeft = 0,
): PillLayout | null {
  if (reactions.length === 0 || cardScreenWidth < PILL.minCardWidth) return null;
  const room =
    cardScreenWidth - PILL.inset - Math.max(PILL.inset, clearOfLeft > 0 ? clearOfLeft + PILL.gap : 0);
  for (let shown = reactions.length; shown >= 1; shown--) {
    const parts: PillPart[] = [];
    let x = PILL.padX;
    for (const { stamp, people } of reactions.slice(0, shown)) {
      const emoji = REACTION_EMOJI[stamp];
      const count = String(people.length);
      const countX = x + measure(emoji) + PILL.emojiGap;
      parts.push({ emoji, count, x, countX });
      x = countX + measure(count) + PILL.gap;
    }
    const more = reactions.length - shown;
    const moreX = x;
    if (more > 0) x += measure(`+${more}`) + PILL.gap;
    const width = x - PILL.gap + PILL.padX;
    if (width <= room) return { width, parts, more, moreX };
  }
  return null;
}
