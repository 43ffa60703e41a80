// Follows someone's view with this page's camera: a person picked from the presence list, or the
// facilitator's "follow me" walk. Their published view (presence `view`) is fitted to this screen
// and the camera glides there; a manual pan or zoom, or Esc, stops following.
import type { FollowMe } from '@kyoso/shared';
import { useEffect, useRef } from 'react';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { matches, mayBeShortcut } from '../../canvas/keyBindings';
import type { BoardSession } from '../../sync/session-types';
import type { CanvasStores } from '../../canvas/canvasStores';
import { moveCamera } from './cameraMotion';
import { followChoiceOf } from './followChoice';
import { cameraForView } from './followCamera';
import { followTarget, sameTarget, stopFollowing, type FollowTarget } from './followTarget';

const sameWalk = (a: FollowMe | null, b: FollowMe | null) =>
  a === b || (!!a && !!b && a.leader === b.leader && a.name === b.name && a.since === b.since);

/**
 * Calls `start` once the canvas has its size and the board has loaded (the editor fits the
 * board into view at that moment: that first fit is not the person taking over).
 */
export function whenCanvasReady(session: BoardSession, stores: CanvasStores, start: () => void): () => void {
  let frame: number | null = null;
  const offs: (() => void)[] = [];
  const check = () => {
    const loaded = session.connection.get().synced || session.shapes.all().length > 0;
    if (frame !== null || !loaded || stores.size.get().w <= 1) return;
    offs.splice(0).forEach((off) => off());
    frame = window.requestAnimationFrame(() => {
      frame = null;
      start();
    });
  };
  offs.push(
    session.connection.subscribe(check),
    session.shapes.subscribe(check),
    stores.size.subscribe(check),
  );
  check();
  return () => {
    offs.forEach((off) => off());
    if (frame !== null) window.cancelAnimationFrame(frame);
  };
}

export function useFollowCamera({
  session,
  stores,
  workshop,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>): FollowTarget | null {
  const choices = followChoiceOf(session);
  const choice = useStore(choices);
  const walk = useStoreSelector(workshop.control, (control) => control.followMe, sameWalk);
  const computed = followTarget(choice, walk, session.doc.clientID);
  const kept = useRef<FollowTarget | null>(computed);
  if (!sameTarget(kept.current, computed)) kept.current = computed;
  const target = kept.current;

  useEffect(() => {
    if (!target) return;
    const stop = () => choices.set(stopFollowing(choices.get(), target));
    const viewOf = () =>
      session.presence.peers.get().find((peer) => peer.clientId === target.clientId)?.view ?? null;
    let offPeers = () => {};
    let offSize = () => {};
    let motion: ReturnType<typeof moveCamera> | null = null;
    const offReady = whenCanvasReady(session, stores, () => {
      motion = moveCamera(stores, {
        goal: () => {
          const view = viewOf();
          return view ? cameraForView(view, stores.size.get()) : null;
        },
        onTakenOver: stop,
      });
      offPeers = session.presence.peers.subscribe(() => motion?.poke());
      offSize = stores.size.subscribe(() => motion?.poke());
    });
    const onKeyDown = (event: KeyboardEvent) => {
      // Not skipped when the canvas already used Escape (to deselect): it means "stop" too.
      if (matches(event, 'Escape') && mayBeShortcut(event)) stop();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      offReady();
      offPeers();
      offSize();
      motion?.stop();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [session, stores, choices, target]);

  return target;
}
