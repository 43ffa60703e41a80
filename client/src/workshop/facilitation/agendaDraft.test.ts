import { DEFAULT_PHASES, MAX_PHASES, parsePhase, type Phase } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import {
  addPhase,
  defaultDraft,
  draftProblem,
  fromDraft,
  movePhase,
  newPhaseId,
  removePhase,
  toDraft,
  updatePhase,
} from './agendaDraft';

describe('editing the agenda', () => {
  it('shows default phases in the viewer’s language and saves them unchanged', () => {
    const ja = toDraft(DEFAULT_PHASES, 'ja');
    expect(ja[0]).toMatchObject({ id: 'checkIn', key: 'checkIn', name: 'チェックイン' });
    expect(fromDraft(ja, 'ja')).toEqual(DEFAULT_PHASES);
    expect(fromDraft(toDraft(DEFAULT_PHASES, 'en'), 'en')).toEqual(DEFAULT_PHASES);
  });

  it('keeps what the facilitator wrote over a default, and goes back to it when cleared', () => {
    let draft = updatePhase(defaultDraft('en'), 0, { name: 'Warm-up', instructions: '  Say hi  ' });
    let saved = fromDraft(draft, 'en')!;
    expect(saved[0]).toEqual({ id: 'checkIn', key: 'checkIn', name: 'Warm-up', instructions: 'Say hi' });
    draft = updatePhase(toDraft(saved, 'en'), 0, { name: '', instructions: '' });
    saved = fromDraft(draft, 'en')!;
    expect(saved[0]).toEqual(DEFAULT_PHASES[0]);
  });

  it('adds, renames, reorders and removes phases', () => {
    let draft = addPhase(defaultDraft('ja'), 'p-new');
    expect(draftProblem(draft[8]!)).toBe('nameRequired');
    expect(fromDraft(draft, 'ja')).toBeNull();
    draft = updatePhase(draft, 8, { name: '休憩', instructions: '' });
    draft = movePhase(draft, 8, -1);
    expect(draft.map((p) => p.id).slice(-2)).toEqual(['p-new', 'nextSteps']);
    draft = removePhase(draft, 0);
    const saved = fromDraft(draft, 'ja')!;
    expect(saved).toHaveLength(8);
    expect(saved[6]).toEqual({ id: 'p-new', key: null, name: '休憩', instructions: null });
    expect(saved.every((phase: Phase) => parsePhase(phase) !== null)).toBe(true);
  });

  it('does not move past the ends, remove the last phase or grow past the limit', () => {
    const one = removePhase(removePhase(defaultDraft('en').slice(0, 2), 0), 0);
    expect(one).toHaveLength(1);
    expect(movePhase(one, 0, 1)).toEqual(one);
    let many = defaultDraft('en');
    for (let i = 0; i < MAX_PHASES + 5; i++) many = addPhase(many, `x${i}`);
    expect(many).toHaveLength(MAX_PHASES);
  });

  it('reports text that is too long', () => {
    const draft = updatePhase(defaultDraft('en'), 1, { name: 'n'.repeat(81) });
    expect(draftProblem(draft[1]!)).toBe('nameTooLong');
    const long = updatePhase(defaultDraft('en'), 1, { instructions: 'i'.repeat(601) });
    expect(draftProblem(long[1]!)).toBe('instructionsTooLong');
  });

  it('makes ids the stored format accepts', () => {
    const id = newPhaseId(() => 0.5);
    expect(parsePhase({ id, key: null, name: 'x', instructions: null })).not.toBeNull();
    expect(newPhaseId()).not.toBe(newPhaseId(() => 0.1));
  });
});
