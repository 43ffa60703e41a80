import type { ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import {
  gestureRect,
  pointerDown,
  pointerMove,
  pointerUp,
  type GestureContext,
  type PointerInput,
} from './gesture';

const id = (value: string) => value as ShapeId;
const at = (x: number, y: number, extra: Partial<PointerInput> = {}): PointerInput => ({
  screen: { x, y },
  world: { x: x * 2, y: y * 2 },
  button: 0,
  shift: false,
  ...extra,
});
const context = (extra: Partial<GestureContext> = {}): GestureContext => ({
  tool: 'select',
  spaceHeld: false,
  readOnly: false,
  selection: [],
  ...extra,
});

describe('select tool', () => {
  it('drags the selection once the pointer moves past the threshold, and moves on release', () => {
    const down = pointerDown(context({ selection: [id('a'), id('b')] }), at(10, 10), id('b'));
    expect(down.selection).toEqual(['a', 'b']);
    const small = pointerMove(down.gesture, at(11, 11));
    expect(small.gesture.kind).toBe('press');
    const moved = pointerMove(pointerMove(small.gesture, at(30, 10)).gesture, at(40, 25));
    expect(moved.gesture).toMatchObject({ kind: 'drag', ids: ['a', 'b'], dx: 60, dy: 30 });
    expect(pointerUp(moved.gesture)).toEqual({ type: 'move', ids: ['a', 'b'], dx: 60, dy: 30 });
  });

  it('clicking a shape selects it alone; clicking one of a selection narrows to it', () => {
    const fresh = pointerDown(context({ selection: [id('a')] }), at(0, 0), id('c'));
    expect(fresh.selection).toEqual(['c']);
    expect(pointerUp(fresh.gesture)).toEqual({ type: 'select', ids: ['c'] });
    const within = pointerDown(context({ selection: [id('a'), id('b')] }), at(0, 0), id('b'));
    expect(pointerUp(within.gesture)).toEqual({ type: 'select', ids: ['b'] });
  });

  it('shift-click adds, and removes an already selected shape on release', () => {
    const add = pointerDown(context({ selection: [id('a')] }), at(0, 0, { shift: true }), id('b'));
    expect(add.selection).toEqual(['a', 'b']);
    expect(pointerUp(add.gesture)).toEqual({ type: 'select', ids: ['a', 'b'] });
    const remove = pointerDown(
      context({ selection: [id('a'), id('b')] }),
      at(0, 0, { shift: true }),
      id('a'),
    );
    expect(pointerUp(remove.gesture)).toEqual({ type: 'select', ids: ['b'] });
  });

  it('draws a marquee from empty canvas', () => {
    const down = pointerDown(context({ selection: [id('a')] }), at(10, 10), null);
    expect(down.selection).toEqual([]);
    const moved = pointerMove(down.gesture, at(20, 5));
    expect(gestureRect(moved.gesture)).toEqual({ x: 20, y: 10, w: 20, h: 10 });
    expect(pointerUp(moved.gesture)).toEqual({
      type: 'marquee',
      rect: { x: 20, y: 10, w: 20, h: 10 },
      base: ['a'],
      additive: false,
    });
  });

  it('never drags on a read-only board, but still selects', () => {
    const down = pointerDown(context({ readOnly: true }), at(0, 0), id('a'));
    expect(down.selection).toEqual(['a']);
    expect(pointerMove(down.gesture, at(100, 100)).gesture.kind).toBe('press');
  });
});

describe('panning', () => {
  it('pans with the hand tool, space, or the middle button', () => {
    for (const [ctx, input] of [
      [context({ tool: 'hand' }), at(0, 0)],
      [context({ spaceHeld: true, tool: 'sticky' }), at(0, 0)],
      [context(), at(0, 0, { button: 1 })],
    ] as const) {
      const down = pointerDown(ctx, input, id('a'));
      expect(down.gesture.kind).toBe('pan');
      const moved = pointerMove(down.gesture, at(5, -3));
      expect(moved.pan).toEqual({ x: 5, y: -3 });
      expect(pointerMove(moved.gesture, at(6, -3)).pan).toEqual({ x: 1, y: 0 });
      expect(pointerUp(moved.gesture)).toEqual({ type: 'none' });
    }
  });

  it('pans with one finger on empty board, and a tap there clears the selection', () => {
    const selected = context({ selection: [id('a')], fingerOnEmpty: true });
    const tap = pointerDown(selected, at(0, 0), null);
    expect(tap).toEqual({ gesture: expect.objectContaining({ kind: 'pan' }), selection: [id('a')] });
    // A wobble under the drag threshold is still a tap.
    expect(pointerUp(pointerMove(tap.gesture, at(2, 1)).gesture)).toEqual({ type: 'select', ids: [] });
    // A pan, even one that comes back to where it began, keeps the selection.
    const away = pointerMove(tap.gesture, at(30, 0));
    expect(away.pan).toEqual({ x: 30, y: 0 });
    expect(pointerUp(pointerMove(away.gesture, at(0, 0)).gesture)).toEqual({ type: 'none' });
    // With another tool the finger does what that tool does.
    expect(pointerDown({ ...selected, tool: 'sticky' }, at(0, 0), null).gesture.kind).toBe('create');
  });

  it('ignores the secondary button', () => {
    expect(pointerDown(context(), at(0, 0, { button: 2 }), null).gesture.kind).toBe('idle');
  });
});

describe('creating', () => {
  it('a click makes a default-size shape at the point', () => {
    const down = pointerDown(context({ tool: 'sticky' }), at(10, 10), id('under'));
    expect(pointerUp(pointerMove(down.gesture, at(11, 10)).gesture)).toEqual({
      type: 'create',
      tool: 'sticky',
      at: { x: 20, y: 20 },
      rect: null,
    });
  });

  it('a drag gives the size', () => {
    const down = pointerDown(context({ tool: 'frame' }), at(10, 10), null);
    expect(pointerUp(pointerMove(down.gesture, at(110, 60)).gesture)).toEqual({
      type: 'create',
      tool: 'frame',
      at: { x: 20, y: 20 },
      rect: { x: 20, y: 20, w: 200, h: 100 },
    });
  });

  it('is not possible read-only: the press selects instead', () => {
    expect(pointerDown(context({ tool: 'rect', readOnly: true }), at(0, 0), null).gesture.kind).toBe(
      'marquee',
    );
  });
});

describe('connecting', () => {
  it('connects the shape pressed on to the shape released on', () => {
    const down = pointerDown(context({ tool: 'connector' }), at(0, 0), id('a'));
    const over = pointerMove(down.gesture, at(50, 0), id('b'));
    expect(over.gesture).toMatchObject({ kind: 'connect', target: 'b', current: { x: 100, y: 0 } });
    expect(pointerUp(over.gesture)).toEqual({ type: 'connect', from: 'a', to: 'b' });
  });

  it('does nothing released on empty canvas or on the start shape', () => {
    const down = pointerDown(context({ tool: 'connector' }), at(0, 0), id('a'));
    expect(pointerUp(pointerMove(down.gesture, at(50, 0), null).gesture)).toEqual({ type: 'none' });
    expect(pointerUp(pointerMove(down.gesture, at(5, 0), id('a')).gesture)).toEqual({ type: 'none' });
    expect(pointerDown(context({ tool: 'connector' }), at(0, 0), null).gesture.kind).toBe('idle');
  });
});
