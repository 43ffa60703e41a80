// A second copy of a room's document on which a client's update can be tried first. Yjs cannot
// undo an applied update, so checking what an update does to the shapes it touches (read
// afterwards with the model's readers, after Yjs's own conflict resolution) needs a copy that may
// be thrown away: a refused update leaves the real document untouched, and only the copy is
// rebuilt. Most updates (drags, typing) are judged without it (plain-writes.ts), so the copy is
// kept lazily: made on first use, and brought up to date with what the real document received
// meanwhile only when it is needed again; dropped when too far behind. Without a copy it does not
// listen to the real document at all (an 'update' listener makes Yjs encode every transaction).
import * as Y from 'yjs';

/** Past this many bytes of updates it has not applied, the copy is dropped and made afresh later. */
const MAX_BEHIND_BYTES = 4 * 1024 * 1024;

export class ShadowDoc {
  private copy: Y.Doc | null = null;
  /** What the real document received since the copy was last brought up to date. */
  private behind: Uint8Array[] = [];
  private behindBytes = 0;
  /** False while the real document applies an update the copy already has. */
  private following = true;

  constructor(private readonly real: Y.Doc) {}

  private readonly follow = (update: Uint8Array): void => {
    if (!this.following) return;
    this.behind.push(update);
    this.behindBytes += update.byteLength;
    if (this.behindBytes > MAX_BEHIND_BYTES) this.drop();
  };

  /** The copy, equal to the real document. */
  private ready(): Y.Doc {
    if (!this.copy) {
      this.copy = new Y.Doc({ gc: this.real.gc });
      Y.applyUpdate(this.copy, Y.encodeStateAsUpdate(this.real));
      this.real.on('update', this.follow);
    } else if (this.behind.length > 0) {
      const [only, ...more] = this.behind;
      Y.applyUpdate(this.copy, more.length === 0 ? only! : Y.mergeUpdates(this.behind));
    }
    this.behind = [];
    this.behindBytes = 0;
    return this.copy;
  }

  /** Applies `update` to the copy only; answers the transaction, which says what it changed. */
  tryOn(update: Uint8Array): { doc: Y.Doc; transaction: Y.Transaction | null } {
    const copy = this.ready();
    let transaction: Y.Transaction | null = null;
    const capture = (tr: Y.Transaction) => {
      transaction = tr;
    };
    copy.on('afterTransaction', capture);
    try {
      Y.applyUpdate(copy, update);
    } finally {
      copy.off('afterTransaction', capture);
    }
    return { doc: copy, transaction };
  }

  /**
   * The update was accepted: `apply` puts it on the real document. `tried`: the copy already has
   * it (it was tried on it); otherwise the copy catches up later like with any other change.
   */
  commit(apply: () => void, tried: boolean): void {
    this.following = !tried;
    try {
      apply();
    } catch (error) {
      this.drop();
      throw error;
    } finally {
      this.following = true;
    }
  }

  /** The tried update was refused: the copy is made again from the real document when needed. */
  reset(): void {
    this.drop();
  }

  private drop(): void {
    this.real.off('update', this.follow);
    this.copy?.destroy();
    this.copy = null;
    this.behind = [];
    this.behindBytes = 0;
  }

  destroy(): void {
    this.drop();
  }
}
