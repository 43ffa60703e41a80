import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CompanyKey, ParticipantId, ShapeId } from '../ids.js';
import type { Actor } from '../workshop/ledger.js';
import { hasReacted, reactionsMap, readReactions, writeFileReactions, writeReaction } from './reactions.js';

const card = 'card1' as ShapeId;
const person = (id: string, name: string, company: string | null): Actor => ({
  participant: id as ParticipantId,
  name,
  role: company ? 'member' : 'facilitator',
  company: company as CompanyKey | null,
});
const aoi = person('participant0001', '青井', 'a');
const blake = person('participant0002', 'Blake', 'b');

describe('reactions', () => {
  it('count one stamp per person, in stamp order, earliest giver first', () => {
    const doc = new Y.Doc();
    writeReaction(doc, { card, stamp: 'idea', on: true, by: blake, at: 2 });
    writeReaction(doc, { card, stamp: 'idea', on: true, by: aoi, at: 3 });
    writeReaction(doc, { card, stamp: 'idea', on: true, by: blake, at: 9 });
    writeReaction(doc, { card, stamp: 'plusOne', on: true, by: aoi, at: 4 });
    expect(readReactions(doc).get(card)).toEqual([
      { stamp: 'plusOne', people: [{ participant: aoi.participant, name: '青井', company: 'a' }] },
      {
        stamp: 'idea',
        people: [
          { participant: blake.participant, name: 'Blake', company: 'b' },
          { participant: aoi.participant, name: '青井', company: 'a' },
        ],
      },
    ]);
    expect(hasReacted(doc, card, 'idea', aoi.participant)).toBe(true);
  });

  it('are taken back by their giver, and a card with none left is gone', () => {
    const doc = new Y.Doc();
    writeReaction(doc, { card, stamp: 'heart', on: true, by: aoi, at: 1 });
    writeReaction(doc, { card, stamp: 'heart', on: false, by: blake, at: 2 });
    expect(readReactions(doc).get(card)?.[0]?.people).toHaveLength(1);
    writeReaction(doc, { card, stamp: 'heart', on: false, by: aoi, at: 3 });
    expect(readReactions(doc).has(card)).toBe(false);
    expect(reactionsMap(doc).has(card)).toBe(false);
  });

  it('leave out whatever is malformed, never throwing', () => {
    const doc = new Y.Doc();
    writeReaction(doc, { card, stamp: 'agree', on: true, by: aoi, at: 1 });
    const entries = reactionsMap(doc).get(card) as Y.Map<unknown>;
    entries.set('frown:participant0003', { name: 'x', company: null, at: 1 });
    entries.set('agree:bad id!', { name: 'x', company: null, at: 1 });
    entries.set('agree:participant0004', { name: 7, company: null, at: 1 });
    entries.set('agree:participant0005', { name: 'ok', company: 'Not A Key', at: 1 });
    reactionsMap(doc).set('not a card id', new Y.Map());
    reactionsMap(doc).set('card2', 'plain');
    const read = readReactions(doc);
    expect([...read.keys()]).toEqual([card]);
    expect(read.get(card)?.[0]?.people.map((p) => p.name)).toEqual(['青井']);
  });

  it('copied from a file count once each, belong to nobody, and only a well-formed marker reads', () => {
    const doc = new Y.Doc();
    const copied = { card, stamp: 'plusOne' as const, name: '青井', company: 'a' as CompanyKey, at: 1 };
    writeFileReactions(doc, [copied, copied, { ...copied, stamp: 'heart' }]);
    writeReaction(doc, { card, stamp: 'plusOne', on: true, by: aoi, at: 2 });
    const entries = reactionsMap(doc).get(card) as Y.Map<unknown>;
    expect([...entries.keys()].sort()).toEqual([
      'heart:file-1',
      'plusOne:file-1',
      'plusOne:file-2',
      `plusOne:${aoi.participant}`,
    ]);
    for (const bad of ['plusOne:file-0', 'plusOne:file-x', 'plusOne:file-1:extra', 'plusOne:FILE-3'])
      entries.set(bad, { name: 'x', company: null, at: 1 });
    const imported = { participant: null, name: '青井', company: 'a', file: true };
    expect(readReactions(doc).get(card)).toEqual([
      {
        stamp: 'plusOne',
        people: [imported, imported, { participant: aoi.participant, name: '青井', company: 'a' }],
      },
      { stamp: 'heart', people: [imported] },
    ]);
    // Taking one's stamp back leaves the copied ones.
    writeReaction(doc, { card, stamp: 'plusOne', on: false, by: aoi, at: 3 });
    writeReaction(doc, { card, stamp: 'heart', on: false, by: aoi, at: 3 });
    expect(
      readReactions(doc)
        .get(card)
        ?.map((c) => c.people.length),
    ).toEqual([2, 1]);
  });
});
