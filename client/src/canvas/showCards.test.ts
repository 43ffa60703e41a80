import type { Shape, ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import type { BoardSession } from '../sync/session-types';
import { createCanvasStores } from './canvasStores';
import { panIntoView } from './showCards';

const ID = 'card' as ShapeId;

/** A board with one card at `at`, seen at zoom 1 from the origin on a 1000×800 canvas. */
function viewOf(at: { x: number; y: number }) {
  const card: Shape = {
    id: ID,
    type: 'sticky',
    ...at,
    w: 200,
    h: 160,
    index: 'a0',
    text: '全国の物流網',
    color: null,
    company: null,
    kind: null,
  };
  const session = {
    shapes: { byId: (id: ShapeId) => (id === ID ? card : undefined) },
  } as unknown as BoardSession;
  const stores = createCanvasStores();
  stores.size.set({ w: 1000, h: 800 });
  stores.camera.set({ x: 0, y: 0, zoom: 1 });
  return { session, stores };
}

describe('panIntoView', () => {
  it('pans at the same zoom just enough to bring the card clear of the bars and the screen edge', () => {
    // Half off the left edge: the view moves left by what is cut off.
    const left = viewOf({ x: -50, y: 300 });
    panIntoView(left.session, left.stores, ID);
    expect(left.stores.camera.get()).toEqual({ x: -50, y: 0, zoom: 1 });
    // Under the launchers' room at the bottom (110 px): up by what it runs into it.
    const low = viewOf({ x: 300, y: 650 });
    panIntoView(low.session, low.stores, ID);
    expect(low.stores.camera.get()).toEqual({ x: 0, y: 650 + 160 - (800 - 110), zoom: 1 });
  });

  it('leaves the view alone when the card is already in sight', () => {
    const inView = viewOf({ x: 300, y: 300 });
    panIntoView(inView.session, inView.stores, ID);
    expect(inView.stores.camera.get()).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
