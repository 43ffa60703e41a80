// Editing the agenda, pure: the facilitator edits a draft (every phase's name and instructions as
// text in their language) and saving turns it back into stored phases. A default phase keeps
// following its built-in text in both languages until the facilitator writes something else;
// clearing the field goes back to the built-in text.
import {
  DEFAULT_PHASES,
  MAX_PHASE_INSTRUCTIONS,
  MAX_PHASE_NAME,
  MAX_PHASES,
  phaseText,
  type Locale,
  type Phase,
  type PhaseKey,
} from '@kyoso/shared';

export interface DraftPhase {
  id: string;
  key: PhaseKey | null;
  name: string;
  instructions: string;
}

export type DraftProblem = 'nameRequired' | 'nameTooLong' | 'instructionsTooLong';

export const toDraft = (phases: readonly Phase[], locale: Locale): DraftPhase[] =>
  phases.map((phase) => ({ id: phase.id, key: phase.key, ...phaseText(phase, locale) }));

/** A fresh phase id (the stored format allows letters, digits, `-` and `_`). */
export const newPhaseId = (random: () => number = Math.random): string =>
  `p-${Date.now().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36)}`;

export const canAddPhase = (draft: readonly DraftPhase[]) => draft.length < MAX_PHASES;

export const addPhase = (draft: readonly DraftPhase[], id: string): DraftPhase[] =>
  canAddPhase(draft) ? [...draft, { id, key: null, name: '', instructions: '' }] : [...draft];

export const removePhase = (draft: readonly DraftPhase[], index: number): DraftPhase[] =>
  draft.length > 1 ? draft.filter((_, i) => i !== index) : [...draft];

export function movePhase(draft: readonly DraftPhase[], index: number, delta: -1 | 1): DraftPhase[] {
  const target = index + delta;
  if (index < 0 || index >= draft.length || target < 0 || target >= draft.length) return [...draft];
  const next = [...draft];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export const updatePhase = (
  draft: readonly DraftPhase[],
  index: number,
  patch: Partial<Pick<DraftPhase, 'name' | 'instructions'>>,
): DraftPhase[] => draft.map((phase, i) => (i === index ? { ...phase, ...patch } : phase));

export const defaultDraft = (locale: Locale): DraftPhase[] => toDraft(DEFAULT_PHASES, locale);

/** What is wrong with one phase of the draft, if anything. */
export function draftProblem(phase: DraftPhase): DraftProblem | null {
  const name = phase.name.trim();
  if (!name && phase.key === null) return 'nameRequired';
  if (name.length > MAX_PHASE_NAME) return 'nameTooLong';
  if (phase.instructions.trim().length > MAX_PHASE_INSTRUCTIONS) return 'instructionsTooLong';
  return null;
}

/** The phases to store, or null while any phase has a problem. */
export function fromDraft(draft: readonly DraftPhase[], locale: Locale): Phase[] | null {
  if (draft.length === 0 || draft.length > MAX_PHASES || draft.some(draftProblem)) return null;
  return draft.map((row) => {
    const builtIn = row.key
      ? phaseText({ id: row.id, key: row.key, name: null, instructions: null }, locale)
      : null;
    /** Empty, or the built-in text unchanged: keep following the built-in text (in every language). */
    const own = (value: string, builtInValue: string | undefined) => {
      const text = value.trim();
      return !text || text === builtInValue ? null : text;
    };
    return {
      id: row.id,
      key: row.key,
      name: own(row.name, builtIn?.name),
      instructions: own(row.instructions, builtIn?.instructions),
    };
  });
}
