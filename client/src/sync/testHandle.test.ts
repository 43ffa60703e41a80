import { describe, expect, it } from 'vitest';
import { addConnector, addShape, addSticky, tagCards, type BoardId, type CompanyKey } from '@kyoso/shared';
import { createFixtureBoard } from '@kyoso/shared/testing';
import type { BoardSession } from './session-types';
import { createSessionTestHandle, testShapes } from './testHandle';

describe('test handle', () => {
  it('reports shapes as the plain objects the Contract lists, in z-order', () => {
    const doc = createFixtureBoard();
    const a = addSticky(
      doc,
      { x: 10, y: 20, w: 160, h: 120, text: '共同開発', company: 'acme' as CompanyKey, kind: 'asset' },
      'l',
    );
    const b = addShape(doc, { type: 'rect', x: 300, y: 0 }, 'l');
    const c = addConnector(doc, { from: a, to: b, text: 'link' }, 'l');
    tagCards(doc, { ids: [a], add: ['優先'] }, 'l');
    expect(testShapes(doc)).toEqual([
      {
        id: a,
        type: 'sticky',
        x: 10,
        y: 20,
        w: 160,
        h: 120,
        text: '共同開発',
        company: 'acme',
        kind: 'asset',
        tags: ['優先'],
      },
      { id: b, type: 'rect', x: 300, y: 0, w: 240, h: 160, text: '', company: null, kind: null, tags: [] },
      {
        id: c,
        type: 'connector',
        x: 0,
        y: 0,
        w: null,
        h: null,
        text: 'link',
        company: null,
        kind: null,
        tags: [],
      },
    ]);
  });

  it("is built from a session and the canvas's viewport", () => {
    const doc = createFixtureBoard();
    addSticky(doc, { x: 0, y: 0 }, 'l');
    let camera = { x: 1, y: 2, zoom: 0.5 };
    const session = {
      identity: { boardId: 'board1234' as BoardId, role: 'observer', company: null, name: 'o' },
      doc,
      connection: {
        get: () => ({ status: 'connected', synced: true, closed: null, refused: null }),
        subscribe: () => () => {},
      },
    } as unknown as BoardSession;
    const handle = createSessionTestHandle(session, () => camera);
    expect(handle.boardId).toBe('board1234');
    expect(handle.role).toBe('observer');
    expect(handle.connection()).toBe('connected');
    expect(handle.shapes()).toHaveLength(1);
    expect(handle.viewport()).toEqual({ x: 1, y: 2, zoom: 0.5 });
    camera = { x: 3, y: 4, zoom: 2 };
    expect(handle.viewport()).toEqual({ x: 3, y: 4, zoom: 2 });
    expect(Object.isFrozen(handle)).toBe(true);
  });
});
