// Moving the board through the agenda, and editing the agenda itself.
import type * as Y from 'yjs';
import { controlMap } from './control-roots.js';
import { readControl } from './control.js';
import { MAX_PHASES, parsePhase, type Phase } from './phases.js';
import { timerRemaining } from './timer.js';

/**
 * Moves the workshop to a phase (null: before the agenda). Given the time `now`, a timer that has
 * run out is cleared in the same step: its red 0:00 belonged to the step the room just left. A
 * running or paused timer carries on. A vote highlight ends with the step it was set in.
 */
export function setPhase(doc: Y.Doc, phaseId: string | null, origin: unknown, now?: number): void {
  const control = readControl(doc);
  if (phaseId !== null && !control.phases.some((phase) => phase.id === phaseId))
    throw new RangeError(`no phase ${phaseId.slice(0, 40)} in the agenda`);
  const ranOut =
    now !== undefined &&
    control.timer !== null &&
    control.timer.endsAt !== null &&
    timerRemaining(control.timer, now) === 0;
  doc.transact(() => {
    if (phaseId === null) controlMap(doc).delete('phase');
    else controlMap(doc).set('phase', phaseId);
    if (ranOut) controlMap(doc).delete('timer');
    // A highlight of the vote belongs to the step it was set in.
    if (phaseId !== control.phase) controlMap(doc).delete('highlight');
  }, origin);
}

/** Replaces the agenda (add, remove, rename, reorder phases). Every phase must be well formed. */
export function setPhases(doc: Y.Doc, phases: readonly Phase[], origin: unknown): void {
  if (phases.length === 0 || phases.length > MAX_PHASES)
    throw new RangeError(`an agenda has 1 to ${MAX_PHASES} phases`);
  const ids = new Set<string>();
  for (const phase of phases) {
    if (!parsePhase(phase) || ids.has(phase.id))
      throw new RangeError(`phase ${phase.id} is malformed or repeated`);
    ids.add(phase.id);
  }
  const control = controlMap(doc);
  doc.transact(() => {
    control.set(
      'phases',
      phases.map((p) => ({ id: p.id, key: p.key, name: p.name, instructions: p.instructions })),
    );
    const current = control.get('phase');
    if (typeof current === 'string' && !ids.has(current)) control.delete('phase');
  }, origin);
}
