// Presence on the channel's awareness: our own state (who we are, cursor, selection, drag, view)
// going out at most ~30 times a second, and everyone else's states parsed into `peers`.
//
// Our state: `{ user: { name, color, role, company }, cursor, selection, dragging, view }`. The
// server replaces `user.role` and `user.company` with what the token says, and drops awareness
// from read-only connections (an observer still sets it: harmless). Peers' colours follow their
// (server-stamped) role and company through the board's meta, as ours does.
import type { ShapeId } from '@kyoso/shared';
import type { Awareness } from './boardConnection';
import { parsePeer, samePeer, sameIds, samePoint, sameRect, sameUser } from './peers';
import { presenceColor } from './presenceColor';
import type {
  BoardMetaView,
  Identity,
  PeerPresence,
  Point,
  Presence,
  PresenceUser,
  Rect,
  Store,
} from './session-types';
import { Listeners } from './store';
import { createThrottle } from './throttle';

/** ~30 Hz. */
export const PRESENCE_INTERVAL_MS = 33;

/** What we put in awareness. */
export interface LocalPresenceState {
  user: PresenceUser;
  cursor: Point | null;
  selection: readonly ShapeId[];
  dragging: PeerPresence['dragging'];
  view: Rect | null;
}

export interface LivePresence extends Presence {
  destroy(): void;
}

export interface PresenceOptions {
  awareness: Awareness;
  identity: Identity;
  meta: Store<BoardMetaView>;
  /** Minimum time between two outgoing updates (ms, default `PRESENCE_INTERVAL_MS`). */
  intervalMs?: number;
  /** Clock for the throttle (tests). */
  now?: () => number;
}

const sameDragging = (a: PeerPresence['dragging'], b: PeerPresence['dragging']) =>
  a === b || (!!a && !!b && a.dx === b.dx && a.dy === b.dy && sameIds(a.ids, b.ids));

export function createPresence(options: PresenceOptions): LivePresence {
  const { awareness, identity, meta } = options;
  const selfOf = (companies: BoardMetaView['companies']): PresenceUser => ({
    name: identity.name,
    color: presenceColor(identity.role, identity.company, companies),
    role: identity.role,
    company: identity.company,
  });

  // --- our own state -------------------------------------------------------------------------
  let local: LocalPresenceState = {
    user: selfOf(meta.get().companies),
    cursor: null,
    selection: [],
    dragging: null,
    view: null,
  };
  let sent: LocalPresenceState | null = null;
  let destroyed = false;
  const send = () => {
    if (destroyed || sent === local) return;
    sent = local;
    awareness.setLocalState(local);
  };
  const throttle = createThrottle(send, options.intervalMs ?? PRESENCE_INTERVAL_MS, options.now);
  const change = (patch: Partial<LocalPresenceState>) => {
    if (destroyed) return;
    local = { ...local, ...patch };
    throttle.request();
  };
  // The first state goes out at once (the leading edge), before the provider connects, so that
  // the server sees a full state in our first awareness message.
  throttle.request();

  // --- everyone else -------------------------------------------------------------------------
  const parsed = new Map<number, PeerPresence>();
  let peers: readonly PeerPresence[] = [];
  const peerListeners = new Listeners();

  /** Re-reads one client's state; returns whether its peer entry changed. */
  const reparse = (clientId: number): boolean => {
    if (clientId === awareness.clientID) return false;
    const state = awareness.getStates().get(clientId);
    const previous = parsed.get(clientId);
    const next = state === undefined ? null : parsePeer(clientId, state, meta.get().companies);
    if (next === null) return parsed.delete(clientId);
    if (previous && samePeer(previous, next)) return false;
    parsed.set(clientId, next);
    return true;
  };
  const publish = () => {
    peers = [...parsed.values()].sort((a, b) => a.clientId - b.clientId);
    peerListeners.notify();
  };
  for (const clientId of awareness.getStates().keys()) reparse(clientId);
  peers = [...parsed.values()].sort((a, b) => a.clientId - b.clientId);

  const onChange = ({
    added,
    updated,
    removed,
  }: {
    added: number[];
    updated: number[];
    removed: number[];
  }) => {
    // The server may send our own state back stamped anew (an anonymous phase began or ended):
    // what we say of ourselves stays ours, so it goes out again as we have it.
    if (updated.includes(awareness.clientID) && !destroyed && awareness.getLocalState() !== sent) {
      sent = null;
      send();
    }
    let changed = false;
    for (const clientId of [...added, ...updated, ...removed]) changed = reparse(clientId) || changed;
    if (changed) publish();
  };
  awareness.on('change', onChange);

  // The meta decides colours: ours and everyone's.
  const unsubscribeMeta = meta.subscribe(() => {
    const user = selfOf(meta.get().companies);
    if (!sameUser(user, local.user)) change({ user });
    let changed = false;
    for (const clientId of awareness.getStates().keys()) changed = reparse(clientId) || changed;
    if (changed) publish();
  });

  return {
    peers: {
      get: () => peers,
      subscribe: (listener) => peerListeners.add(listener),
    },
    get self() {
      return local.user;
    },
    setCursor(cursor) {
      if (!samePoint(local.cursor, cursor)) change({ cursor: cursor && { x: cursor.x, y: cursor.y } });
    },
    setSelection(ids) {
      if (!sameIds(local.selection, ids)) change({ selection: [...ids] });
    },
    setDragging(dragging) {
      if (!sameDragging(local.dragging, dragging))
        change({ dragging: dragging && { ids: [...dragging.ids], dx: dragging.dx, dy: dragging.dy } });
    },
    setView(view) {
      if (!sameRect(local.view, view))
        change({ view: view && { x: view.x, y: view.y, w: view.w, h: view.h } });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      throttle.cancel();
      awareness.off('change', onChange);
      unsubscribeMeta();
      peerListeners.clear();
    },
  };
}
