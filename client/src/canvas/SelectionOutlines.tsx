// Selection outlines: this user's in the accent colour, other people's in their colour with
// their name, so everyone sees who is working on what.
import { isBoxShape, type Role, type ShapeId, PALETTE } from '@kyoso/shared';
import { Group, Label, Line, Rect, Tag, Text } from 'react-konva';
import { useMemo } from 'react';
import { useShapesAndEnds, useStore, useStoreSelector } from '../bindings/hooks';
import type { BoardSession, Rect as WorldRect } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import { SELECTION_COLOR } from './colors';
import { connectorLine } from './connectorGeometry';
import { outlineOf } from './ConnectorView';
import { CANVAS_FONT } from './textMeasure';
import type { Camera } from './viewport';

const zoomOf = (camera: Camera) => camera.zoom;
const selectionOf = (state: { selection: readonly ShapeId[] }) => state.selection;

/** Where each shape is drawn right now, drags and a resize included. */
function useShownBounds(session: BoardSession, stores: CanvasStores) {
  const remote = useStore(stores.remoteDrags);
  const own = useStore(stores.drag);
  const resize = useStore(stores.resize);
  const offsets = new Map<ShapeId, { dx: number; dy: number }>();
  for (const drag of remote) for (const id of drag.ids) offsets.set(id, drag);
  if (own) for (const id of own.ids) offsets.set(id, own);
  return (id: ShapeId): WorldRect | undefined => {
    const shape = session.shapes.byId(id);
    if (!shape || !isBoxShape(shape)) return undefined;
    if (resize?.id === id) return resize.rect;
    const offset = offsets.get(id);
    return { x: shape.x + (offset?.dx ?? 0), y: shape.y + (offset?.dy ?? 0), w: shape.w, h: shape.h };
  };
}

interface OutlineProps {
  ids: readonly ShapeId[];
  color: string;
  bounds: (id: ShapeId) => WorldRect | undefined;
  session: BoardSession;
  zoom: number;
  dash?: number[];
}

function Outlines({ ids, color, bounds, session, zoom, dash }: OutlineProps) {
  const pad = 3 / zoom;
  return (
    <>
      {ids.map((id) => {
        const shape = session.shapes.byId(id);
        if (!shape) return null;
        if (shape.type === 'connector') {
          const from = bounds(shape.from);
          const to = bounds(shape.to);
          const fromShape = session.shapes.byId(shape.from);
          const toShape = session.shapes.byId(shape.to);
          if (!from || !to || !fromShape || !toShape || !isBoxShape(fromShape) || !isBoxShape(toShape))
            return null;
          const line = connectorLine(from, outlineOf(fromShape), to, outlineOf(toShape));
          return (
            <Line
              key={id}
              points={[line.start.x, line.start.y, line.end.x, line.end.y]}
              stroke={color}
              strokeWidth={6}
              opacity={0.35}
              lineCap="round"
              strokeScaleEnabled={false}
              listening={false}
            />
          );
        }
        const rect = bounds(id);
        if (!rect) return null;
        return (
          <Rect
            key={id}
            x={rect.x - pad}
            y={rect.y - pad}
            width={rect.w + 2 * pad}
            height={rect.h + 2 * pad}
            stroke={color}
            strokeWidth={2}
            dash={dash}
            cornerRadius={4 / zoom}
            strokeScaleEnabled={false}
            listening={false}
          />
        );
      })}
    </>
  );
}

export function SelectionOutlines({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const zoom = useStoreSelector(stores.camera, zoomOf);
  const selection = useStoreSelector(stores.editor, selectionOf);
  const namesHidden = useStore(stores.namesHidden);
  const peers = useStore(session.presence.peers);
  const outlined = useMemo(
    () => [...selection, ...peers.flatMap((peer) => peer.selection)],
    [selection, peers],
  );
  // Re-rendered when an outlined shape (or a connector's end) changes, not on every edit.
  useShapesAndEnds(session.shapes, outlined);
  const bounds = useShownBounds(session, stores);
  return (
    <>
      {peers.map((peer) => {
        if (peer.selection.length === 0) return null;
        const first = peer.selection.map(bounds).find((rect) => rect !== undefined);
        return (
          <Group key={peer.clientId} listening={false}>
            <Outlines
              ids={peer.selection}
              color={peer.user.color}
              bounds={bounds}
              session={session}
              zoom={zoom}
              dash={[6, 4]}
            />
            {first && (
              <NameTag
                x={first.x}
                y={first.y - 4 / zoom}
                zoom={zoom}
                name={shownName(peer.user, namesHidden)}
                color={peer.user.color}
              />
            )}
          </Group>
        );
      })}
      <Outlines ids={selection} color={SELECTION_COLOR} bounds={bounds} session={session} zoom={zoom} />
    </>
  );
}

/** A small name tag whose bottom-left corner is at (x, y), constant size on screen. */
/**
 * The name on someone's cursor or selection: none in an anonymous phase (who wrote which card stays
 * open), except the facilitator's, who runs the phase and writes no company's ideas.
 */
export const shownName = (user: { name: string; role: Role }, namesHidden: boolean): string =>
  namesHidden && user.role !== 'facilitator' ? '' : user.name;

export function NameTag({
  x,
  y,
  zoom,
  name,
  color,
}: {
  x: number;
  y: number;
  zoom: number;
  name: string;
  color: string;
}) {
  // An anonymous phase: no name (shownName), and no tag is drawn.
  if (name === '') return null;
  return (
    <Label x={x} y={y} scaleX={1 / zoom} scaleY={1 / zoom} offsetY={20} listening={false}>
      <Tag fill={color} cornerRadius={4} />
      <Text
        text={name}
        fontFamily={CANVAS_FONT}
        fontSize={12}
        fontStyle="bold"
        fill={PALETTE.surface}
        padding={4}
        wrap="none"
      />
    </Label>
  );
}
