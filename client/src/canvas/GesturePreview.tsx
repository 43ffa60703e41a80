// What a gesture in progress will do: the marquee, the outline of a shape being drawn, the
// arrow of a connector being dragged out (snapping to the shape under the pointer).
import { isBoxShape } from '@kyoso/shared';
import { Arrow, Rect } from 'react-konva';
import { useStore } from '../bindings/hooks';
import type { BoardSession } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import { SELECTION_COLOR } from './colors';
import { connectorLine, edgePoint } from './connectorGeometry';
import { outlineOf } from './ConnectorView';
import { gestureRect } from './gesture';

export function GesturePreview({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const gesture = useStore(stores.gesture);
  const rect = gestureRect(gesture);
  if (rect)
    return (
      <Rect
        x={rect.x}
        y={rect.y}
        width={rect.w}
        height={rect.h}
        fill={gesture.kind === 'marquee' ? 'rgba(37, 99, 235, 0.08)' : 'rgba(37, 99, 235, 0.04)'}
        stroke={SELECTION_COLOR}
        strokeWidth={1}
        dash={gesture.kind === 'marquee' ? undefined : [6, 4]}
        strokeScaleEnabled={false}
        listening={false}
      />
    );
  if (gesture.kind !== 'connect') return null;
  const from = session.shapes.byId(gesture.from);
  if (!from || !isBoxShape(from)) return null;
  const target = gesture.target ? session.shapes.byId(gesture.target) : undefined;
  const line =
    target && isBoxShape(target)
      ? connectorLine(from, outlineOf(from), target, outlineOf(target))
      : { start: edgePoint(from, outlineOf(from), gesture.current), end: gesture.current };
  return (
    <>
      {target && isBoxShape(target) && (
        <Rect
          x={target.x}
          y={target.y}
          width={target.w}
          height={target.h}
          stroke={SELECTION_COLOR}
          strokeWidth={2}
          strokeScaleEnabled={false}
          listening={false}
        />
      )}
      <Arrow
        points={[line.start.x, line.start.y, line.end.x, line.end.y]}
        stroke={SELECTION_COLOR}
        fill={SELECTION_COLOR}
        strokeWidth={2}
        pointerLength={12}
        pointerWidth={11}
        dash={[8, 6]}
        listening={false}
      />
    </>
  );
}
