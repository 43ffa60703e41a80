import type { BoardId, CompanyKey, Locks, Role, Shape, ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { NO_LOCKS } from './lockRules';
import { changeableIds, deletableIds, editRights, movableIds } from './editRights';
import { box, connector } from './testShapes';

const frame = box('frame', 0, 0, 500, 500, { id: 'frame' });
const inside = box('sticky', 10, 10, 100, 100, { id: 'inside', company: 'a' });
const outside = box('sticky', 600, 10, 100, 100, { id: 'outside', company: 'a' });
const other = box('sticky', 900, 10, 100, 100, { id: 'other', company: 'a' });
const theirs = box('sticky', 10, 200, 100, 100, { id: 'theirs', company: 'b' });
const idea = box('sticky', 1200, 10, 100, 100, { id: 'idea' });
const area: Shape = { ...box('frame', 2000, 0, 400, 400, { id: 'area' }), areaKind: 'gap' } as Shape;
const synergyB = box('sticky', 1400, 300, 100, 100, { id: 'synB', kind: 'synergy' });
const link = connector(outside, other, { id: 'link' });
const toB = connector(theirs, synergyB, { id: 'toB' });
const all = [frame, inside, outside, other, theirs, idea, area, synergyB, link, toB];
const byId = (id: ShapeId) => all.find((shape) => shape.id === id);
const locked = (...ids: string[]): Locks => ({ frames: false, shapes: new Set(ids as ShapeId[]) });
const sel = (...ids: string[]) => ids as ShapeId[];

const rightsOf = (role: Role, company: string | null, locks: Locks = NO_LOCKS) =>
  editRights({
    identity: { boardId: 'b1' as BoardId, role, company: company as CompanyKey | null, name: 'x' },
    companies: ['a', 'b'] as CompanyKey[],
    locks,
    shapes: all,
    byId,
  });
const memberA = (locks: Locks = NO_LOCKS) => rightsOf('member', 'a', locks);
const facilitator = (locks: Locks = NO_LOCKS) => rightsOf('facilitator', null, locks);

describe('what the editor lets a member change', () => {
  it('their company’s cards and shared shapes, not another company’s cards', () => {
    expect(changeableIds(sel('inside', 'idea', 'frame', 'theirs'), memberA())).toEqual({
      ids: ['inside', 'idea', 'frame'],
      refused: { code: 'other-company', shape: 'theirs', message: expect.any(String) },
    });
  });

  it('not a template area, nor a synergy point linking only another company’s cards', () => {
    expect(memberA().whyNot(sel('area')[0]!)?.code).toBe('template-area');
    expect(memberA().whyNot(sel('synB')[0]!)?.code).toBe('synergy-other-companies');
    expect(rightsOf('member', 'b').whyNot(sel('synB')[0]!)).toBeNull();
  });

  it('keeps a frame still when something inside it is not theirs (it would move along)', () => {
    expect(movableIds(sel('frame'), memberA(), byId, all)).toMatchObject({
      ids: [],
      refused: { code: 'other-company' },
    });
    expect(movableIds(sel('frame'), facilitator(), byId, all)).toEqual({ ids: ['frame'], refused: null });
  });

  it('gives a member their own company for new cards', () => {
    expect(memberA().ownCompany).toBe('a');
    expect(facilitator().ownCompany).toBeNull();
  });
});

describe('locks in the editor', () => {
  it('leave unlocked shapes free', () => {
    expect(movableIds(sel('inside', 'outside'), memberA(), byId, all)).toEqual({
      ids: ['inside', 'outside'],
      refused: null,
    });
  });

  it('keep a locked shape from being changed, and say so, for the facilitator too', () => {
    for (const rights of [memberA(locked('inside')), facilitator(locked('inside'))])
      expect(movableIds(sel('inside', 'outside'), rights, byId, all)).toMatchObject({
        ids: ['outside'],
        refused: { code: 'locked', shape: 'inside' },
      });
  });

  it('lock every frame at once, not what is inside them', () => {
    const frames: Locks = { frames: true, shapes: new Set() };
    expect(movableIds(sel('frame', 'inside'), facilitator(frames), byId, all)).toMatchObject({
      ids: ['inside'],
      refused: { code: 'locked' },
    });
  });

  it('keep a frame still when something inside it is locked', () => {
    expect(movableIds(sel('frame'), facilitator(locked('inside')), byId, all).ids).toEqual([]);
  });

  it('do not count shapes that are gone as refused', () => {
    expect(movableIds(sel('ghost', 'outside'), memberA(), byId, all)).toEqual({
      ids: ['outside'],
      refused: null,
    });
  });

  it('keep the ends of a locked connector (deleting them would delete it)', () => {
    expect(
      deletableIds(sel('outside', 'inside'), memberA(locked('link')), byId, all, locked('link')),
    ).toMatchObject({
      ids: ['inside'],
      refused: { code: 'locked', shape: 'link' },
    });
    expect(deletableIds(sel('outside', 'link'), memberA(), byId, all, NO_LOCKS)).toEqual({
      ids: ['outside', 'link'],
      refused: null,
    });
  });
});
