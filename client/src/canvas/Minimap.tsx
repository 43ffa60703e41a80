// The minimap, bottom right: every shape as a coarse box and the current view as a frame. Click
// or drag in it to move the view there. Drawn on a plain 2D canvas, at most once per frame.
import { isBoxShape, type Company, type Shape, PALETTE } from '@kyoso/shared';
import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { CanvasPartProps } from './canvasActions';
import { baseColor } from './colors';
import {
  fromMinimap,
  minimapTransform,
  sameTransform,
  toMinimap,
  type MinimapTransform,
} from './minimapMath';
import { visibleRect } from './viewport';

const WIDTH = 200;
const HEIGHT = 136;
/** How long the view must rest before the boxes are drawn afresh at a new mapping. */
const REDRAW_AFTER_REST_MS = 150;
/**
 * Changed shapes are drawn afresh at most this often: a box per shape costs a large board ~15 ms,
 * too much for every frame of someone's drag, and the map is small enough not to show the lag.
 */
const SHAPES_REDRAW_MS = 250;

function drawShapes(
  ctx: CanvasRenderingContext2D,
  shapes: readonly Shape[],
  companies: readonly Company[],
  t: MinimapTransform,
) {
  for (const shape of shapes) {
    if (!isBoxShape(shape)) continue;
    const p = toMinimap(t, shape);
    const w = Math.max(1, shape.w * t.scale);
    const h = Math.max(1, shape.h * t.scale);
    if (shape.type === 'frame') {
      ctx.strokeStyle = PALETTE.borderStrong;
      ctx.lineWidth = 1;
      ctx.strokeRect(p.x, p.y, w, h);
    } else {
      ctx.fillStyle = shape.type === 'text' ? PALETTE.textSubtle : baseColor(shape, companies);
      ctx.fillRect(p.x, p.y, w, h);
    }
  }
}

export function Minimap({
  session,
  stores,
  actions,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'actions'>) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const transform = useRef<MinimapTransform | null>(null);
  /** Held still while the pointer drags in the minimap, so the map does not slide under it. */
  const frozen = useRef<MinimapTransform | null>(null);

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = WIDTH * ratio;
    element.height = HEIGHT * ratio;
    // The shapes are drawn into a second canvas and reused while neither they nor the mapping
    // change (panning within the board), so a pan costs one image copy, not a box per shape.
    // While the mapping moves with the view (zooming out past the board), the old picture is
    // copied scaled into place, and the boxes are drawn afresh once the view rests.
    const layer = document.createElement('canvas');
    layer.width = element.width;
    layer.height = element.height;
    const layerCtx = layer.getContext('2d');
    let drawn: { shapes: readonly Shape[]; companies: readonly Company[]; t: MinimapTransform } | null = null;
    let frame = 0;
    let settle = 0;
    let catchUp = 0;
    // The board's own first paint comes first: the boxes are drawn after it, then at most once
    // every SHAPES_REDRAW_MS while the shapes keep changing.
    let shapesDueAt = Infinity;
    // A task queued from an animation frame runs once that frame is painted.
    let painted = 0;
    let afterPaint = 0;
    let shapesArrived = false;
    const drawAfterNextPaint = () => {
      shapesDueAt = Infinity;
      cancelAnimationFrame(painted);
      window.clearTimeout(afterPaint);
      painted = requestAnimationFrame(() => {
        afterPaint = window.setTimeout(() => {
          shapesDueAt = 0;
          draw(true);
        });
      });
    };
    const draw = (resting = false) => {
      const view = visibleRect(stores.camera.get(), stores.size.get());
      const t = frozen.current ?? minimapTransform(session.shapes.bounds(), view, { w: WIDTH, h: HEIGHT });
      transform.current = t;
      const shapes = session.shapes.all();
      const { companies } = session.meta.get();
      const stale = !drawn || drawn.shapes !== shapes || drawn.companies !== companies;
      const moved = drawn !== null && !sameTransform(drawn.t, t);
      const now = performance.now();
      // The board's shapes arriving (the snapshot, after an empty first draw) wait for the
      // board's own first paint with them too.
      if (!shapesArrived && drawn && drawn.shapes.length === 0 && shapes.length > 0) {
        shapesArrived = true;
        drawAfterNextPaint();
      }
      if (stale && now < shapesDueAt) {
        if (!catchUp && shapesDueAt !== Infinity)
          catchUp = window.setTimeout(() => {
            catchUp = 0;
            draw(true);
          }, shapesDueAt - now);
      } else if (layerCtx && (stale || (moved && resting))) {
        shapesDueAt = now + SHAPES_REDRAW_MS;
        layerCtx.setTransform(ratio, 0, 0, ratio, 0, 0);
        layerCtx.clearRect(0, 0, WIDTH, HEIGHT);
        layerCtx.globalAlpha = 0.75;
        drawShapes(layerCtx, shapes, companies, t);
        drawn = { shapes, companies, t };
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, element.width, element.height);
      if (drawn && !sameTransform(drawn.t, t)) {
        // The picture drawn at drawn.t, mapped to t: world p is at p*s + o in both.
        const k = t.scale / drawn.t.scale;
        ctx.setTransform(
          k,
          0,
          0,
          k,
          ratio * (t.offsetX - drawn.t.offsetX * k),
          ratio * (t.offsetY - drawn.t.offsetY * k),
        );
        window.clearTimeout(settle);
        settle = window.setTimeout(() => draw(true), REDRAW_AFTER_REST_MS);
      }
      ctx.drawImage(layer, 0, 0);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const a = toMinimap(t, view);
      ctx.fillStyle = 'rgba(37, 99, 235, 0.08)';
      ctx.fillRect(a.x, a.y, view.w * t.scale, view.h * t.scale);
      ctx.strokeStyle = PALETTE.focus;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(a.x, a.y, view.w * t.scale, view.h * t.scale);
    };
    const schedule = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          draw();
        });
    };
    draw();
    drawAfterNextPaint();
    const offs = [stores.camera, stores.size, session.shapes, session.meta].map((store) =>
      store.subscribe(schedule),
    );
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(painted);
      window.clearTimeout(afterPaint);
      window.clearTimeout(settle);
      window.clearTimeout(catchUp);
      for (const off of offs) off();
    };
  }, [session, stores]);

  const navigate = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const t = transform.current;
    if (!t) return;
    const bounds = event.currentTarget.getBoundingClientRect();
    actions.centreOn(fromMinimap(t, { x: event.clientX - bounds.left, y: event.clientY - bounds.top }));
  };

  return (
    <div className="minimap" data-testid="minimap">
      <canvas
        ref={canvas}
        style={{ width: WIDTH, height: HEIGHT }}
        role="img"
        aria-label={t('minimap.label')}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          frozen.current = transform.current;
          navigate(event);
        }}
        onPointerMove={(event) => {
          if (event.buttons & 1) navigate(event);
        }}
        onPointerUp={() => {
          frozen.current = null;
        }}
        onPointerCancel={() => {
          frozen.current = null;
        }}
      />
    </div>
  );
}
