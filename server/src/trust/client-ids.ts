// Which Yjs client ids a writer may write under. A client id is claimed by the first writer whose
// update starts it (clock 0), and from then on only that owner may extend it: nobody can plant
// structs under someone else's id (which would make the victim's own later changes vanish, since
// the server would take them for ones it already has). Ids that existed before ownership was
// recorded, and the server's own, belong to nobody and can no longer be extended.
//
// Owners live in a server-only room, `<board>/server/writers` (no websocket can open it), and a
// claim is stored before the update that made it: a crash in between leaves a claim without its
// update, never an update without its owner.
import * as Y from 'yjs';
import type { RightsRefusal } from '@kyoso/shared';
import type { Room } from '../sync/room.js';
import type { DecodedUpdate } from '../sync/update-guard.js';

const clientsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>('clients');

/**
 * New client ids one update may start. A page writes under one id; a page that reloads its
 * offline copy may bring a few more (one per earlier session that never synced). Thousands of
 * fresh ids, each a struct the document keeps forever and every joiner downloads, are an attack.
 */
export const MAX_NEW_IDS_PER_UPDATE = 8;
/** Client ids one writer (a participant, or one link) may start on one channel, ever. */
export const MAX_IDS_PER_WRITER = 2_000;

export class ClientIdOwners {
  private lastClaim: Promise<unknown> = Promise.resolve();
  /** Ids claimed per owner on this channel, counted from the room on first use. */
  private counts: Map<string, number> | null = null;

  /** `room`: the board's writers room; `channel`: the channel whose ids these are. */
  constructor(
    private readonly room: Room,
    private readonly channel: string,
  ) {}

  private key(client: number): string {
    return `${this.channel}/${client}`;
  }

  ownerOf(client: number): string | undefined {
    const owner = clientsMap(this.room.doc).get(this.key(client));
    return typeof owner === 'string' ? owner : undefined;
  }

  /**
   * Checks that every struct of `decoded` is written under a client id `owner` owns or may claim
   * in `target` (the channel's document). Returns the ids to claim, or why not.
   */
  check(
    owner: string,
    decoded: DecodedUpdate,
    target: Y.Doc,
  ): { ok: true; claims: number[] } | { ok: false; refusal: RightsRefusal } {
    const claims: number[] = [];
    const seen = new Set<number>();
    for (const struct of decoded.structs) {
      const client = struct.id.client;
      const known = Y.getState(target.store, client);
      // Structs the room already has are resent harmlessly (a reloaded page sends its whole
      // offline copy): only what extends a client id is a write under it.
      if (seen.has(client) || struct.id.clock + struct.length <= known) continue;
      seen.add(client);
      const recorded = this.ownerOf(client);
      if (recorded === owner) continue;
      if (recorded !== undefined || client === target.clientID || known > 0)
        return {
          ok: false,
          refusal: {
            code: 'client-id',
            message: `changes under Yjs client id ${client} can only come from the page that made them`,
          },
        };
      claims.push(client);
    }
    const budget =
      claims.length > MAX_NEW_IDS_PER_UPDATE
        ? `one update may start at most ${MAX_NEW_IDS_PER_UPDATE} new Yjs client ids`
        : claims.length > 0 && this.claimedBy(owner) + claims.length > MAX_IDS_PER_WRITER
          ? `one writer may start at most ${MAX_IDS_PER_WRITER} Yjs client ids on a channel`
          : null;
    if (budget) return { ok: false, refusal: { code: 'client-id', message: budget } };
    return { ok: true, claims };
  }

  private claimedBy(owner: string): number {
    if (!this.counts) {
      const counts = new Map<string, number>();
      const prefix = `${this.channel}/`;
      clientsMap(this.room.doc).forEach((value, key) => {
        if (typeof value === 'string' && key.startsWith(prefix))
          counts.set(value, (counts.get(value) ?? 0) + 1);
      });
      this.counts = counts;
    }
    return this.counts.get(owner) ?? 0;
  }

  /** Records `owner` for `clients`; the claim is in force at once and stored soon. */
  claim(owner: string, clients: readonly number[]): void {
    if (clients.length === 0) return;
    this.counts?.set(owner, this.claimedBy(owner) + clients.length);
    const stored = this.room.applyServerChange((doc) => {
      for (const client of clients) clientsMap(doc).set(this.key(client), owner);
    });
    // A failed store surfaces in beforeCommit, which fails the batch that relied on the claim.
    stored.catch(() => {});
    this.lastClaim = Promise.all([this.lastClaim, stored]);
  }

  /** Resolves once every claim made so far is stored; rejects if one could not be. */
  stored(): Promise<unknown> {
    return this.lastClaim;
  }
}
