// Other people's drags in progress, from presence. A drag's offset applies only while the
// dragged shapes are where they were when it began: the drop writes the document and clears the
// drag in presence, and the two can arrive in either order; once a shape has moved in the
// document its offset must not be added a second time.
import type { Shape, ShapeId } from '@kyoso/shared';
import type { PeerPresence } from '../sync/session-types';

const sameIdList = (a: readonly ShapeId[], b: readonly ShapeId[]): boolean =>
  a === b || (a.length === b.length && a.every((id, i) => id === b[i]));

export interface RemoteDrag {
  clientId: number;
  ids: readonly ShapeId[];
  dx: number;
  dy: number;
  color: string;
}

/** What each peer's drag started from: the shape objects as they were (the index keeps identity). */
export type DragOrigins = Map<number, { ids: readonly ShapeId[]; shapes: Map<ShapeId, Shape | undefined> }>;

export function remoteDrags(
  peers: readonly PeerPresence[],
  byId: (id: ShapeId) => Shape | undefined,
  origins: DragOrigins,
): RemoteDrag[] {
  const out: RemoteDrag[] = [];
  const active = new Set<number>();
  for (const peer of peers) {
    const drag = peer.dragging;
    if (!drag || !Number.isFinite(drag.dx) || !Number.isFinite(drag.dy)) continue;
    active.add(peer.clientId);
    let origin = origins.get(peer.clientId);
    if (!origin || !sameIdList(origin.ids, drag.ids)) {
      origin = { ids: drag.ids, shapes: new Map(drag.ids.map((id) => [id, byId(id)])) };
      origins.set(peer.clientId, origin);
    }
    const start = origin.shapes;
    const ids = drag.ids.filter((id) => byId(id) !== undefined && byId(id) === start.get(id));
    if (ids.length > 0)
      out.push({ clientId: peer.clientId, ids, dx: drag.dx, dy: drag.dy, color: peer.user.color });
  }
  for (const clientId of [...origins.keys()]) if (!active.has(clientId)) origins.delete(clientId);
  return out;
}

export const sameRemoteDrags = (a: readonly RemoteDrag[], b: readonly RemoteDrag[]): boolean =>
  a.length === b.length &&
  a.every((drag, i) => {
    const other = b[i];
    return (
      !!other &&
      drag.clientId === other.clientId &&
      drag.dx === other.dx &&
      drag.dy === other.dy &&
      sameIdList(drag.ids, other.ids)
    );
  });
