import type { ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { box, connector } from './testShapes';
import { fitBounds } from './viewport';
import { fitBeside } from './viewport';
import { cardsBounds } from './cardBounds';

describe('bounds of cards', () => {
  const a = box('sticky', 0, 0, 100, 50, { id: 'a' });
  const b = box('sticky', 300, 200, 100, 50, { id: 'b' });
  const link = connector(a, b, { id: 'link' });
  const byId = (id: ShapeId) => [a, b, link].find((s) => s.id === id);

  it('is the union of the boxes that are there', () => {
    expect(cardsBounds(['a', 'b', 'gone'] as ShapeId[], byId)).toEqual({ x: 0, y: 0, w: 400, h: 250 });
  });

  it('is null when none of them is a box on the board', () => {
    expect(cardsBounds(['gone', 'link'] as ShapeId[], byId)).toBeNull();
  });
});

describe('fitting cards beside a panel', () => {
  const bounds = { x: 1000, y: 0, w: 200, h: 100 };
  const size = { w: 1200, h: 800 };

  it('is the plain fit without a panel', () => {
    expect(fitBeside(bounds, size, {})).toEqual(fitBounds(bounds, size));
  });

  it('centres the cards in the part of the view right of a left panel', () => {
    const camera = fitBeside(bounds, size, { left: 400 });
    const centreOnScreen = (bounds.x + bounds.w / 2 - camera.x) * camera.zoom;
    expect(centreOnScreen).toBeCloseTo(400 + (1200 - 400) / 2);
  });

  it('centres them left of a right panel', () => {
    const camera = fitBeside(bounds, size, { right: 400 });
    const centreOnScreen = (bounds.x + bounds.w / 2 - camera.x) * camera.zoom;
    expect(centreOnScreen).toBeCloseTo((1200 - 400) / 2);
  });

  it('keeps the cards below the bars over the top and above the launchers at the bottom', () => {
    const tall = { x: 0, y: 0, w: 200, h: 900 };
    const camera = fitBeside(tall, size, { top: 140, bottom: 110 });
    const top = (tall.y - camera.y) * camera.zoom;
    const bottom = (tall.y + tall.h - camera.y) * camera.zoom;
    expect(top).toBeGreaterThanOrEqual(140);
    expect(bottom).toBeLessThanOrEqual(800 - 110);
  });

  it('keeps them above a low sheet over the lower half of a phone, below the bars', () => {
    const phone = { w: 390, h: 800 };
    const camera = fitBeside(bounds, phone, { top: 140, bottom: 380 });
    const top = (bounds.y - camera.y) * camera.zoom;
    const bottom = (bounds.y + bounds.h - camera.y) * camera.zoom;
    expect(top).toBeGreaterThanOrEqual(140);
    expect(bottom).toBeLessThanOrEqual(800 - 380);
  });

  it('always leaves some of the view, however much is covered', () => {
    const camera = fitBeside(bounds, size, { top: 700, bottom: 700 });
    const top = (bounds.y - camera.y) * camera.zoom;
    const bottom = (bounds.y + bounds.h - camera.y) * camera.zoom;
    expect(bottom - top).toBeGreaterThan(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(800);
  });
});
