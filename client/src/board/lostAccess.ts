// The server closed this page's connection because its access ended: the person was removed, the
// board was deleted, the token no longer opens it. The page then closes the board (what they may no
// longer see is not left on screen behind the message), and a removal or a deletion also deletes
// the board's offline copies from this device. Replaced links are the exception: the page of the
// facilitator who replaced them moves on to the new link (its dialog shows them), and a page whose
// link was replaced is told so over the board, as any other close.
import { CLOSE, CLOSE_REASON } from '@kyoso/shared';
import { useEffect } from 'react';
import type { TerminalClose } from '../sync/boardConnection';
import type { BoardSession } from '../sync/session-types';

const ENDS_ACCESS = new Set<number>([CLOSE.unauthorized, CLOSE.forbidden]);
const FORGETS_COPIES = new Set<string>([CLOSE_REASON.participantRemoved, CLOSE_REASON.boardDeleted]);

/** Calls `onLost` with the close that ended this page's access to the board, if one does. */
export function useWatchAccess(session: BoardSession | null, onLost: (close: TerminalClose) => void): void {
  useEffect(() => {
    if (!session) return;
    const check = () => {
      const closed = session.connection.get().closed;
      if (closed && ENDS_ACCESS.has(closed.code) && closed.reason !== CLOSE_REASON.linkReplaced)
        onLost(closed);
    };
    check();
    return session.connection.subscribe(check);
  }, [session, onLost]);
}

/** Whether this device should also forget its offline copies of the board. */
export const forgetsCopies = (close: TerminalClose): boolean => FORGETS_COPIES.has(close.reason);
