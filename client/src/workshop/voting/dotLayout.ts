// Where a person's own dots sit on a card, and where a revealed total goes. Dots are stickers on
// the card (world units: they zoom with it) in rows from the bottom-left corner; the total is a
// badge of constant screen size straddling the card's bottom edge at the left. The right of the
// bottom edge is the agreement badge's, the top left the kind label's.
import type { Point, Rect } from '../../sync/session-types';

export interface Dot {
  cx: number;
  cy: number;
}

export interface DotLayout {
  /** Dot radius, world units. */
  r: number;
  dots: Dot[];
  /** When the dots do not fit: the last slot shows "+count" instead of a dot. */
  more: (Dot & { count: number }) | null;
}

const MAX_ROWS = 2;
/** The share of the card's width the dots may take, from the left. */
const DOTS_WIDTH = 0.65;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** `count` dots on `card`, filling rows left to right from the bottom-left corner. */
export function layoutDots(card: Rect, count: number): DotLayout {
  const r = clamp(Math.min(card.w, card.h) * 0.06, 3, 14);
  const gap = r * 0.6;
  const step = 2 * r + gap;
  const pad = r * 0.8;
  // The right third stays free for the agreement badge.
  const perRow = Math.max(1, Math.floor((card.w * DOTS_WIDTH - 2 * pad + gap) / step));
  // The dots keep to the lower half of the card, under the text's usual place.
  const rows = clamp(Math.floor((card.h / 2 - 2 * pad + gap) / step), 1, MAX_ROWS);
  const capacity = perRow * rows;
  const slot = (i: number): Dot => ({
    cx: card.x + pad + r + (i % perRow) * step,
    cy: card.y + card.h - pad - r - Math.floor(i / perRow) * step,
  });
  const shown = count > capacity ? capacity - 1 : Math.max(0, count);
  const dots = Array.from({ length: shown }, (_, i) => slot(i));
  const more = count > capacity ? { ...slot(capacity - 1), count: count - shown } : null;
  return { r, dots, more };
}

/** Whether `point` is on one of the laid-out dots (with a little slack for a quick click). */
export function isOnDot(layout: DotLayout, point: Point): boolean {
  const reach = layout.r * 1.3;
  const slots = layout.more ? [...layout.dots, layout.more] : layout.dots;
  return slots.some((dot) => Math.hypot(point.x - dot.cx, point.y - dot.cy) <= reach);
}

/** The totals badge, screen pixels. */
export const TOTAL_BADGE = { height: 22, padX: 7, glyph: 8, gap: 4, digit: 7.5, inset: 8, tiny: 10 } as const;

export type TotalBadge =
  | { kind: 'count'; x: number; y: number; width: number; height: number }
  /** The card is too small on screen for a number: a small marker only. */
  | { kind: 'tiny'; x: number; y: number; width: number; height: number };

/**
 * Where the total for a card goes, in world units at `zoom` (x, y: the top-left corner). Its
 * left edge is `inset` screen pixels inside the card's left edge, centred on the bottom edge.
 */
export function totalBadge(card: Rect, votes: number, zoom: number): TotalBadge {
  const { height, padX, glyph, gap, digit, inset, tiny } = TOTAL_BADGE;
  const width = Math.ceil(2 * padX + glyph + gap + String(votes).length * digit);
  const cardScreenW = card.w * zoom;
  if (width + 2 * inset > cardScreenW) {
    const x = card.x + card.w / 2 - tiny / 2 / zoom;
    return { kind: 'tiny', x, y: card.y + card.h - tiny / 2 / zoom, width: tiny, height: tiny };
  }
  return {
    kind: 'count',
    x: card.x + inset / zoom,
    y: card.y + card.h - height / 2 / zoom,
    width,
    height,
  };
}
