import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Company } from '../companies.js';
import { readThreads, writeComment, writeThreadResolved } from '../discussion/comments.js';
import { readReactionEntries, readReactions, writeReaction } from '../discussion/reactions.js';
import type { BoardId, CompanyKey, ParticipantId, ShapeId } from '../ids.js';
import { addShape, addSticky } from '../model/commands/create.js';
import { initContentDoc } from '../model/document.js';
import { readShapes } from '../model/shape.js';
import { DEFAULT_PHASES } from '../workshop/phases.js';
import type { Actor } from '../workshop/ledger.js';
import { parseBoardFile, writeBoardFile } from './board-file.js';
import { MAX_FILE_REACTIONS, writeFileDiscussion, writeFileThreads } from './board-file-discussion.js';
import type { ExportInput } from './input.js';
import { boardFileRefusal } from './board-file-refusal.js';

const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;
const companies: Company[] = [
  { key: a, name: '株式会社あさひ', color: '#2f6fde' },
  { key: b, name: 'Blue Ocean Inc.', color: '#e0572b' },
];
const aoi: Actor = {
  participant: 'participant0001' as ParticipantId,
  name: '青井',
  role: 'member',
  company: a,
};
const blake: Actor = {
  participant: 'participant0002' as ParticipantId,
  name: 'Blake',
  role: 'member',
  company: b,
};
const by = (actor: Actor) => ({ participant: actor.participant, name: actor.name, company: actor.company });
const T0 = Date.parse('2026-11-24T10:00:00.000Z');

/** A board with two cards and a frame, a's draft, and a discussion on all of them. */
function sample() {
  const content = new Y.Doc();
  initContentDoc(content, { title: '提携ワークショップ', companies });
  const card = addSticky(content, { x: 0, y: 0, text: '物流網', company: a, kind: 'asset' }, null);
  const other = addSticky(content, { x: 300, y: 0, text: '販路', company: b, kind: 'gap' }, null);
  const frame = addShape(content, { type: 'frame', x: -50, y: -50, w: 800, h: 400, text: '現状' }, null);
  const privateA = new Y.Doc();
  const draft = addSticky(privateA, { x: 0, y: 0, text: 'まだ秘密', kind: 'idea' }, null);
  const discussion = new Y.Doc();
  writeReaction(discussion, { card, stamp: 'plusOne', on: true, by: aoi, at: T0 });
  writeReaction(discussion, { card, stamp: 'plusOne', on: true, by: blake, at: T0 + 1 });
  writeReaction(discussion, { card: other, stamp: 'idea', on: true, by: aoi, at: T0 + 2 });
  writeReaction(discussion, { card: 'deleted1' as ShapeId, stamp: 'heart', on: true, by: aoi, at: T0 + 3 });
  writeComment(discussion, {
    id: 'comment00001',
    card,
    text: '@Blake どうでしょう',
    by: by(aoi),
    at: T0 + 10,
  });
  writeComment(discussion, {
    id: 'comment00002',
    card,
    text: '賛成です\n来週に',
    by: by(blake),
    at: T0 + 20,
  });
  writeComment(discussion, { id: 'comment00003', card: other, text: '解決済み', by: by(blake), at: T0 + 30 });
  writeThreadResolved(discussion, { card: other, resolved: true, by: by(aoi), at: T0 + 40 });
  writeComment(discussion, {
    id: 'comment00004',
    card: 'deleted1' as ShapeId,
    text: 'x',
    by: by(aoi),
    at: T0,
  });
  writeComment(privateA, { id: 'comment00005', card: draft, text: '社内だけの話', by: by(aoi), at: T0 + 50 });
  const input: ExportInput = {
    board: { id: 'board00000001' as BoardId, title: '提携', locale: 'ja', template: 'blank', companies },
    shapes: readShapes(content).shapes,
    ledger: [],
    control: { phases: [...DEFAULT_PHASES], lockFrames: false, locked: [], tags: {} },
    drafts: { [a]: readShapes(privateA).shapes },
    exportedAt: '2026-11-24T12:00:00.000Z',
    discussion: {
      reactions: readReactionEntries(discussion),
      threads: readThreads(discussion),
      drafts: { [a]: readThreads(privateA) },
    },
  };
  return { input, card, other, frame, draft };
}

