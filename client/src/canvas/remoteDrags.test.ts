import type { Shape, ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import type { PeerPresence } from '../sync/session-types';
import { remoteDrags, type DragOrigins } from './remoteDrags';
import { box } from './testShapes';

const peer = (dragging: PeerPresence['dragging'], clientId = 7): PeerPresence => ({
  clientId,
  user: { name: 'Ken', color: '#e0572b', role: 'member', company: null },
  cursor: null,
  selection: [],
  dragging,
  view: null,
});

describe('remoteDrags', () => {
  const card = box('sticky', 0, 0, 100, 100, { id: 'card' });
  const ids = [card.id];

  it('applies a peer’s offset while the shape is unchanged', () => {
    const origins: DragOrigins = new Map();
    const board = new Map<ShapeId, Shape>([[card.id, card]]);
    expect(remoteDrags([peer({ ids, dx: 10, dy: 5 })], (id) => board.get(id), origins)).toEqual([
      { clientId: 7, ids: ['card'], dx: 10, dy: 5, color: '#e0572b' },
    ]);
    expect(remoteDrags([peer({ ids: [...ids], dx: 20, dy: 5 })], (id) => board.get(id), origins)[0]?.dx).toBe(
      20,
    );
  });

  it('stops once the drop has moved the shape in the document, even before presence says so', () => {
    const origins: DragOrigins = new Map();
    const board = new Map<ShapeId, Shape>([[card.id, card]]);
    remoteDrags([peer({ ids, dx: 10, dy: 5 })], (id) => board.get(id), origins);
    board.set(card.id, { ...card, x: 10, y: 5 });
    expect(remoteDrags([peer({ ids, dx: 10, dy: 5 })], (id) => board.get(id), origins)).toEqual([]);
  });

  it('forgets drags that ended, so the next drag starts afresh', () => {
    const origins: DragOrigins = new Map();
    const board = new Map<ShapeId, Shape>([[card.id, card]]);
    remoteDrags([peer({ ids, dx: 10, dy: 5 })], (id) => board.get(id), origins);
    remoteDrags([peer(null)], (id) => board.get(id), origins);
    expect(origins.size).toBe(0);
    board.set(card.id, { ...card, x: 10, y: 5 });
    expect(remoteDrags([peer({ ids, dx: 3, dy: 3 })], (id) => board.get(id), origins)).toHaveLength(1);
  });
});
