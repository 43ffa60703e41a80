// The guard of a channel whose content the model reads leniently (`control`): only the client id
// rule applies, so nobody writes under someone else's Yjs client id.
import type * as Y from 'yjs';
import type { DecodedUpdate } from '../sync/update-guard.js';
import type { ClientIdOwners } from './client-ids.js';
import type { GuardVerdict, WriteGuard } from './write-guard.js';
import { ownerKey, type Writer } from './writer.js';

export class ClientIdGuard implements WriteGuard {
  constructor(
    private readonly doc: Y.Doc,
    private readonly owners: ClientIdOwners,
    private readonly onDispose: () => void = () => {},
  ) {}

  check(writer: Writer, _update: Uint8Array, decoded: DecodedUpdate): GuardVerdict {
    const owner = ownerKey(writer);
    const ids = this.owners.check(owner, decoded, this.doc);
    if (!ids.ok) return ids;
    this.owners.claim(owner, ids.claims);
    return { ok: true, changes: [] };
  }

  commit(apply: () => void): void {
    apply();
  }

  async beforeCommit(): Promise<void> {
    await this.owners.stored();
  }

  dispose(): void {
    this.onDispose();
  }
}
