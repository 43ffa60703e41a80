// A second copy of a room's document, always equal to it, on which a client's update is tried
// first. Yjs cannot undo an applied update, so checking what an update would do (the shapes it
// touches, read afterwards with the model's readers, with Yjs's own conflict resolution) needs a
// copy that may be thrown away: a refused update leaves the real document untouched, and only
// the copy is rebuilt. An accepted one costs one more apply, never a walk over the document.
import * as Y from 'yjs';

export class ShadowDoc {
  private copy: Y.Doc;
  /** Set while the real document applies an update the copy already has. */
  private following = true;

  constructor(private readonly real: Y.Doc) {
    this.copy = ShadowDoc.copyOf(real);
    real.on('update', this.follow);
  }

  private static copyOf(doc: Y.Doc): Y.Doc {
    const copy = new Y.Doc({ gc: doc.gc });
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    return copy;
  }

  /** Every change to the real document (server changes, other nodes' updates) reaches the copy. */
  private readonly follow = (update: Uint8Array): void => {
    if (this.following) Y.applyUpdate(this.copy, update);
  };

  /** Applies `update` to the copy only; answers the transaction, which says what it changed. */
  tryOn(update: Uint8Array): { doc: Y.Doc; transaction: Y.Transaction | null } {
    let transaction: Y.Transaction | null = null;
    const capture = (tr: Y.Transaction) => {
      transaction = tr;
    };
    this.copy.on('afterTransaction', capture);
    try {
      Y.applyUpdate(this.copy, update);
    } finally {
      this.copy.off('afterTransaction', capture);
    }
    return { doc: this.copy, transaction };
  }

  /** The tried update was accepted: `apply` puts it on the real document, which the copy has. */
  commit(apply: () => void): void {
    this.following = false;
    try {
      apply();
    } catch (error) {
      this.reset();
      throw error;
    } finally {
      this.following = true;
    }
  }

  /** The tried update was refused: the copy is made again from the real document. */
  reset(): void {
    this.copy.destroy();
    this.copy = ShadowDoc.copyOf(this.real);
  }

  destroy(): void {
    this.real.off('update', this.follow);
    this.copy.destroy();
  }
}
