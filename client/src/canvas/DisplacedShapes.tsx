// Shapes drawn away from where the document has them: this user's drag, other people's drags
// (as they stream through presence) and a resize in progress, with the connectors that touch
// them following live. Each drag is one group moved by its offset, so the shapes inside keep their
// identity and do not re-render while the pointer moves.
import {
  compareShapes,
  isBoxShape,
  type BoxShape,
  type ConnectorShape,
  type Shape,
  type ShapeId,
} from '@kyoso/shared';
import { useMemo } from 'react';
import { Group } from 'react-konva';
import { useStore } from '../bindings/hooks';
import type { BoardSession } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import type { KindLabels } from './kindLabels';
import { ShapeView } from './ShapeView';
import type { ShapeWording } from './shapeWording';

interface DisplacedShapesProps {
  session: BoardSession;
  stores: CanvasStores;
  kinds: KindLabels;
  wording: ShapeWording;
}

interface Move {
  key: string;
  ids: readonly ShapeId[];
  dx: number;
  dy: number;
  ghost: boolean;
}

export function DisplacedShapes({ session, stores, kinds, wording }: DisplacedShapesProps) {
  const all = useStore(session.shapes);
  const { companies } = useStore(session.meta);
  const remote = useStore(stores.remoteDrags);
  const own = useStore(stores.drag);
  const resize = useStore(stores.resize);
  const tagList = useStore(stores.tagList);

  const moves: Move[] = [];
  for (const drag of remote)
    moves.push({ key: `peer-${drag.clientId}`, ids: drag.ids, dx: drag.dx, dy: drag.dy, ghost: true });
  if (own) moves.push({ key: 'own', ...own, ghost: false });

  const connectors = useMemo(
    () => all.filter((shape): shape is ConnectorShape => shape.type === 'connector'),
    [all],
  );
  if (moves.length === 0 && !resize) return null;

  /** Where each box is drawn now. */
  const offsets = new Map<ShapeId, { dx: number; dy: number }>();
  for (const move of moves) for (const id of move.ids) offsets.set(id, move);
  const shown = (id: ShapeId): BoxShape | undefined => {
    const shape = session.shapes.byId(id);
    if (!shape || !isBoxShape(shape)) return undefined;
    if (resize?.id === id) return { ...shape, ...resize.rect };
    const offset = offsets.get(id);
    return offset ? { ...shape, x: shape.x + offset.dx, y: shape.y + offset.dy } : shape;
  };
  const view = (shape: Shape, extra: { from?: BoxShape | undefined; to?: BoxShape | undefined } = {}) => (
    <ShapeView
      key={shape.id}
      shape={shape}
      {...extra}
      companies={companies}
      kinds={kinds}
      camera={stores.camera}
      wording={wording}
      hideText={false}
      tagList={tagList}
    />
  );
  const moving = (id: ShapeId) => offsets.has(id) || resize?.id === id;
  const following = connectors.filter((connector) => moving(connector.from) || moving(connector.to));
  const resized = resize ? shown(resize.id) : undefined;

  return (
    <>
      {following.map((connector) =>
        view(connector, { from: shown(connector.from), to: shown(connector.to) }),
      )}
      {moves.map((move) => (
        <Group key={move.key} x={move.dx} y={move.dy} opacity={move.ghost ? 0.85 : 0.95} listening={false}>
          {move.ids
            .map((id) => session.shapes.byId(id))
            .filter((shape): shape is BoxShape => !!shape && isBoxShape(shape) && resize?.id !== shape.id)
            .sort(compareShapes)
            .map((shape) => view(shape))}
        </Group>
      ))}
      {resized && view(resized)}
    </>
  );
}
