// Wires a loaded content room to its board's `activity` room: the recorder hears every accepted
// client update (Room's `onAccepted`) and writes its batches into the activity room as server
// changes. The loader holds the activity room for as long as the content room is loaded.
import type * as Y from 'yjs';
import { attributionMap, writeActivity, type ActivityBatch, type BoardId } from '@kyoso/shared';
import { maskBatch } from './anonymous-activity.js';
import { roomKey } from '../boards.js';
import type { Logger } from '../log.js';
import type { RoomKey } from '../storage/storage.js';
import type { Room } from '../sync/room.js';
import type { ShapeChange } from '../trust/write-guard.js';
import type { Writer } from '../trust/writer.js';
import { AreaIndex } from './area-index.js';
import { ActivityRecorder, type RecorderTiming } from './recorder.js';

export const activityRoomKey = (board: BoardId): RoomKey => roomKey(board, 'activity');

export interface ContentActivity {
  record(writer: Writer, changes: readonly ShapeChange[]): void;
  /** Writes what is pending and stops following the content document; resolves once written. */
  dispose(): Promise<void>;
}

/** An anonymous phase (anonymous-activity.ts): whether one is on, and where its names are held. */
export interface Anonymity {
  active(): boolean;
  held: Room;
}

export function recordContentActivity(
  content: Y.Doc,
  activity: Room,
  log: Logger,
  timing?: Partial<RecorderTiming>,
  anonymity?: Anonymity,
): ContentActivity {
  const areas = new AreaIndex(content);
  const write = (room: Room, batch: ActivityBatch) =>
    room.applyServerChange((doc, origin) => writeActivity(doc, batch, origin));
  const stamps = attributionMap(activity.doc);
  const recorder = new ActivityRecorder({
    areas,
    stamped: (id) => stamps.has(id),
    log,
    timing,
    write: async (batch) => {
      if (!anonymity?.active()) return write(activity, batch);
      await write(anonymity.held, batch);
      await write(activity, maskBatch(batch));
    },
  });
  return {
    record: (writer, changes) => recorder.record(writer, changes),
    dispose: () => {
      areas.destroy();
      return recorder.dispose();
    },
  };
}
