import { applyTemplate, readShapes, type ShapeId } from '@kyoso/shared';
import { createFixtureBoard } from '@kyoso/shared/testing';
import { describe, expect, it } from 'vitest';
import { readingOrder, stepFrame, walkFrames, type WalkFrame } from './frameWalk';

const frame = (id: string, x: number, y: number, w = 400, h = 300): WalkFrame => ({
  id: id as ShapeId,
  x,
  y,
  w,
  h,
});
const ids = (frames: readonly WalkFrame[]) => frames.map((f) => f.id);

describe('frames in reading order', () => {
  it('reads rows top to bottom and each row left to right, despite small misalignments', () => {
    const frames = [frame('d', 460, 340), frame('a', 0, 0), frame('c', 0, 330), frame('b', 450, 20)];
    expect(ids(readingOrder(frames))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps a tall frame and the short frames beside it in one row', () => {
    const frames = [frame('tall', 0, 0, 300, 900), frame('right', 400, 500, 300, 200), frame('top', 400, 0)];
    expect(ids(readingOrder(frames))).toEqual(['tall', 'top', 'right']);
  });

  it('reads a single column from top to bottom', () => {
    const frames = [frame('3', 0, 2000), frame('1', 10, 0), frame('2', -10, 1000)];
    expect(ids(readingOrder(frames))).toEqual(['1', '2', '3']);
  });

  it('is stable for frames in the same place', () => {
    expect(ids(readingOrder([frame('y', 0, 0), frame('x', 0, 0)]))).toEqual(['x', 'y']);
  });
});

describe('stepping through frames', () => {
  const ordered = readingOrder([frame('a', 0, 0), frame('b', 500, 0), frame('c', 1000, 0)]);

  it('goes forward and back and stops at the ends', () => {
    expect(stepFrame(ordered, 'a' as ShapeId, 1)?.id).toBe('b');
    expect(stepFrame(ordered, 'b' as ShapeId, -1)?.id).toBe('a');
    expect(stepFrame(ordered, 'c' as ShapeId, 1)).toBeNull();
    expect(stepFrame(ordered, 'a' as ShapeId, -1)).toBeNull();
  });

  it('starts at the first frame going forward and the last going back', () => {
    expect(stepFrame(ordered, null, 1)?.id).toBe('a');
    expect(stepFrame(ordered, null, -1)?.id).toBe('c');
    expect(stepFrame(ordered, 'gone' as ShapeId, 1)?.id).toBe('a');
    expect(stepFrame([], null, 1)).toBeNull();
  });
});

describe('the frames the walk stops at', () => {
  it('shows a template’s sheet whole, not each of its lanes and columns', () => {
    const doc = createFixtureBoard();
    applyTemplate(doc, { template: 'company-profile', locale: 'ja', at: { x: 0, y: 0 } }, 'test');
    applyTemplate(doc, { template: 'synergy-map', locale: 'ja' }, 'test');
    const shapes = readShapes(doc).shapes;
    const sheets = shapes.filter(
      (shape) => shape.type === 'frame' && shape.areaKind === undefined && shape.areaCompany === undefined,
    );
    expect(shapes.filter((shape) => shape.type === 'frame').length).toBeGreaterThan(sheets.length);
    expect(
      walkFrames(shapes)
        .map((frame) => frame.id)
        .sort(),
    ).toEqual(sheets.map((sheet) => sheet.id).sort());
    expect(walkFrames(shapes)).toHaveLength(2);
  });
});
