import { describe, expect, it } from 'vitest';
import { isOnDot, layoutDots, totalBadge, TOTAL_BADGE } from './dotLayout';

const card = { x: 100, y: 50, w: 200, h: 160 };
const inside = (dot: { cx: number; cy: number }, r: number) =>
  dot.cx - r >= card.x &&
  dot.cx + r <= card.x + card.w &&
  dot.cy - r >= card.y &&
  dot.cy + r <= card.y + card.h;

describe('layoutDots', () => {
  it('puts the dots inside the card, in its lower half, without overlapping', () => {
    const { r, dots, more } = layoutDots(card, 5);
    expect(dots).toHaveLength(5);
    expect(more).toBeNull();
    for (const dot of dots) {
      expect(inside(dot, r)).toBe(true);
      expect(dot.cy).toBeGreaterThan(card.y + card.h / 2);
    }
    for (const [i, a] of dots.entries())
      for (const b of dots.slice(i + 1))
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * r);
  });

  it('starts at the bottom-left corner and goes right, clear of the right half', () => {
    const { dots } = layoutDots(card, 2);
    expect(dots[0]!.cx).toBeLessThan(dots[1]!.cx);
    expect(dots[0]!.cy).toBe(dots[1]!.cy);
    expect(dots[0]!.cx - card.x).toBeLessThan(30);
    expect(dots[1]!.cx).toBeLessThan(card.x + card.w / 2);
    for (const dot of layoutDots(card, 50).dots) expect(dot.cx).toBeLessThan(card.x + card.w * 0.65);
  });

  it('shows "+n" in the last slot when the dots do not fit', () => {
    const { dots, more, r } = layoutDots(card, 50);
    expect(more).not.toBeNull();
    expect(dots.length + more!.count).toBe(50);
    expect(inside(more!, r)).toBe(true);
  });

  it('draws nothing for no dots, and keeps tiny cards usable', () => {
    expect(layoutDots(card, 0).dots).toEqual([]);
    const small = layoutDots({ x: 0, y: 0, w: 20, h: 20 }, 3);
    expect(small.dots.length + (small.more?.count ?? 0)).toBe(3);
  });
});

describe('isOnDot', () => {
  it('finds a click on a dot or the "+n" marker and nowhere else', () => {
    const layout = layoutDots(card, 3);
    const first = layout.dots[0]!;
    expect(isOnDot(layout, { x: first.cx + 1, y: first.cy - 1 })).toBe(true);
    expect(isOnDot(layout, { x: card.x + 20, y: card.y + 20 })).toBe(false);
    const full = layoutDots(card, 40);
    expect(isOnDot(full, { x: full.more!.cx, y: full.more!.cy })).toBe(true);
    expect(isOnDot(layoutDots(card, 0), { x: first.cx, y: first.cy })).toBe(false);
  });
});

describe('totalBadge', () => {
  it('sits inside the left edge, centred on the bottom edge, at constant screen size', () => {
    for (const zoom of [0.5, 1, 2]) {
      const badge = totalBadge(card, 12, zoom);
      expect(badge.kind).toBe('count');
      expect(badge.height).toBe(TOTAL_BADGE.height);
      expect(badge.x).toBeCloseTo(card.x + TOTAL_BADGE.inset / zoom);
      expect(badge.x + badge.width / zoom).toBeLessThan(card.x + card.w / 2);
      expect(badge.y + badge.height / 2 / zoom).toBeCloseTo(card.y + card.h);
    }
  });

  it('grows with the number of digits', () => {
    expect(totalBadge(card, 123, 1).width).toBeGreaterThan(totalBadge(card, 3, 1).width);
  });

  it('becomes a small marker when the card is too small on screen', () => {
    expect(totalBadge(card, 5, 0.1).kind).toBe('tiny');
  });
});
