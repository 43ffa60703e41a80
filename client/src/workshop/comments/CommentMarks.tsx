// Comment threads on the canvas overlay: a card in view with an open thread gets a speech bubble
// with its comment count at its top-right corner (constant screen size), in one Konva node.
import { isCard, PALETTE, type StickyShape } from '@kyoso/shared';
import { useMemo } from 'react';
import { Shape } from 'react-konva';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useHiddenShapes } from '../../canvas/hiddenShapes';
import { CANVAS_FONT } from '../../canvas/textMeasure';
import { useCullRegion } from '../../canvas/useCullRegion';

const BUBBLE = { h: 18, padX: 6, font: 11, minCardWidth: 48 } as const;

export function CommentMarks({ session, stores, workshop }: Omit<CanvasPartProps, 'actions'>) {
  const threads = useStore(workshop.threads);
  const all = useStore(session.shapes);
  const region = useCullRegion(stores);
  const hidden = useHiddenShapes(stores);
  const cards = useMemo(() => {
    const open = new Set([...threads.values()].filter((t) => t.resolved === null).map((t) => t.card));
    if (open.size === 0) return [];
    return session.shapes.search(region).flatMap((id) => {
      const shape = hidden.has(id) || !open.has(id) ? undefined : session.shapes.byId(id);
      return shape && isCard(shape) ? [shape] : [];
    });
    // `all`: cards whose ids did not change may still have moved.
  }, [session, threads, region, hidden, all]);
  if (cards.length === 0) return null;
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context, node) => {
        const ctx = context._context;
        const zoom = node.getAbsoluteScale().x;
        for (const card of cards) drawBubble(ctx, card, threads.get(card.id)?.comments.length ?? 0, zoom);
      }}
    />
  );
}

function drawBubble(ctx: CanvasRenderingContext2D, card: StickyShape, count: number, zoom: number) {
  if (count === 0 || card.w * zoom < BUBBLE.minCardWidth) return;
  ctx.save();
  ctx.translate(card.x + card.w, card.y);
  ctx.scale(1 / zoom, 1 / zoom);
  ctx.font = `700 ${BUBBLE.font}px ${CANVAS_FONT}`;
  const label = String(count);
  const w = Math.max(BUBBLE.h, ctx.measureText(label).width + 2 * BUBBLE.padX);
  // Straddling the card's top-right corner, its tail pointing into the card.
  const left = -w + 6;
  const top = -BUBBLE.h + 4;
  ctx.fillStyle = PALETTE.focus;
  ctx.beginPath();
  ctx.roundRect(left, top, w, BUBBLE.h, BUBBLE.h / 2);
  ctx.moveTo(left + 5, top + BUBBLE.h - 3);
  ctx.lineTo(left + 2, top + BUBBLE.h + 4);
  ctx.lineTo(left + 11, top + BUBBLE.h - 2);
  ctx.fill();
  ctx.fillStyle = PALETTE.textInverse;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, left + w / 2, top + BUBBLE.h / 2 + 0.5);
  ctx.restore();
}
