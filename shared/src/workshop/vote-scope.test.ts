import { describe, expect, it } from 'vitest';
import type { CompanyKey, ShapeId } from '../ids.js';
import { addShape, addSticky } from '../model/commands/create.js';
import { createFixtureBoard } from '../model/fixtures.js';
import { readShapes, type Shape } from '../model/shape.js';
import { isCard, isInVoteScope } from './vote-scope.js';

function board() {
  const doc = createFixtureBoard();
  const o = 'test';
  const frame = addShape(doc, { type: 'frame', x: 0, y: 0, w: 1000, h: 1000, text: 'Ideas' }, o);
  const rect = addShape(doc, { type: 'rect', x: 2000, y: 0, w: 1000, h: 1000 }, o);
  const inside = addSticky(doc, { x: 100, y: 100, kind: 'idea', company: 'acme' as CompanyKey }, o);
  const edge = addSticky(doc, { x: 800, y: 840, w: 200, h: 160, kind: 'asset' }, o);
  const straddling = addSticky(doc, { x: 900, y: 100, kind: 'idea' }, o);
  const outside = addSticky(doc, { x: 2100, y: 100, kind: 'gap' }, o);
  const plain = addSticky(doc, { x: 200, y: 400 }, o);
  const label = addShape(doc, { type: 'text', x: 10, y: 10, text: 'not a card' }, o);
  const shapes = readShapes(doc).shapes;
  const byId = (id: string): Shape | undefined => shapes.find((s) => s.id === id);
  const get = (id: ShapeId) => byId(id)!;
  return { shapes: { byId }, get, frame, rect, inside, edge, straddling, outside, plain, label };
}

describe('which cards a vote round is about', () => {
  const b = board();
  const inScope = (scope: Parameters<typeof isInVoteScope>[1]) =>
    [b.inside, b.edge, b.straddling, b.outside, b.plain, b.label, b.frame, b.rect].filter((id) =>
      isInVoteScope(b.get(id), scope, b.shapes),
    );

  it('only stickies are cards', () => {
    expect(isCard(b.get(b.inside))).toBe(true);
    expect(isCard(b.get(b.frame))).toBe(false);
    expect(isCard(b.get(b.label))).toBe(false);
  });

  it("'all' takes every card and nothing else", () => {
    expect(inScope({ kind: 'all' })).toEqual([b.inside, b.edge, b.straddling, b.outside, b.plain]);
  });

  it("'kind' takes the cards of those kinds only", () => {
    expect(inScope({ kind: 'kind', cardKinds: ['idea'] })).toEqual([b.inside, b.straddling]);
    expect(inScope({ kind: 'kind', cardKinds: ['synergy'] })).toEqual([]);
    expect(inScope({ kind: 'kind', cardKinds: ['asset', 'gap'] })).toEqual([b.edge, b.outside]);
  });

  it("'frame' takes the cards lying entirely inside the frame, its edges included", () => {
    expect(inScope({ kind: 'frame', frame: b.frame })).toEqual([b.inside, b.edge, b.plain]);
  });

  it("'frame' takes nothing when the frame is gone or is not a frame", () => {
    expect(inScope({ kind: 'frame', frame: 'gone' as ShapeId })).toEqual([]);
    expect(inScope({ kind: 'frame', frame: b.rect })).toEqual([]);
  });
});
