import { describe, expect, it } from 'vitest';
import { connectorLine, distanceToSegment, edgePoint } from './connectorGeometry';

const box = { x: 0, y: 0, w: 200, h: 100 };

describe('edgePoint', () => {
  it('leaves a box through the side facing the target', () => {
    expect(edgePoint(box, 'box', { x: 1000, y: 50 })).toEqual({ x: 200, y: 50 });
    expect(edgePoint(box, 'box', { x: 100, y: -500 })).toEqual({ x: 100, y: 0 });
  });

  it('leaves a box through a corner region proportionally', () => {
    const p = edgePoint(box, 'box', { x: 300, y: 150 });
    expect(p.x).toBeCloseTo(200);
    expect(p.y).toBeCloseTo(100);
  });

  it('lies on the ellipse for an ellipse', () => {
    const p = edgePoint(box, 'ellipse', { x: 400, y: 400 });
    const nx = (p.x - 100) / 100;
    const ny = (p.y - 50) / 50;
    expect(nx * nx + ny * ny).toBeCloseTo(1);
  });

  it('stays at the centre when the target is the centre', () => {
    expect(edgePoint(box, 'box', { x: 100, y: 50 })).toEqual({ x: 100, y: 50 });
  });
});

describe('connectorLine', () => {
  it('runs between the facing edges, a gap away from each', () => {
    const line = connectorLine(box, 'box', { x: 400, y: 0, w: 200, h: 100 }, 'box', 5);
    expect(line.start).toEqual({ x: 205, y: 50 });
    expect(line.end).toEqual({ x: 395, y: 50 });
    expect(line.mid).toEqual({ x: 300, y: 50 });
  });

  it('follows when an end moves', () => {
    const before = connectorLine(box, 'box', { x: 400, y: 0, w: 200, h: 100 }, 'box');
    const after = connectorLine(box, 'box', { x: 400, y: 300, w: 200, h: 100 }, 'box');
    expect(after.end.y).toBeGreaterThan(before.end.y);
  });

  it('falls back to centre to centre for overlapping boxes', () => {
    const line = connectorLine(box, 'box', { x: 50, y: 10, w: 200, h: 100 }, 'box');
    expect(line.start).toEqual({ x: 100, y: 50 });
    expect(line.end).toEqual({ x: 150, y: 60 });
  });
});

describe('distanceToSegment', () => {
  it('measures to the nearest point of the segment', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: -3, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 1, y: 1 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBeCloseTo(Math.SQRT2);
  });
});
