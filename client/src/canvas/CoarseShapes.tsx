// A crowded view (thousands of shapes on screen, text unreadable anyway) drawn by one Konva Shape:
// boxes batched by colour into one path each (a few fills per frame, not one per shape), and
// connectors as one path of lines. No node per shape.
//
// Filling tens of thousands of small boxes still costs a software-rendered browser most of a
// frame, every frame. So the batches are drawn once into a bitmap at the zoom of the moment and
// each frame copies that bitmap (under a millisecond) until the shapes change or the zoom moves
// too far from it: zoomed in past 1.25x it would blur, zoomed out past 2x it wastes pixels.
import { PALETTE } from '@kyoso/shared';
import type { Company, Shape } from '@kyoso/shared';
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import { useMemo, useRef } from 'react';
import { Shape as KonvaShape } from 'react-konva';
import { baseColor, cardColorsOf, tint } from './colors';
import { TEXT_BARS } from './drawShapes';

interface CoarseShapesProps {
  shapes: readonly Shape[];
  byId: (id: Shape['id']) => Shape | undefined;
  companies: readonly Company[];
}

type Box = [x: number, y: number, w: number, h: number];

interface Batches {
  /** Frames first (they are at the back), then fills, then strips, then text as grey bars. */
  frames: Box[];
  fills: Map<string, Box[]>;
  strips: Map<string, Box[]>;
  bars: Box[];
  lines: [number, number, number, number][];
  /** The world box around all of it (frames' outlines included), or null when empty. */
  bounds: Box | null;
}

/** Grows as boxes and lines are batched: one pass over the shapes, no second one for the bounds. */
class Extent {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;

  take(x1: number, y1: number, x2: number, y2: number): void {
    if (x1 < this.minX) this.minX = x1;
    if (x2 < this.minX) this.minX = x2;
    if (y1 < this.minY) this.minY = y1;
    if (y2 < this.minY) this.minY = y2;
    if (x1 > this.maxX) this.maxX = x1;
    if (x2 > this.maxX) this.maxX = x2;
    if (y1 > this.maxY) this.maxY = y1;
    if (y2 > this.maxY) this.maxY = y2;
  }

  box(): Box | null {
    if (this.minX > this.maxX) return null;
    const pad = 4; // half the frames' outline, and a pixel of slack
    return [
      this.minX - pad,
      this.minY - pad,
      this.maxX - this.minX + 2 * pad,
      this.maxY - this.minY + 2 * pad,
    ];
  }
}

function add(map: Map<string, Box[]>, color: string, box: Box) {
  const list = map.get(color);
  if (list) list.push(box);
  else map.set(color, [box]);
}

function batch(
  shapes: readonly Shape[],
  byId: CoarseShapesProps['byId'],
  companies: readonly Company[],
): Batches {
  const out: Batches = { frames: [], fills: new Map(), strips: new Map(), bars: [], lines: [], bounds: null };
  const extent = new Extent();
  // Thousands of cards share a handful of colours: worked out once per colour, not per card.
  const colorsOf = new Map<string, { fill: string; strip: string }>();
  const colorsFor = (shape: Exclude<Shape, { type: 'connector' | 'frame' | 'text' }>) => {
    const base = baseColor(shape, companies);
    const key = shape.type === 'sticky' ? `s${base}${shape.company ?? ''}` : `b${base}`;
    let colors = colorsOf.get(key);
    if (!colors) {
      colors =
        shape.type === 'sticky' ? cardColorsOf(shape, companies) : { fill: tint(base, 0.9), strip: base };
      colorsOf.set(key, colors);
    }
    return colors;
  };
  for (const shape of shapes) {
    if (shape.type === 'connector') {
      const from = byId(shape.from);
      const to = byId(shape.to);
      if (!from || !to || from.type === 'connector' || to.type === 'connector') continue;
      const line: [number, number, number, number] = [
        from.x + from.w / 2,
        from.y + from.h / 2,
        to.x + to.w / 2,
        to.y + to.h / 2,
      ];
      out.lines.push(line);
      extent.take(...line);
      continue;
    }
    extent.take(shape.x, shape.y, shape.x + shape.w, shape.y + shape.h);
    if (shape.type === 'frame') {
      out.frames.push([shape.x, shape.y, shape.w, shape.h]);
      continue;
    }
    if (shape.type === 'text') {
      add(out.fills, 'rgba(29, 36, 48, 0.25)', [
        shape.x,
        shape.y + shape.h * 0.3,
        shape.w * 0.8,
        shape.h * 0.4,
      ]);
      continue;
    }
    const colors = colorsFor(shape);
    add(out.fills, colors.fill, [shape.x, shape.y, shape.w, shape.h]);
    add(out.strips, colors.strip, [
      shape.x,
      shape.y,
      shape.w,
      Math.min(shape.h, shape.type === 'sticky' ? 12 : 4),
    ]);
    // Text far too small to read: two bars where it is, as the cards' own views draw it.
    if (shape.text) {
      out.bars.push([shape.x + shape.w * 0.15, shape.y + shape.h * 0.4, shape.w * 0.7, shape.h * 0.08]);
      out.bars.push([shape.x + shape.w * 0.25, shape.y + shape.h * 0.54, shape.w * 0.5, shape.h * 0.08]);
    }
  }
  out.bounds = extent.box();
  return out;
}

