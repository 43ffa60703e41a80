// An anonymous phase on the activity: while the facilitator keeps one on, what the server records
// in `activity` (readable by everyone) names nobody: each stamp and entry keeps the role and the
// company but not the person; the full record goes to a server-only room that no websocket can
// open. When the phase ends, the held names are written back over the masked ones (for the shapes
// and entries still there) and the held room is emptied. So nobody can learn during the phase who
// wrote which card, even with a client of their own, and afterwards nothing was lost.
import {
  activityEntriesMap,
  attributionMap,
  parseAttribution,
  readActivity,
  readAttributions,
  writeActivity,
  type ActivityActor,
  type ActivityBatch,
  type ActivityEntry,
  type AttributionWrite,
  type BoardId,
  type ShapeId,
  type Stamp,
} from '@kyoso/shared';
import { roomKey } from '../boards.js';
import type { RoomKey } from '../storage/storage.js';
import type { Room } from '../sync/room.js';

/** The server-only room holding the names of an anonymous phase (not a channel: nobody opens it). */
export const heldNamesRoomKey = (board: BoardId): RoomKey => roomKey(board, 'server/anonymous');

const masked = <A extends ActivityActor>(actor: A): A => ({ ...actor, participant: null, name: null });

/** The batch as everyone may read it during an anonymous phase. */
export function maskBatch(batch: ActivityBatch): ActivityBatch {
  const attributions = new Map<ShapeId, AttributionWrite>();
  for (const [id, write] of batch.attributions ?? []) {
    const out: AttributionWrite = {};
    if (write.made) out.made = masked(write.made);
    if (write.created !== undefined) out.created = write.created && masked(write.created);
    if (write.changed !== undefined) out.changed = write.changed && masked(write.changed);
    attributions.set(id, out);
  }
  const entries: ActivityEntry[] = (batch.entries ?? []).map((entry) => ({ ...entry, by: masked(entry.by) }));
  return { attributions, entries };
}

/** Whether the shown stamp is the held one with its person masked (the same change). */
const maskedOf = (shown: Stamp | null, held: Stamp | null): boolean =>
  shown !== null &&
  held !== null &&
  shown.at === held.at &&
  shown.role === held.role &&
  shown.company === held.company &&
  shown.participant === null;

/** Writes the held names back into `activity` (where their shapes and entries still are), then forgets them. */
export async function releaseHeldNames(held: Room, activity: Room): Promise<void> {
  const attributions = readAttributions(held.doc);
  const { entries } = readActivity(held.doc);
  if (attributions.size === 0 && entries.length === 0) return;
  await activity.applyServerChange((doc, origin) => {
    const shown = attributionMap(doc);
    const listed = activityEntriesMap(doc);
    writeActivity(
      doc,
      {
        // Only the stamps shown masked during the phase get their names, each from the held stamp
        // of the same change (a shape made again is held as created but shown as changed); one
        // from before the phase stays as it is.
        attributions: new Map(
          [...attributions].flatMap(([id, names]): [ShapeId, AttributionWrite][] => {
            const now = parseAttribution(shown.get(id));
            if (!now) return [];
            const named = (stamp: Stamp | null) =>
              [names.created, names.changed].find((candidate) => maskedOf(stamp, candidate));
            const write: AttributionWrite = {};
            const created = named(now.created);
            const changed = named(now.changed);
            if (created) write.created = created;
            if (changed) write.changed = changed;
            return [[id, write]];
          }),
        ),
        entries: entries.filter((entry) => listed.has(entry.id)),
      },
      origin,
    );
  });
  await held.applyServerChange((doc) =>
    doc.transact(() => {
      for (const key of [...attributionMap(doc).keys()]) attributionMap(doc).delete(key);
      for (const key of [...activityEntriesMap(doc).keys()]) activityEntriesMap(doc).delete(key);
    }),
  );
}
