import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readActivity,
  readControl,
  setPhase,
  startTimer,
  type BoardId,
  type ParticipantId,
} from '@kyoso/shared';
import type { Logger } from '../log.js';
import { REMOTE_ORIGIN, SERVER_ORIGIN, type Room } from '../sync/room.js';
import type { Writer } from '../trust/writer.js';
import { recordSteps } from './step-activity.js';

const board = 'board1234' as BoardId;
const host: Writer = {
  principal: { board, role: 'facilitator' },
  participant: { id: 'p0000001' as ParticipantId, name: '進行役 佐藤' },
} as unknown as Writer;

/** The activity room as the recorder uses it: server changes applied to a document. */
function activityRoom() {
  const doc = new Y.Doc();
  const room = {
    applyServerChange: async <T>(change: (d: Y.Doc, origin: typeof SERVER_ORIGIN) => T) =>
      doc.transact(() => change(doc, SERVER_ORIGIN), SERVER_ORIGIN),
  } as unknown as Room;
  return { doc, room };
}

const log = { warn: () => {} } as unknown as Logger;
const phaseId = (doc: Y.Doc, key: string) => readControl(doc).phases.find((p) => p.key === key)!.id;
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('steps in the activity', () => {
  it('lists a step a connection took, by the writer of the update, once it is accepted', async () => {
    const control = new Y.Doc();
    const activity = activityRoom();
    const steps = recordSteps(control, activity.room, log);
    const connection = {};
    setPhase(control, phaseId(control, 'vote'), connection);
    expect(readActivity(activity.doc).entries).toEqual([]);
    steps.accepted(host);
    await settled();
    expect(readActivity(activity.doc).entries).toMatchObject([
      { type: 'step', step: { key: 'vote', name: null }, by: { name: '進行役 佐藤', role: 'facilitator' } },
    ]);
    // A timer is no step.
    startTimer(control, { durationMs: 60_000, now: Date.now() }, connection);
    steps.accepted(host);
    await settled();
    expect(readActivity(activity.doc).entries).toHaveLength(1);
    steps.dispose();
  });

  it('leaves a step taken on another node to that node, even when a write here follows it', async () => {
    const control = new Y.Doc();
    const activity = activityRoom();
    const steps = recordSteps(control, activity.room, log);
    setPhase(control, phaseId(control, 'converge'), REMOTE_ORIGIN);
    startTimer(control, { durationMs: 60_000, now: Date.now() }, {});
    steps.accepted(host);
    await settled();
    expect(readActivity(activity.doc).entries).toEqual([]);
    steps.dispose();
  });
});
