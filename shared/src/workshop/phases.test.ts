import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PHASE_TEXT,
  DEFAULT_PHASES,
  MAX_PHASE_INSTRUCTIONS,
  MAX_PHASE_NAME,
  PHASE_KEYS,
  parsePhase,
  phaseText,
  type Phase,
} from './phases.js';

describe('parsePhase', () => {
  it('accepts a default phase with only a key', () => {
    expect(parsePhase({ id: 'vote', key: 'vote' })).toEqual({
      id: 'vote',
      key: 'vote',
      name: null,
      instructions: null,
    });
  });

  it('accepts a facilitator phase with a name and no key', () => {
    expect(parsePhase({ id: 'lunch_1', key: null, name: 'Lunch', instructions: 'Eat' })).toEqual({
      id: 'lunch_1',
      key: null,
      name: 'Lunch',
      instructions: 'Eat',
    });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 42],
    ['a string', 'vote'],
    ['an array', [{ id: 'vote', key: 'vote' }]],
    ['a missing id', { key: 'vote' }],
    ['a numeric id', { id: 7, key: 'vote' }],
    ['an empty id', { id: '', key: 'vote' }],
    ['an id with spaces', { id: 'a b', key: 'vote' }],
    ['an id longer than 40 characters', { id: 'x'.repeat(41), key: 'vote' }],
    ['an unknown key', { id: 'p', key: 'brainstorm' }],
    ['a numeric key', { id: 'p', key: 3 }],
    ['neither key nor name', { id: 'p' }],
    ['an empty name without key', { id: 'p', name: '' }],
    ['a name that is not a string', { id: 'p', key: 'vote', name: 5 }],
    ['a name that is too long', { id: 'p', key: 'vote', name: 'n'.repeat(MAX_PHASE_NAME + 1) }],
    ['instructions that are an object', { id: 'p', key: 'vote', instructions: { text: 'x' } }],
    [
      'instructions that are too long',
      { id: 'p', key: 'vote', instructions: 'i'.repeat(MAX_PHASE_INSTRUCTIONS + 1) },
    ],
  ])('rejects %s', (_label, value) => {
    expect(parsePhase(value)).toBeNull();
  });

  it('accepts a name and instructions at their maximum length', () => {
    const phase = parsePhase({
      id: 'p',
      name: 'n'.repeat(MAX_PHASE_NAME),
      instructions: 'i'.repeat(MAX_PHASE_INSTRUCTIONS),
    });
    expect(phase?.name).toHaveLength(MAX_PHASE_NAME);
    expect(phase?.instructions).toHaveLength(MAX_PHASE_INSTRUCTIONS);
  });

  it('accepts every default phase', () => {
    for (const phase of DEFAULT_PHASES) expect(parsePhase(phase)).toEqual(phase);
    expect(DEFAULT_PHASES.map((p) => p.key)).toEqual([...PHASE_KEYS]);
  });
});

describe('phaseText', () => {
  const vote: Phase = { id: 'vote', key: 'vote', name: null, instructions: null };

  it('shows the default text of a keyed phase in the chosen locale', () => {
    expect(phaseText(vote, 'ja')).toEqual({
      name: DEFAULT_PHASE_TEXT.vote.name.ja,
      instructions: DEFAULT_PHASE_TEXT.vote.instructions.ja,
    });
    expect(phaseText(vote, 'en')).toEqual({
      name: 'Vote',
      instructions: DEFAULT_PHASE_TEXT.vote.instructions.en,
    });
  });

  it("prefers the facilitator's name over the default in every locale", () => {
    const renamed = { ...vote, name: 'Dot vote!' };
    expect(phaseText(renamed, 'ja').name).toBe('Dot vote!');
    expect(phaseText(renamed, 'en').name).toBe('Dot vote!');
    expect(phaseText(renamed, 'ja').instructions).toBe(DEFAULT_PHASE_TEXT.vote.instructions.ja);
  });

  it("prefers the facilitator's instructions over the default, keeping the default name", () => {
    const text = phaseText({ ...vote, instructions: 'Three dots each' }, 'en');
    expect(text).toEqual({ name: 'Vote', instructions: 'Three dots each' });
  });

  it('shows empty instructions for a custom phase without any', () => {
    expect(phaseText({ id: 'lunch', key: null, name: 'Lunch', instructions: null }, 'ja')).toEqual({
      name: 'Lunch',
      instructions: '',
    });
  });

  it('has a name and instructions in both languages for every default phase', () => {
    for (const key of PHASE_KEYS) {
      for (const locale of ['ja', 'en'] as const) {
        const text = phaseText({ id: key, key, name: null, instructions: null }, locale);
        expect(text.name.length).toBeGreaterThan(0);
        expect(text.instructions.length).toBeGreaterThan(0);
      }
    }
  });
});
