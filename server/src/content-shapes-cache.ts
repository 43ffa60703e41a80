// The shapes of content rooms this node has unloaded, as the `GET /shapes` answer, each with the
// sequence number of the last log entry its document held. While the room's log still ends at that
// number the board has not changed, so the answer is sent without loading the document: on a
// 10,000-card board, loading it takes the server about half a second (decoding and the garbage
// that makes) while the person opening the board waits for this answer to see anything. Any write
// since, from this node or another sharing the store, moves the log on and the entry is ignored.
import type * as Y from 'yjs';
import { readShapes } from '@kyoso/shared';
import type { RoomKey, RoomLog } from './storage/storage.js';

/** What the cache may hold in all, in UTF-16 code units of JSON (about bytes for these answers). */
export const DEFAULT_SHAPES_CACHE_CHARS = 64 * 1024 * 1024;

interface Entry {
  seq: number;
  json: string;
}

export class ContentShapesCache {
  /** In use order, least recently used first (a Map keeps insertion order). */
  private readonly entries = new Map<RoomKey, Entry>();
  private size = 0;

  constructor(
    private readonly log: Pick<RoomLog, 'lastSeq'>,
    private readonly maxChars = DEFAULT_SHAPES_CACHE_CHARS,
  ) {}

  /** Keeps the answer for `doc`, which holds exactly the room's log up to `seq`. */
  remember(key: RoomKey, seq: number, doc: Y.Doc): void {
    this.forget(key);
    if (seq <= 0) return;
    const json = JSON.stringify({ shapes: readShapes(doc).shapes });
    if (json.length > this.maxChars) return;
    this.entries.set(key, { seq, json });
    this.size += json.length;
    for (const [oldest, entry] of this.entries) {
      if (this.size <= this.maxChars) break;
      this.entries.delete(oldest);
      this.size -= entry.json.length;
    }
  }

  /** The kept answer when the room has not changed since, else null (and it is dropped). */
  async current(key: RoomKey): Promise<string | null> {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const seq = await this.log.lastSeq(key);
    if (this.entries.get(key) !== entry) return null;
    if (seq !== entry.seq) {
      this.forget(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.json;
  }

  private forget(key: RoomKey): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.json.length;
  }
}
