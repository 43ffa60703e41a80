import { describe, expect, it } from 'vitest';
import { CARD_KINDS } from '../model/shapes/fields.js';
import { MAX_VOTES_PER_PERSON, parseVoteRules, parseVoteScope, VOTE_RULES_HELP } from './vote-rules.js';

describe('parseVoteScope', () => {
  it('reads every card, the cards in a frame, or the cards of some kinds', () => {
    expect(parseVoteScope({ kind: 'all' })).toEqual({ kind: 'all' });
    expect(parseVoteScope({ kind: 'frame', frame: 'f1' })).toEqual({ kind: 'frame', frame: 'f1' });
    for (const cardKind of CARD_KINDS)
      expect(parseVoteScope({ kind: 'kind', cardKinds: [cardKind] })).toEqual({
        kind: 'kind',
        cardKinds: [cardKind],
      });
  });

  it('reads several kinds in the order of the kinds, each once', () => {
    expect(parseVoteScope({ kind: 'kind', cardKinds: ['idea', 'asset', 'idea'] })).toEqual({
      kind: 'kind',
      cardKinds: ['asset', 'idea'],
    });
  });

  it('reads a round stored with one kind as `cardKind`', () => {
    expect(parseVoteScope({ kind: 'kind', cardKind: 'gap' })).toEqual({ kind: 'kind', cardKinds: ['gap'] });
  });

  it('drops fields that do not belong to the scope', () => {
    expect(parseVoteScope({ kind: 'all', frame: 'f1' })).toEqual({ kind: 'all' });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'all'],
    ['an array', [{ kind: 'all' }]],
    ['an unknown kind', { kind: 'some' }],
    ['a frame scope without frame', { kind: 'frame' }],
    ['a frame scope with a bad id', { kind: 'frame', frame: 'no spaces' }],
    ['a frame scope with a numeric id', { kind: 'frame', frame: 3 }],
    ['a kind scope with an unknown kind', { kind: 'kind', cardKind: 'threat' }],
    ['a kind scope without a kind', { kind: 'kind' }],
    ['a kind scope with no kinds', { kind: 'kind', cardKinds: [] }],
    ['a kind scope with one unknown kind among known ones', { kind: 'kind', cardKinds: ['idea', 'threat'] }],
    ['a kind scope with kinds that are not a list', { kind: 'kind', cardKinds: 'idea' }],
  ])('rejects %s', (_label, value) => {
    expect(parseVoteScope(value)).toBeNull();
  });
});

describe('parseVoteRules', () => {
  const good = { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: true };

  it('reads well-formed rules', () => {
    expect(parseVoteRules(good)).toEqual(good);
    expect(parseVoteRules({ ...good, votesPerPerson: 1 })?.votesPerPerson).toBe(1);
    expect(parseVoteRules({ ...good, votesPerPerson: MAX_VOTES_PER_PERSON })?.votesPerPerson).toBe(
      MAX_VOTES_PER_PERSON,
    );
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 3],
    ['a bad scope', { ...good, scope: { kind: 'none' } }],
    ['no scope', { votesPerPerson: 3, allowMultiple: true }],
    ['zero votes', { ...good, votesPerPerson: 0 }],
    ['too many votes', { ...good, votesPerPerson: MAX_VOTES_PER_PERSON + 1 }],
    ['fractional votes', { ...good, votesPerPerson: 2.5 }],
    ['votes as a string', { ...good, votesPerPerson: '3' }],
    ['NaN votes', { ...good, votesPerPerson: NaN }],
    ['allowMultiple as a string', { ...good, allowMultiple: 'true' }],
    ['no allowMultiple', { scope: { kind: 'all' }, votesPerPerson: 3 }],
  ])('rejects %s', (_label, value) => {
    expect(parseVoteRules(value)).toBeNull();
  });

  it('explains the rules, naming every card kind and the maximum', () => {
    for (const kind of CARD_KINDS) expect(VOTE_RULES_HELP).toContain(kind);
    expect(VOTE_RULES_HELP).toContain(`1..${MAX_VOTES_PER_PERSON}`);
  });
});