function fillBoxes(ctx: CanvasRenderingContext2D, color: string, boxes: readonly Box[]) {
  ctx.fillStyle = color;
  ctx.beginPath();
  for (const [x, y, w, h] of boxes) ctx.rect(x, y, w, h);
  ctx.fill();
}

function drawBatches(ctx: CanvasRenderingContext2D, batches: Batches) {
  if (batches.frames.length > 0) {
    fillBoxes(ctx, 'rgba(255, 255, 255, 0.72)', batches.frames);
    ctx.strokeStyle = PALETTE.textSubtle;
    ctx.lineWidth = 4;
    for (const [x, y, w, h] of batches.frames) ctx.strokeRect(x, y, w, h);
  }
  if (batches.lines.length > 0) {
    ctx.strokeStyle = PALETTE.textSubtle;
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (const [x1, y1, x2, y2] of batches.lines) {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.stroke();
  }
  for (const [color, boxes] of batches.fills) fillBoxes(ctx, color, boxes);
  for (const [color, boxes] of batches.strips) fillBoxes(ctx, color, boxes);
  if (batches.bars.length > 0) fillBoxes(ctx, TEXT_BARS, batches.bars);
}

/** Above this many pixels the bitmap costs more memory than it saves time: draw directly. */
const MAX_BITMAP_PIXELS = 4_000_000;

interface Bitmap {
  batches: Batches;
  /** Bitmap pixels per world unit. */
  scale: number;
  bounds: Box;
  canvas: HTMLCanvasElement;
}

/** The batches as a bitmap for drawing at `scale` (device pixels per world unit), or null. */
function bitmapFor(batches: Batches, scale: number, previous: Bitmap | null): Bitmap | null {
  if (
    previous &&
    previous.batches === batches &&
    scale <= previous.scale * 1.25 &&
    scale >= previous.scale / 2
  )
    return previous;
  const { bounds } = batches;
  if (!bounds) return null;
  const [x, y, w, h] = bounds;
  const width = Math.ceil(w * scale);
  const height = Math.ceil(h * scale);
  if (width * height > MAX_BITMAP_PIXELS || width < 1 || height < 1) return null;
  const canvas = previous?.canvas ?? document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(scale, 0, 0, scale, -x * scale, -y * scale);
  drawBatches(ctx, batches);
  return { batches, scale, bounds, canvas };
}

export function CoarseShapes({ shapes, byId, companies }: CoarseShapesProps) {
  const batches = useMemo(() => batch(shapes, byId, companies), [shapes, byId, companies]);
  const bitmap = useRef<Bitmap | null>(null);
  const draw = (context: Context, node: Konva.Shape) => {
    const ctx = context._context;
    const scale = node.getAbsoluteScale().x * context.getCanvas().getPixelRatio();
    bitmap.current = bitmapFor(batches, scale, bitmap.current);
    if (!bitmap.current) {
      drawBatches(ctx, batches);
      return;
    }
    const { canvas, bounds } = bitmap.current;
    const s = bitmap.current.scale;
    ctx.drawImage(canvas, bounds[0], bounds[1], canvas.width / s, canvas.height / s);
  };
  return <KonvaShape sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
}
