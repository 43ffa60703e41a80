import type { Comment, ParticipantId, ShapeId, StickyShape, Thread } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { listThreads, mentionRuns, type ThreadSources } from './threadList';

const me = { participant: 'participant0001' as ParticipantId, name: '青井' };
const comment = (id: string, card: string, at: number, by: string, text = 'x'): Comment => ({
  id,
  card: card as ShapeId,
  text,
  at,
  by: { participant: by as ParticipantId, name: by === me.participant ? '青井' : 'Blake', company: null },
});
const thread = (card: string, comments: Comment[], resolved = false): Thread => ({
  card: card as ShapeId,
  comments,
  resolved: resolved ? { by: comments[0]!.by, at: 99 } : null,
});
const card = (id: string) => ({ id, type: 'sticky', text: id }) as unknown as StickyShape;

const sources = (over: Partial<ThreadSources> = {}): ThreadSources => ({
  board: new Map([
    ['c1' as ShapeId, thread('c1', [comment('aaaaaaaa', 'c1', 10, 'participant0002', 'ping @青井 please')])],
    ['c2' as ShapeId, thread('c2', [comment('bbbbbbbb', 'c2', 20, me.participant)], true)],
    ['gone' as ShapeId, thread('gone', [comment('cccccccc', 'gone', 5, 'participant0002')])],
  ]),
  drafts: new Map([['d1' as ShapeId, thread('d1', [comment('dddddddd', 'd1', 30, 'participant0003')])]]),
  cardOnBoard: (id) => (id === 'gone' ? null : card(id)),
  draftCard: (id) => card(id),
  seen: {},
  me,
  ...over,
});

describe('the comments list', () => {
  it('lists open threads newest first, drafts included, and marks what is unread or mentions me', () => {
    const open = listThreads(sources(), 'open');
    expect(open.map((item) => item.thread.card)).toEqual(['d1', 'c1', 'gone']);
    expect(open.find((item) => item.thread.card === 'c1')).toMatchObject({ unread: true, mentionsMe: true });
    expect(open.find((item) => item.thread.card === 'd1')).toMatchObject({ draft: true, mentionsMe: false });
    expect(listThreads(sources(), 'resolved').map((item) => item.thread.card)).toEqual(['c2']);
  });

  it('counts a thread read once opened after its last comment, and never my own comments as unread', () => {
    const items = listThreads(sources({ seen: { c1: 10 } }), 'all');
    expect(items.find((item) => item.thread.card === 'c1')?.unread).toBe(false);
    expect(items.find((item) => item.thread.card === 'c2')?.unread).toBe(false);
  });

  it('never counts a comment imported from a board file as unread nor as mentioning me', () => {
    const imported: Comment = {
      ...comment('eeeeeeee', 'c3', 40, 'participant0002', '@青井 さん、確認を'),
      by: { participant: null, name: 'Blake', company: null, file: true },
    };
    for (const who of [me, { participant: null, name: '青井' }]) {
      const items = listThreads(
        sources({
          board: new Map([['c3' as ShapeId, thread('c3', [imported])]]),
          drafts: new Map(),
          me: who,
        }),
        'all',
      );
      expect(items).toMatchObject([{ unread: false, mentionsMe: false, lastAt: 40 }]);
    }
  });

  it('marks @mentions of known names, the longest name first', () => {
    expect(mentionRuns('@Blake Smith and @Blake, ok @nobody', ['Blake', 'Blake Smith'])).toEqual([
      { text: '@Blake Smith', mention: true },
      { text: ' and ', mention: false },
      { text: '@Blake', mention: true },
      { text: ', ok @nobody', mention: false },
    ]);
  });
});
