// Checks an untrusted Yjs update before it touches a room's document. Decoding first means a
// malformed update is refused whole instead of half-applied, and the dependency check refuses
// updates that would sit pending forever (structs or deletions the server has never seen).
// The wire format is update V1, whose decoder consumes input for every struct it reads, so a
// bounded message bounds the work (the run-length bomb of yjs issue 687 lives in V2 only).
import * as Y from 'yjs';

/** Far beyond any real document (two billion operations by one client), far below overflow. */
const MAX_CLOCK = 2 ** 31;
const MAX_KEY_LENGTH = 1024;
/**
 * Longest run of deleted content (a GC struct, or an item whose content is deleted) one update may
 * bring that the room does not have: what a client typed and deleted before it synced, far more
 * than any person writes. A run of 2^31 clocks costs the sender nothing and the room its clock space.
 */
export const MAX_NEW_DELETED_RUN = 1_000_000;

const isDeletedRun = (struct: DecodedUpdate['structs'][number]): boolean =>
  struct instanceof Y.GC || (struct instanceof Y.Item && struct.content instanceof Y.ContentDeleted);

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export type UpdateCheck =
  | {
      ok: true;
      changesSomething: boolean;
      /** It adds content the document does not have (false for deletions and resent updates). */
      grows: boolean;
      decoded: DecodedUpdate;
    }
  | { ok: false; reason: string };

export function checkUpdate(doc: Y.Doc, update: Uint8Array): UpdateCheck {
  const refuse = (reason: string): UpdateCheck => ({ ok: false, reason });
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return refuse('update cannot be decoded');
  }
  let grows = false;
  // What each client's clock may reach once this update is in: contiguous from the known state.
  const available = new Map<number, number>();
  const known = (client: number) => available.get(client) ?? Y.getState(doc.store, client);
  const sorted = [...decoded.structs].sort((a, b) => a.id.clock - b.id.clock);
  for (const struct of sorted) {
    if (struct instanceof Y.Skip) return refuse('update has gaps');
    const { client, clock } = struct.id;
    const end = clock + struct.length;
    if (!Number.isSafeInteger(end) || end > MAX_CLOCK || struct.length <= 0)
      return refuse('update clock out of range');
    if (clock > known(client)) return refuse('update depends on changes the server does not have');
    if (end > known(client)) {
      if (isDeletedRun(struct) && end - Math.max(clock, known(client)) > MAX_NEW_DELETED_RUN)
        return refuse(`update brings a deleted run longer than ${MAX_NEW_DELETED_RUN} clocks`);
      available.set(client, end);
      grows = true;
    }
  }
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (struct.content instanceof Y.ContentDoc) return refuse('subdocuments are not allowed');
    // Before integration `parent` is a root name or an ID, not a type (Yjs types say otherwise).
    const parent = struct.parent as unknown;
    for (const id of [struct.origin, struct.rightOrigin, parent instanceof Y.ID ? parent : null]) {
      if (id && id.clock >= known(id.client)) return refuse('update refers to unknown items');
    }
    if (typeof parent === 'string' && parent.length > MAX_KEY_LENGTH) return refuse('root name too long');
    if (struct.parentSub !== null && struct.parentSub.length > MAX_KEY_LENGTH)
      return refuse('map key too long');
  }
  for (const [client, ranges] of decoded.ds.clients) {
    for (const range of ranges) {
      if (range.len <= 0 || range.clock + range.len > known(client))
        return refuse('update deletes unknown items');
    }
  }
  return { ok: true, changesSomething: grows || decoded.ds.clients.size > 0, grows, decoded };
}
