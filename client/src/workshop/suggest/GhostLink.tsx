// The suggestion being looked at in the suggestions panel, drawn on the canvas overlay as a
// dashed line between its two cards (not part of the board: nothing is written).
import { isBoxShape, type ShapeId, PALETTE } from '@kyoso/shared';
import { Group, Line } from 'react-konva';
import { useShape, useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasStores } from '../../canvas/canvasStores';
import type { BoardSession } from '../../sync/session-types';
import { ghostLinePoints } from './ghostGeometry';
import { ghostLinkOf } from './ghostLink';

const COLOR = PALETTE.suggest;
const NONE = '' as ShapeId;

export function GhostLink({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const link = useStore(ghostLinkOf(stores));
  const zoom = useStoreSelector(stores.camera, (camera) => camera.zoom);
  const from = useShape(session.shapes, link?.asset ?? NONE);
  const to = useShape(session.shapes, link?.need ?? NONE);
  if (!link || !from || !to || !isBoxShape(from) || !isBoxShape(to)) return null;
  const width = 3 / zoom;
  return (
    <Group listening={false} name="ghost-link">
      {[from, to].map((box) => (
        <Line
          key={box.id}
          points={[box.x, box.y, box.x + box.w, box.y, box.x + box.w, box.y + box.h, box.x, box.y + box.h]}
          closed
          stroke={COLOR}
          strokeWidth={width}
          dash={[8 / zoom, 6 / zoom]}
          opacity={0.8}
        />
      ))}
      <Line
        points={ghostLinePoints(from, to)}
        stroke={COLOR}
        strokeWidth={width}
        dash={[10 / zoom, 8 / zoom]}
        lineCap="round"
      />
    </Group>
  );
}
