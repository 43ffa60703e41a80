// A facilitator who reloads during "follow me" comes back with a new awareness client id, and
// everyone would wait for a leader who is gone. When the walk's leader has been absent for a few
// seconds and the walk carries this facilitator's name, this page takes the lead again, keeping
// the walk's start so that those who had stepped out stay out.
import { setFollowMe } from '@kyoso/shared';
import { useEffect } from 'react';
import type { CanvasPartProps } from '../../canvas/canvasActions';

const ABSENT_MS = 3000;

export function useWalkHandover({ session, workshop }: Pick<CanvasPartProps, 'session' | 'workshop'>): void {
  useEffect(() => {
    if (!workshop.canControl) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const orphaned = () => {
      const walk = workshop.control.get().followMe;
      if (!walk || walk.leader === session.doc.clientID || walk.name !== session.identity.name) return null;
      return session.presence.peers.get().some((peer) => peer.clientId === walk.leader) ? null : walk;
    };
    const check = () => {
      if (!orphaned()) {
        if (timer) clearTimeout(timer);
        timer = null;
        return;
      }
      timer ??= setTimeout(() => {
        timer = null;
        const walk = orphaned();
        if (!walk) return;
        try {
          workshop.runControl((doc, origin) =>
            setFollowMe(doc, { leader: session.doc.clientID, name: walk.name, now: walk.since }, origin),
          );
        } catch {
          // Only the facilitator's page runs this; a refused write leaves the walk as it was.
        }
      }, ABSENT_MS);
    };
    check();
    const offs = [workshop.control.subscribe(check), session.presence.peers.subscribe(check)];
    return () => {
      offs.forEach((off) => off());
      if (timer) clearTimeout(timer);
    };
  }, [session, workshop]);
}
