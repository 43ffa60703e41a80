// Moving between cards without a mouse, pure: the board's cards in reading order (rows top to
// bottom, each left to right, as the eye reads a board), the next or previous one (Tab, Shift+Tab),
// and the nearest one in a direction (Alt+arrow).
import type { ShapeId } from '@kyoso/shared';
import type { Point, Rect } from '../sync/session-types';

export interface Placed extends Rect {
  id: ShapeId;
}

const centreOf = (box: Rect): Point => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 });

/** Rows of cards whose middles lie within half a card's height of the row's first, left to right. */
export function readingOrder<T extends Placed>(cards: readonly T[]): T[] {
  const byTop = [...cards].sort((a, b) => centreOf(a).y - centreOf(b).y || a.x - b.x);
  const out: T[] = [];
  let row: T[] = [];
  let rowY = -Infinity;
  let reach = 0;
  for (const card of byTop) {
    const y = centreOf(card).y;
    if (row.length > 0 && y - rowY > reach) {
      out.push(...row.sort((a, b) => a.x - b.x));
      row = [];
    }
    if (row.length === 0) {
      rowY = y;
      reach = card.h / 2;
    }
    row.push(card);
  }
  out.push(...row.sort((a, b) => a.x - b.x));
  return out;
}

/** The card after (step 1) or before (-1) `current` in reading order; null past either end. */
export function nextInOrder<T extends Placed>(
  cards: readonly T[],
  current: ShapeId | null,
  step: 1 | -1,
): T | null {
  const order = readingOrder(cards);
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.findIndex((card) => card.id === current);
  if (at < 0) return step === 1 ? order[0]! : order[order.length - 1]!;
  return order[at + step] ?? null;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The nearest card whose middle lies in `direction` from `current`'s (within 45° of it), nearer
 * along the direction counting more than off to the side.
 */
export function nearestInDirection<T extends Placed>(
  cards: readonly T[],
  current: Placed,
  direction: Direction,
): T | null {
  const from = centreOf(current);
  let best: T | null = null;
  let bestScore = Infinity;
  for (const card of cards) {
    if (card.id === current.id) continue;
    const to = centreOf(card);
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = card;
      bestScore = score;
    }
  }
  return best;
}
