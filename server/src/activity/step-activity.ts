// The workshop's steps in the activity list: when an update to `control` that a connection of
// this node wrote moves the workshop to another step of the agenda, the server lists it, by that
// update's writer (only the facilitator writes `control`), once the update is stored, naming the
// step as the agenda named it then. Steps taken on another node are that node's to list.
import type * as Y from 'yjs';
import { readControl, writeActivity, type ActivityStep } from '@kyoso/shared';
import type { Logger } from '../log.js';
import { REMOTE_ORIGIN, SERVER_ORIGIN, type Room } from '../sync/room.js';
import type { Writer } from '../trust/writer.js';
import { actEntry } from './act-entry.js';

export interface StepActivity {
  /** An update a connection wrote was accepted and stored (Room's `onAccepted`, in order). */
  accepted(writer: Writer): void;
  dispose(): void;
}

/** A connection's update, not the server's own nor one from another node (nor the stored log). */
const isConnection = (origin: unknown): boolean =>
  origin !== REMOTE_ORIGIN && origin !== SERVER_ORIGIN && typeof origin === 'object' && origin !== null;

export function recordSteps(control: Y.Doc, activity: Room, log: Logger): StepActivity {
  let phase = readControl(control).phase;
  /** The step a connection's update just took, until that update is reported accepted. */
  let taken: ActivityStep | null = null;
  // Every update moves `phase` on (another node's too), so a later unrelated write lists nothing.
  const follow = (_update: Uint8Array, origin: unknown) => {
    const now = readControl(control);
    if (now.phase === phase) return;
    phase = now.phase;
    const step = now.phases.find((candidate) => candidate.id === now.phase);
    // Back to "not started" names no step.
    taken = step && isConnection(origin) ? { key: step.key, name: step.name } : null;
  };
  control.on('update', follow);
  return {
    accepted(writer) {
      if (!taken) return;
      const entry = actEntry(writer, { type: 'step', step: taken });
      taken = null;
      activity
        .applyServerChange((doc, origin) => writeActivity(doc, { entries: [entry] }, origin))
        .catch((error: unknown) => log.warn('step not recorded', { error: String(error) }));
    },
    dispose: () => control.off('update', follow),
  };
}