const onTheWire = (file: unknown) => JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the parsed JSON at will
type EditableFile = Record<string, any>;
const mutated = (change: (file: EditableFile) => void, from = sample()): EditableFile => {
  const file: EditableFile = onTheWire(writeBoardFile(from.input));
  change(file);
  return file;
};
const refusal = boardFileRefusal;

describe('the board file’s discussion', () => {
  it('carries reactions, threads and the draft’s thread of the file’s cards, under names only', () => {
    const { input, card, other, draft } = sample();
    const file = onTheWire(writeBoardFile(input)) as EditableFile;
    expect(file.version).toBe(3);
    expect(file.discussion.reactions).toEqual([
      { card, stamp: 'plusOne', by: { name: '青井', company: 'a' }, at: T0 },
      { card, stamp: 'plusOne', by: { name: 'Blake', company: 'b' }, at: T0 + 1 },
      { card: other, stamp: 'idea', by: { name: '青井', company: 'a' }, at: T0 + 2 },
    ]);
    expect(file.discussion.comments.map((c: { id: string }) => c.id)).toEqual([
      'comment00001',
      'comment00002',
      'comment00003',
    ]);
    expect(file.discussion.resolved).toEqual([
      { card: other, by: { name: '青井', company: 'a' }, at: T0 + 40 },
    ]);
    expect(file.discussion.drafts).toEqual({
      a: {
        comments: [
          {
            id: 'comment00005',
            card: draft,
            text: '社内だけの話',
            by: { name: '青井', company: 'a' },
            at: T0 + 50,
          },
        ],
        resolved: [],
      },
    });
    // No participant id of the exporting board travels.
    expect(JSON.stringify(file.discussion)).not.toContain('participant');
    expect(parseBoardFile(file).discussion).toEqual(file.discussion);
  });

  it('leaves out the drafts’ threads of a file without drafts (a facilitator’s, an observer’s)', () => {
    const { input } = sample();
    const file = writeBoardFile({ ...input, drafts: {} });
    expect(file.discussion.drafts).toEqual({});
    expect(JSON.stringify(file)).not.toContain('社内だけの話');
  });

  it('an import keeps every entry under the file’s names, none of them anyone’s of the new board', () => {
    const { input, card, other, draft } = sample();
    const parsed = parseBoardFile(onTheWire(writeBoardFile(input)));
    const doc = new Y.Doc();
    writeFileDiscussion(doc, parsed.discussion);
    const reactions = readReactions(doc).get(card)!;
    expect(reactions).toEqual([
      {
        stamp: 'plusOne',
        people: [
          { participant: null, name: '青井', company: 'a', file: true },
          { participant: null, name: 'Blake', company: 'b', file: true },
        ],
      },
    ]);
    // Taking back one's own stamp cannot take an imported one, even for the same name.
    writeReaction(doc, { card, stamp: 'plusOne', on: false, by: aoi, at: T0 + 99 });
    expect(readReactions(doc).get(card)![0]!.people).toHaveLength(2);
    writeReaction(doc, { card, stamp: 'plusOne', on: true, by: aoi, at: T0 + 99 });
    expect(readReactions(doc).get(card)![0]!.people).toHaveLength(3);
    const threads = readThreads(doc);
    expect(threads.get(card)!.comments.map((c) => [c.by, c.text])).toEqual([
      [{ participant: null, name: '青井', company: 'a', file: true }, '@Blake どうでしょう'],
      [{ participant: null, name: 'Blake', company: 'b', file: true }, '賛成です\n来週に'],
    ]);
    expect(threads.get(other)!.resolved).toEqual({
      by: { participant: null, name: '青井', company: 'a', file: true },
      at: T0 + 40,
    });
    const drafts = new Y.Doc();
    writeFileThreads(drafts, parsed.discussion.drafts[a]!);
    expect(readThreads(drafts).get(draft)!.comments[0]!.text).toBe('社内だけの話');
  });

  it('reads a time a minute after the export: another node may have stamped it with its own clock', () => {
    const board = sample();
    const file = mutated((f) => (f.discussion.reactions[0].at = Date.parse(f.exportedAt) + 60_000), board);
    expect(parseBoardFile(file).discussion.reactions.length).toBeGreaterThan(0);
  });

  it('drops entries about cards the file does not hold, and another company’s drafts’ threads', () => {
    const board = sample();
    const { card, other, frame } = board;
    const file = mutated((f) => {
      f.discussion.reactions.push({
        card: 'gone1',
        stamp: 'heart',
        by: { name: 'x', company: null },
        at: T0,
      });
      f.discussion.reactions.push({ card: frame, stamp: 'heart', by: { name: 'x', company: null }, at: T0 });
      f.discussion.comments.push({
        id: 'comment00009',
        card: 'gone1',
        text: 'x',
        by: { name: 'x', company: null },
        at: T0,
      });
      f.discussion.resolved.push({ card, by: { name: 'x', company: null }, at: T0 + 60 });
      f.discussion.resolved.push({ card: 'gone2', by: { name: 'x', company: null }, at: T0 });
      f.discussion.drafts.b = {
        comments: [
          { ...f.discussion.drafts.a.comments[0], id: 'comment00010', by: { name: 'Blake', company: 'b' } },
        ],
        resolved: [],
      };
    }, board);
    const read = parseBoardFile(file).discussion;
    expect(read.reactions.map((r) => r.card)).not.toContain('gone1');
    expect(read.reactions.map((r) => r.card)).not.toContain(frame);
    expect(read.comments.map((c) => c.id)).not.toContain('comment00009');
    // A thread of the file's cards keeps its state; one without comments in the file has none.
    expect(read.resolved.map((r) => r.card)).toEqual([other, card]);
    expect(Object.keys(read.drafts)).toEqual(['a']);
  });

  it.each<[string, (file: EditableFile) => void, RegExp]>([
    ['a discussion that is no object', (f) => (f.discussion = []), /^discussion: expected an object/],
    ['an unknown part', (f) => (f.discussion.votes = []), /^discussion\.votes: unknown field/],
    [
      'an unknown stamp',
      (f) => (f.discussion.reactions[0].stamp = 'frown'),
      /^discussion\.reactions\[0\]\.stamp: not a stamp/,
    ],
    [
      'a bad card id',
      (f) => (f.discussion.reactions[0].card = 'no spaces'),
      /^discussion\.reactions\[0\]\.card: expected a shape id/,
    ],
    [
      'a participant id where only a name goes',
      (f) => (f.discussion.comments[0].by.participant = 'participant0001'),
      /^discussion\.comments\[0\]\.by\.participant: unknown field/,
    ],
    [
      'an empty name',
      (f) => (f.discussion.comments[0].by.name = '  '),
      /^discussion\.comments\[0\]\.by\.name: expected a name/,
    ],
    [
      'a long name',
      (f) => (f.discussion.reactions[1].by.name = 'x'.repeat(81)),
      /^discussion\.reactions\[1\]\.by\.name/,
    ],
    [
      'a name over two lines',
      (f) => (f.discussion.comments[0].by.name = 'a\nb'),
      /by\.name: must not hold control/,
    ],
    [
      'a company not on the board',
      (f) => (f.discussion.comments[1].by.company = 'z'),
      /^discussion\.comments\[1\]\.by\.company/,
    ],
    [
      'a bad comment id',
      (f) => (f.discussion.comments[0].id = '../x'),
      /^discussion\.comments\[0\]\.id: expected/,
    ],
    [
      'a repeated comment id',
      (f) => (f.discussion.comments[1].id = f.discussion.comments[0].id),
      /^discussion\.comments\[1\]\.id: repeats/,
    ],
    [
      'a draft comment repeating a board comment’s id',
      (f) => (f.discussion.drafts.a.comments[0].id = f.discussion.comments[0].id),
      /^discussion\.drafts\.a\.comments\[0\]\.id: repeats/,
    ],
    [
      'an empty comment',
      (f) => (f.discussion.comments[0].text = ''),
      /^discussion\.comments\[0\]\.text: expected 1 to 2000/,
    ],
    [
      'a comment over the limit',
      (f) => (f.discussion.comments[0].text = 'x'.repeat(2001)),
      /comments\[0\]\.text/,
    ],
    ['untrimmed text', (f) => (f.discussion.comments[0].text = ' x '), /comments\[0\]\.text/],
    [
      'a time as text',
      (f) => (f.discussion.comments[0].at = '2026-11-24'),
      /^discussion\.comments\[0\]\.at: expected a time/,
    ],
    [
      'a time well after the export (past the few minutes nodes’ clocks may differ)',
      (f) => (f.discussion.reactions[0].at = Date.parse(f.exportedAt) + 10 * 60_000),
      /reactions\[0\]\.at/,
    ],
    ['a time past any date', (f) => (f.discussion.comments[0].at = 1e300), /comments\[0\]\.at/],
    ['a negative time', (f) => (f.discussion.resolved[0].at = -1), /^discussion\.resolved\[0\]\.at/],
    [
      'another company writing in a company’s drafts',
      (f) => (f.discussion.drafts.a.comments[0].by = { name: 'Blake', company: 'b' }),
      /drafts\.a\.comments\[0\]\.by\.company/,
    ],

    [
      'a repeated resolved card',
      (f) => f.discussion.resolved.push(f.discussion.resolved[0]),
      /^discussion\.resolved\[1\]\.card: repeats/,
    ],
    [
      'drafts of a company not on the board',
      (f) => (f.discussion.drafts.z = { comments: [], resolved: [] }),
      /^discussion\.drafts\.z: company z/,
    ],
    ['a discussion in a version 2 file', (f) => (f.version = 2), /^discussion: not part of a version 2 file/],
    [
      'more reactions than the limit',
      (f) =>
        (f.discussion.reactions = Array.from(
          { length: MAX_FILE_REACTIONS + 1 },
          () => f.discussion.reactions[0],
        )),
      /^discussion\.reactions: more than 50000/,
    ],
    [
      'more comments than a board keeps',
      (f) =>
        (f.discussion.comments = Array.from({ length: 5001 }, (_, i) => ({
          ...f.discussion.comments[0],
          id: `c${String(i).padStart(8, '0')}`,
        }))),
      /^discussion\.comments: more than 5000/,
    ],
  ])('refuses %s, naming where', (_name, change, reason) => {
    expect(refusal(mutated(change))).toMatch(reason);
  });

  it('imports the most reactions a file may hold on one card without slowing down', () => {
    const { input, card } = sample();
    const file = mutated(
      (f) => {
        f.discussion.reactions = Array.from({ length: MAX_FILE_REACTIONS }, (_, i) => ({
          card,
          stamp: 'plusOne',
          by: { name: `人${i}`, company: null },
          at: T0,
        }));
      },
      { input, card } as ReturnType<typeof sample>,
    );
    const doc = new Y.Doc();
    const started = performance.now();
    writeFileDiscussion(doc, parseBoardFile(file).discussion);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(readReactions(doc).get(card)![0]!.people).toHaveLength(MAX_FILE_REACTIONS);
  });

  it('reads version 1 and 2 files, which have no discussion, and a version 3 file without one', () => {
    for (const version of [1, 2, 3]) {
      const file = mutated((f) => {
        f.version = version;
        delete f.discussion;
      });
      expect(parseBoardFile(file).discussion).toEqual({
        reactions: [],
        comments: [],
        resolved: [],
        drafts: {},
      });
    }
  });
});
