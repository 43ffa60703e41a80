// After the server refused an update of this page, the page's copies of the board no longer match
// it: they are closed, their offline copies (IndexedDB) deleted, and the board opened afresh from
// the server, and the person is told what was not accepted.
import { useEffect, useState } from 'react';
import type { Refusal } from '../sync/boardConnection';
import { discardOfflineCopy } from '../sync/offline';
import type { BoardSession, Identity, Store } from '../sync/session-types';
import type { WorkshopSession } from '../sync/workshop-types';

/** The channels this page keeps offline copies of. */
const offlineChannels = (identity: Identity): string[] =>
  identity.role === 'member' && identity.company ? ['content', `private/${identity.company}`] : ['content'];

export async function discardLocalCopies(identity: Identity): Promise<void> {
  await Promise.all(
    offlineChannels(identity).map((channel) => discardOfflineCopy(identity.boardId, channel)),
  );
}

const NO_REFUSAL: Store<null> = { get: () => null, subscribe: () => () => {} };

/** The first refusal on the content channel or a workshop channel of this page, or null. */
export function useRefusal(session: BoardSession | null, workshop: WorkshopSession | null): Refusal | null {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  useEffect(() => {
    setRefusal(null);
    const stores: Store<Refusal | null>[] = [
      session
        ? { get: () => session.connection.get().refused, subscribe: session.connection.subscribe }
        : NO_REFUSAL,
      workshop?.refused ?? NO_REFUSAL,
    ];
    const check = () => {
      const found = stores.map((store) => store.get()).find((value) => value !== null) ?? null;
      if (found) setRefusal((current) => current ?? found);
    };
    const stops = stores.map((store) => store.subscribe(check));
    check();
    return () => stops.forEach((stop) => stop());
  }, [session, workshop]);
  return refusal;
}
