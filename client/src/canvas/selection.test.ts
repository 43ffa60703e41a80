import type { ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { marqueeSelection, selectOnClickUp, selectOnPointerDown } from './selection';
import { box, connector, ids } from './testShapes';

const id = (value: string) => value as ShapeId;
const [a, b, c] = [id('a'), id('b'), id('c')];

describe('clicking', () => {
  it('selects the shape under the pointer alone', () => {
    expect(selectOnPointerDown([a, b], c, false)).toEqual([c]);
  });

  it('keeps a selection when pressing on one of its shapes (to drag them together)', () => {
    expect(selectOnPointerDown([a, b], b, false)).toEqual([a, b]);
  });

  it('adds with shift', () => {
    expect(selectOnPointerDown([a], b, true)).toEqual([a, b]);
  });

  it('clears on empty canvas unless shift is held', () => {
    expect(selectOnPointerDown([a], null, false)).toEqual([]);
    expect(selectOnPointerDown([a], null, true)).toEqual([a]);
  });

  it('on release without a drag: shift removes, a plain click narrows to that shape', () => {
    expect(selectOnClickUp([a, b], b, true)).toEqual([a]);
    expect(selectOnClickUp([a, b], b, false)).toEqual([b]);
  });
});

describe('marqueeSelection', () => {
  const inside = box('sticky', 10, 10, 50, 50);
  const alsoInside = box('rect', 100, 10, 50, 50);
  const partly = box('sticky', 180, 10, 50, 50);
  const joined = connector(inside, alsoInside);
  const half = connector(inside, partly);
  const candidates = [inside, alsoInside, partly, joined, half];
  const rect = { x: 0, y: 0, w: 200, h: 100 };

  it('takes boxes entirely inside and the connectors between them', () => {
    expect(marqueeSelection(rect, candidates, [], false)).toEqual(ids(inside, alsoInside, joined));
  });

  it('adds to the existing selection with shift', () => {
    expect(marqueeSelection(rect, candidates, [partly.id], true)).toEqual([
      partly.id,
      ...ids(inside, alsoInside, joined),
    ]);
  });
});
