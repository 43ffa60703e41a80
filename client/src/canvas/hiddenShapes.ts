// Shapes the content layer leaves out because the overlay draws them somewhere else right now:
// dragged (by anyone) or being resized. Selected on primitives so the layer re-renders only when
// a drag starts or ends, not on every pointer move.
import type { ShapeId } from '@kyoso/shared';
import { useMemo } from 'react';
import type { CanvasStores, OwnDrag, ResizePreview } from './canvasStores';
import type { RemoteDrag } from './remoteDrags';
import { useStoreSelector } from '../bindings/hooks';

const NONE: readonly ShapeId[] = [];
const ownIds = (drag: OwnDrag | null) => drag?.ids ?? NONE;
const resizingId = (resize: ResizePreview | null) => resize?.id ?? null;
const remoteKey = (drags: readonly RemoteDrag[]) => drags.flatMap((drag) => drag.ids).join(' ');

export function useHiddenShapes(stores: CanvasStores): ReadonlySet<ShapeId> {
  const own = useStoreSelector(stores.drag, ownIds);
  const resize = useStoreSelector(stores.resize, resizingId);
  const peers = useStoreSelector(stores.remoteDrags, remoteKey);
  return useMemo(() => {
    const hidden = new Set<ShapeId>(own);
    for (const id of peers.split(' ')) if (id) hidden.add(id as ShapeId);
    if (resize) hidden.add(resize);
    return hidden;
  }, [own, resize, peers]);
}
