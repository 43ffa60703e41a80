// The shapes of content rooms this node has unloaded, as the `GET /shapes` answer, each with the
// sequence number of the last log entry its document held. While the room's log still ends at that
// number the board has not changed, so the answer is sent without loading the document: on a
// 10,000-card board, loading it takes the server about half a second (decoding and the garbage
// that makes) while the person opening the board waits for this answer to see anything. Any write
// since, from this node or another sharing the store, moves the log on and the entry is ignored.
import type * as Y from 'yjs';
import { readShapes } from '@kyoso/shared';
import type { RoomKey, RoomLog } from './storage/storage.js';

/** What the cache may hold in all: the answers' bytes (UTF-8, as they are sent). */
export const DEFAULT_SHAPES_CACHE_BYTES = 64 * 1024 * 1024;

interface Entry {
  seq: number;
  json: Buffer;
}

export class ContentShapesCache {
  /** In use order, least recently used first (a Map keeps insertion order). */
  private readonly entries = new Map<RoomKey, Entry>();
  private size = 0;

  constructor(
    private readonly log: Pick<RoomLog, 'lastSeq'>,
    private readonly maxBytes = DEFAULT_SHAPES_CACHE_BYTES,
  ) {}

  /** How many bytes of answers it holds. */
  get bytes(): number {
    return this.size;
  }

  /**
   * Keeps the answer for `doc`, which holds every entry of the room's log up to `seq`. Checked
   * against the log at once: an entry already behind it (a deleted board's log is empty, another
   * node wrote meanwhile) is let go rather than held until it is asked for.
   */
  remember(key: RoomKey, seq: number, doc: Y.Doc): void {
    this.forget(key);
    if (seq <= 0) return;
    const json = Buffer.from(JSON.stringify({ shapes: readShapes(doc).shapes }));
    if (json.byteLength > this.maxBytes) return;
    const entry = { seq, json };
    this.entries.set(key, entry);
    this.size += json.byteLength;
    for (const [oldest, kept] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.forget(oldest, kept);
    }
    this.log.lastSeq(key).then(
      (now) => {
        if (now !== seq) this.forget(key, entry);
      },
      () => this.forget(key, entry),
    );
  }

  /** The kept answer when the room has not changed since, else null (and it is dropped). */
  async current(key: RoomKey): Promise<Buffer | null> {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const seq = await this.log.lastSeq(key);
    if (this.entries.get(key) !== entry) return null;
    if (seq !== entry.seq) {
      this.forget(key, entry);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.json;
  }

  /** Drops the room's entry (only `entry`, when given: not one remembered since). */
  private forget(key: RoomKey, entry = this.entries.get(key)): void {
    if (!entry || this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.size -= entry.json.byteLength;
  }
}
