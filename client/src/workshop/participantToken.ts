// The participant token a person command (reveal, agree) needs: at once when this page has joined,
// else after the registration still under way finishes (or fails, or takes too long).
import type { LiveParticipant } from '../sync/participant';

/** How long a command waits for the participant registration before saying it is not done. */
export const JOIN_WAIT_MS = 10_000;

/** The participant token once joined; null if joining fails or takes longer than `ms`. */
export function tokenWithin(participant: LiveParticipant, ms: number): Promise<string | null> {
  return new Promise((resolve) => {
    let off = () => {};
    const finish = (token: string | null) => {
      clearTimeout(timer);
      off();
      resolve(token);
    };
    const timer = setTimeout(() => finish(participant.token()), ms);
    const check = () => {
      const state = participant.get();
      if (state.status === 'ready') finish(state.token);
      else if (state.status === 'failed') finish(null);
    };
    off = participant.subscribe(check);
    check();
  });
}
