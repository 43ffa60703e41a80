// A crowded view (thousands of shapes on screen, text unreadable anyway) drawn by one Konva Shape:
// boxes batched by colour into one path each (a few fills per frame, not one per shape), and
// connectors as one path of lines. No node per shape.
import { PALETTE } from '@kyoso/shared';
import type { Company, Shape } from '@kyoso/shared';
import type { Context } from 'konva/lib/Context';
import { useMemo } from 'react';
import { Shape as KonvaShape } from 'react-konva';
import { baseColor, cardColors, tint } from './colors';

interface CoarseShapesProps {
  shapes: readonly Shape[];
  byId: (id: Shape['id']) => Shape | undefined;
  companies: readonly Company[];
}

type Box = [x: number, y: number, w: number, h: number];

interface Batches {
  /** Frames first (they are at the back), then fills, then strips. */
  frames: Box[];
  fills: Map<string, Box[]>;
  strips: Map<string, Box[]>;
  lines: [number, number, number, number][];
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
  const out: Batches = { frames: [], fills: new Map(), strips: new Map(), lines: [] };
  for (const shape of shapes) {
    if (shape.type === 'connector') {
      const from = byId(shape.from);
      const to = byId(shape.to);
      if (!from || !to || from.type === 'connector' || to.type === 'connector') continue;
      out.lines.push([from.x + from.w / 2, from.y + from.h / 2, to.x + to.w / 2, to.y + to.h / 2]);
      continue;
    }
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
    const base = baseColor(shape, companies);
    const colors = shape.type === 'sticky' ? cardColors(base) : { fill: tint(base, 0.9), strip: base };
    add(out.fills, colors.fill, [shape.x, shape.y, shape.w, shape.h]);
    add(out.strips, colors.strip, [
      shape.x,
      shape.y,
      shape.w,
      Math.min(shape.h, shape.type === 'sticky' ? 12 : 4),
    ]);
  }
  return out;
}

function fillBoxes(ctx: CanvasRenderingContext2D, color: string, boxes: readonly Box[]) {
  ctx.fillStyle = color;
  ctx.beginPath();
  for (const [x, y, w, h] of boxes) ctx.rect(x, y, w, h);
  ctx.fill();
}

export function CoarseShapes({ shapes, byId, companies }: CoarseShapesProps) {
  const batches = useMemo(() => batch(shapes, byId, companies), [shapes, byId, companies]);
  const draw = (context: Context) => {
    const ctx = context._context;
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
  };
  return <KonvaShape sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
}
