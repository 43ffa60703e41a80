import { asShapeId, type Shape } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { frameChoices, preselectedFrame } from './frameChoices';

const frame = (id: string, x: number, y: number, text: string) =>
  ({ id: asShapeId(id), type: 'frame', x, y, w: 100, h: 100, text, color: null }) as unknown as Shape;
const sticky = (id: string) =>
  ({ id: asShapeId(id), type: 'sticky', x: 0, y: 0, w: 10, h: 10, text: 'card' }) as unknown as Shape;

describe('frameChoices', () => {
  it('lists frames only, top to bottom then left to right, with their titles', () => {
    const shapes = [
      frame('f3', 500, 400, 'Later'),
      sticky('s1'),
      frame('f2', 600, 0, ' 右 '),
      frame('f1', 0, 0, '左'),
    ];
    expect(frameChoices(shapes)).toEqual([
      { id: 'f1', title: '左' },
      { id: 'f2', title: '右' },
      { id: 'f3', title: 'Later' },
    ]);
  });

  it('tells apart frames that share a title (a template’s areas, once per company)', () => {
    const lane = (id: string, y: number, text: string) =>
      ({ ...(frame(id, 0, y, text) as object), w: 1000, h: 300 }) as unknown as Shape;
    const shapes = [
      lane('lane-a', 0, 'あさひ'),
      lane('lane-b', 400, 'Blue Ocean'),
      frame('area-a', 20, 40, '強み・資産'),
      frame('area-b', 20, 440, '強み・資産'),
    ];
    expect(frameChoices(shapes).map((choice) => choice.title)).toEqual([
      'あさひ',
      '強み・資産 · あさひ',
      'Blue Ocean',
      '強み・資産 · Blue Ocean',
    ]);
  });

  it('offers the selected frame first, and the whole board otherwise', () => {
    const frames = frameChoices([frame('f1', 0, 0, 'A'), frame('f2', 200, 0, 'B')]);
    expect(preselectedFrame(frames, ['f2'])).toBe('f2');
    expect(preselectedFrame(frames, ['s1', 'f1'])).toBe('f1');
    expect(preselectedFrame(frames, ['f1', 'f2'])).toBeNull();
    expect(preselectedFrame(frames, [])).toBeNull();
  });
});
