// The board's shapes, culled to the region around the view, over the background grid. The layer
// does not listen to events (hit-testing is ours, see hitTest.ts) and is moved by the camera
// without re-rendering.
import { inDrawOrder } from './drawOrder';
import { isBoxShape, type BoxShape, type ShapeId } from '@kyoso/shared';
import type Konva from 'konva';
import { memo, useMemo, useRef, type Ref } from 'react';
import { Layer } from 'react-konva';
import { useStore, useStoreSelector } from '../bindings/hooks';
import type { BoardSession } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import { CoarseShapes } from './CoarseShapes';
import { GridShape } from './GridShape';
import { COARSE_BELOW_ZOOM, COARSE_LIMIT } from './culling';
import { sameIds } from './selection';
import type { KindLabels } from './kindLabels';
import { ShapeView } from './ShapeView';
import { useCullRegion } from './useCullRegion';
import { useHiddenShapes } from './hiddenShapes';
import { useTitleRooms } from './useTitleRooms';
import { FrameView } from './FrameView';
import type { ShapeWording } from './shapeWording';

interface ContentLayerProps {
  session: BoardSession;
  stores: CanvasStores;
  kinds: KindLabels;
  wording: ShapeWording;
  layerRef: Ref<Konva.Layer>;
}

const editingIdOf = (state: { editing: { id: ShapeId } | null }) => state.editing?.id ?? null;
const zoomedFarOut = (camera: { zoom: number }) => camera.zoom < COARSE_BELOW_ZOOM;
/** Up to this many frames in view keep their own views when the rest is drawn coarsely. */
const MAX_FRAME_VIEWS = 300;

export const ContentLayer = memo(function ContentLayer({
  session,
  stores,
  kinds,
  wording,
  layerRef,
}: ContentLayerProps) {
  const all = useStore(session.shapes);
  const { companies } = useStore(session.meta);
  const region = useCullRegion(stores);
  const hidden = useHiddenShapes(stores);
  const farOut = useStoreSelector(stores.camera, zoomedFarOut);
  const editingId = useStoreSelector(stores.editor, editingIdOf);
  const tagList = useStore(stores.tagList);
  const titleRooms = useTitleRooms(all);

  // `all` is a dependency so that the search reruns whenever the board changes. The same ids as
  // before keep the same array, so a re-cull that finds nothing new costs no drawing work.
  const previous = useRef<ShapeId[]>([]);
  const visible = useMemo(() => {
    const found = all.length === 0 ? [] : session.shapes.search(region);
    const ordered = inDrawOrder(found, (id) => session.shapes.byId(id)?.type);
    if (sameIds(ordered, previous.current)) return previous.current;
    previous.current = ordered;
    return ordered;
  }, [session, all, region]);
  // Drawn coarsely, frames keep their own views (their titles stay readable far out) unless there
  // are too many of them; they come first in draw order, so they stay at the back.
  const coarse = useMemo(() => {
    if (visible.length <= COARSE_LIMIT && !farOut) return null;
    const frames = visible.filter((id) => session.shapes.byId(id)?.type === 'frame');
    const framesAsViews = frames.length <= MAX_FRAME_VIEWS;
    const batched = visible.flatMap((id) => {
      const shape = hidden.has(id) ? undefined : session.shapes.byId(id);
      return shape && !(framesAsViews && shape.type === 'frame') ? [shape] : [];
    });
    return { frames: framesAsViews ? frames : [], batched };
    // `all`: shapes whose ids did not change may still have moved.
  }, [session, visible, hidden, all, farOut]);
  const box = (id: ShapeId): BoxShape | undefined => {
    const shape = session.shapes.byId(id);
    return shape && isBoxShape(shape) ? shape : undefined;
  };

  const view = (id: ShapeId) => {
    const shape = session.shapes.byId(id);
    if (!shape || hidden.has(id)) return null;
    const ends =
      shape.type === 'connector'
        ? hidden.has(shape.from) || hidden.has(shape.to)
          ? null
          : { from: box(shape.from), to: box(shape.to) }
        : {};
    if (!ends) return null;
    return (
      <ShapeView
        key={id}
        shape={shape}
        {...ends}
        companies={companies}
        kinds={kinds}
        camera={stores.camera}
        wording={wording}
        hideText={id === editingId}
        tagList={tagList}
        titleRoom={titleRooms.get(id)}
        frameBodyOnly
      />
    );
  };
  // Frame titles go over the cards: zoomed out, a title sits inside its frame, where cards lie.
  const titleView = (id: ShapeId) => {
    const shape = session.shapes.byId(id);
    if (shape?.type !== 'frame' || hidden.has(id)) return null;
    return (
      <FrameView
        key={`title:${id}`}
        part="title"
        shape={shape}
        camera={stores.camera}
        title={wording.frameTitle(shape.text)}
        hideText={id === editingId}
        titleRoom={titleRooms.get(id)}
      />
    );
  };

  if (coarse)
    return (
      <Layer ref={layerRef} listening={false}>
        <GridShape stores={stores} />
        {coarse.frames.map(view)}
        <CoarseShapes shapes={coarse.batched} byId={session.shapes.byId} companies={companies} />
        {coarse.frames.map(titleView)}
      </Layer>
    );

  return (
    <Layer ref={layerRef} listening={false}>
      <GridShape stores={stores} />
      {visible.map(view)}
      {visible.map(titleView)}
    </Layer>
  );
});
