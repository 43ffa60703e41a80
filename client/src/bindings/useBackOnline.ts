// "Could not reach the server" is true only until the connection returns. This calls `onBack`
// when it does: the board's connection goes from offline or connecting to connected, or the
// browser says it is online again. Messages about a failed request clear themselves then (and
// lists that failed to load load again), instead of staying on screen after the cause is gone.
import { useEffect, useRef } from 'react';
import type { ConnectionState } from '../sync/boardConnection';
import type { Store } from '../sync/session-types';

/** `active`: listen only while there is something to clear (a failed request's message). */
export function useBackOnline(
  connection: Store<ConnectionState> | null,
  onBack: () => void,
  active: boolean,
): void {
  const callback = useRef(onBack);
  callback.current = onBack;
  useEffect(() => {
    if (!active) return;
    const back = () => callback.current();
    let connected = connection?.get().status === 'connected';
    const off = connection?.subscribe(() => {
      const now = connection.get().status === 'connected';
      if (now && !connected) back();
      connected = now;
    });
    window.addEventListener('online', back);
    return () => {
      off?.();
      window.removeEventListener('online', back);
    };
  }, [connection, active]);
}
