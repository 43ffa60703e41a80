// Resize handles (Konva Transformer) for one selected box shape. The transformer works on an
// invisible proxy rectangle: the shape itself is drawn by its view from the live preview, and the
// document is written once, when the handle is released.
import { isBoxShape, type BoxShape, type ShapeId } from '@kyoso/shared';
import type Konva from 'konva';
import { useEffect, useMemo, useRef } from 'react';
import { Rect, Transformer } from 'react-konva';
import { useShapesById, useStoreSelector } from '../bindings/hooks';
import type { CanvasPartProps } from './canvasActions';
import { SELECTION_COLOR } from './colors';
import { useEditRights } from './rightsNow';

const MIN_SCREEN_SIZE = 20;
/** A handle's side in screen px; one sits at the middle of each edge, one at each corner. */
export const HANDLE_SIZE = 9;
export const singleSelection = (state: { selection: readonly ShapeId[]; editing: unknown }) =>
  state.selection.length === 1 && !state.editing ? (state.selection[0] ?? null) : null;
const isDragging = (gesture: { kind: string }) => gesture.kind === 'drag';

/** The box shape showing resize handles now, if any (badges on it keep clear of them). */
export function useResizeHandlesOn({
  session,
  stores,
}: Pick<CanvasPartProps, 'session' | 'stores'>): BoxShape | null {
  const id = useStoreSelector(stores.editor, singleSelection);
  const dragging = useStoreSelector(stores.gesture, isDragging);
  const shape = useShapesById(
    session.shapes,
    useMemo(() => (id ? [id] : []), [id]),
  )[0];
  const box = shape && isBoxShape(shape) ? shape : undefined;
  // A shape this page may not change (locked, another company's card) keeps its size: no handles
  // to suggest otherwise (a lock badge, or the property bar, says why).
  const rights = useEditRights(session, stores);
  const locked = box ? rights.whyNot(box.id) !== null : false;
  return box && !session.readOnly && !dragging && !locked ? box : null;
}

export function ResizeHandles({
  session,
  stores,
  actions,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'actions'>) {
  const box = useResizeHandlesOn({ session, stores }) ?? undefined;
  const proxy = useRef<Konva.Rect>(null);
  const transformer = useRef<Konva.Transformer>(null);
  const active = !!box;

  useEffect(() => {
    const tr = transformer.current;
    if (!tr) return;
    tr.nodes(active && proxy.current ? [proxy.current] : []);
    tr.getLayer()?.batchDraw();
  }, [active, box?.id]);

  if (!box) return null;
  const readProxy = () => {
    const node = proxy.current;
    if (!node) return null;
    return {
      x: node.x(),
      y: node.y(),
      w: Math.max(1, node.width() * node.scaleX()),
      h: Math.max(1, node.height() * node.scaleY()),
    };
  };
  return (
    <>
      <Rect ref={proxy} x={box.x} y={box.y} width={box.w} height={box.h} listening={false} />
      <Transformer
        ref={transformer}
        rotateEnabled={false}
        flipEnabled={false}
        keepRatio={false}
        ignoreStroke
        anchorSize={HANDLE_SIZE}
        anchorCornerRadius={2}
        anchorStroke={SELECTION_COLOR}
        borderStroke={SELECTION_COLOR}
        borderStrokeWidth={0}
        padding={3}
        boundBoxFunc={(before, after) =>
          after.width < MIN_SCREEN_SIZE || after.height < MIN_SCREEN_SIZE ? before : after
        }
        onTransform={() => {
          const rect = readProxy();
          if (rect) stores.resize.set({ id: box.id, rect });
        }}
        onTransformEnd={() => {
          const rect = readProxy();
          const node = proxy.current;
          if (node && rect) {
            node.scale({ x: 1, y: 1 });
            node.size({ width: rect.w, height: rect.h });
            actions.setBounds(box.id, {
              x: Math.round(rect.x),
              y: Math.round(rect.y),
              w: Math.round(rect.w),
              h: Math.round(rect.h),
            });
          }
          stores.resize.set(null);
        }}
      />
    </>
  );
}
