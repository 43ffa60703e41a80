// A small lock badge on locked shapes that are selected or under the pointer (Konva overlay
// layer), so people see why a shape will not move before they try. Fixed size on screen.
import { isBoxShape, isShapeLocked, type ShapeId, PALETTE } from '@kyoso/shared';
import { useEffect, useMemo, useState } from 'react';
import { Circle, Group, Path, Rect } from 'react-konva';
import { useShapesById, useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasStores } from '../../canvas/canvasStores';
import { shapeAt } from '../../canvas/pointerHits';
import { screenToWorld } from '../../canvas/viewport';
import type { BoardSession } from '../../sync/session-types';

const BADGE_RADIUS = 11;
const BADGE_COLOR = PALETTE.surfaceInverse;

/** The shape under the pointer, kept up to date while the pointer moves over the canvas. */
function useHovered(session: BoardSession, stores: CanvasStores): ShapeId | null {
  const [hovered, setHovered] = useState<ShapeId | null>(null);
  useEffect(() => {
    const element = stores.element.current;
    if (!element) return;
    const onMove = (event: PointerEvent) => {
      const bounds = element.getBoundingClientRect();
      const camera = stores.camera.get();
      const world = screenToWorld(camera, { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
      setHovered(shapeAt(session.shapes, world, camera.zoom));
    };
    const onLeave = () => setHovered(null);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerleave', onLeave);
    return () => {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
    };
  }, [session, stores]);
  return hovered;
}

export function LockBadges({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const locks = useStore(stores.locks);
  const selection = useStoreSelector(stores.editor, (state) => state.selection);
  const zoom = useStoreSelector(stores.camera, (camera) => camera.zoom);
  const hovered = useHovered(session, stores);
  const shown = useMemo(
    () => [...new Set(hovered ? [...selection, hovered] : selection)],
    [selection, hovered],
  );
  // Re-rendered when a shown shape changes, not on every edit.
  useShapesById(session.shapes, shown);
  if (locks.shapes.size === 0 && !locks.frames) return null;
  const ids = shown;
  const scale = 1 / zoom;
  return (
    <>
      {[...ids].map((id) => {
        const shape = session.shapes.byId(id);
        if (!shape || !isBoxShape(shape) || !isShapeLocked(shape, locks)) return null;
        return (
          <Group
            key={id}
            x={shape.x + shape.w}
            y={shape.y}
            scaleX={scale}
            scaleY={scale}
            listening={false}
            name="lock-badge"
          >
            <Circle radius={BADGE_RADIUS} fill={BADGE_COLOR} stroke={PALETTE.textInverse} strokeWidth={2} />
            <Rect x={-4.5} y={-1} width={9} height={7} cornerRadius={1.5} fill={PALETTE.textInverse} />
            <Path
              data="M-2.8 -1 V-3.2 a2.8 2.8 0 0 1 5.6 0 V-1"
              stroke={PALETTE.textInverse}
              strokeWidth={1.6}
              lineCap="round"
            />
          </Group>
        );
      })}
    </>
  );
}
