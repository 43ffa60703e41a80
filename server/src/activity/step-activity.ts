// The workshop's steps in the activity list: when an update to `control` moves the workshop to
// another step of the agenda, the server lists it, by that update's writer (only the facilitator
// writes `control`), naming the step as the agenda names it then. Control changes are few (steps,
// the timer, locks), so reading the whole document after each is cheap.
import type * as Y from 'yjs';
import { randomId, readControl, writeActivity, type ActivityEntry } from '@kyoso/shared';
import type { Logger } from '../log.js';
import type { Room } from '../sync/room.js';
import type { Writer } from '../trust/writer.js';
import { actorOf } from './recorder.js';

/** Returns what to call with each accepted update's writer, once it is stored. */
export function recordSteps(control: Y.Doc, activity: Room, log: Logger): (writer: Writer) => void {
  let phase = readControl(control).phase;
  return (writer) => {
    const now = readControl(control);
    if (now.phase === phase) return;
    phase = now.phase;
    const step = now.phases.find((candidate) => candidate.id === now.phase);
    // Back to "not started": no step to name.
    if (!step) return;
    const entry: ActivityEntry = {
      id: randomId(16),
      type: 'step',
      at: new Date().toISOString(),
      by: actorOf(writer),
      shapes: [],
      step: { key: step.key, name: step.name },
    };
    activity
      .applyServerChange((doc, origin) =>
        writeActivity(doc, { attributions: new Map(), entries: [entry] }, origin),
      )
      .catch((error: unknown) => log.warn('step not recorded', { error: String(error) }));
  };
}
