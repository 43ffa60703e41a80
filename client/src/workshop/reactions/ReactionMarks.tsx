// Reactions on the canvas overlay: each card in view that has some gets its pill (reactionPill.ts),
// in one Konva node for them all, clear of the card's revealed vote total (drawn on the same edge).
// Cards someone is dragging are left out until they land.
import { isCard, ownValue, PALETTE, type StickyShape } from '@kyoso/shared';
import { useMemo } from 'react';
import { Shape } from 'react-konva';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useHiddenShapes } from '../../canvas/hiddenShapes';
import { CANVAS_FONT } from '../../canvas/textMeasure';
import { useCullRegion } from '../../canvas/useCullRegion';
import { TOTAL_BADGE, totalBadge } from '../voting/dotLayout';
import { useVoteRound } from '../voting/useVoteRound';
import { layoutReactionPill, PILL } from './reactionPill';

type Ctx = CanvasRenderingContext2D;

export function ReactionMarks({ session, stores, workshop }: Omit<CanvasPartProps, 'actions'>) {
  const reactions = useStore(workshop.reactions);
  const all = useStore(session.shapes);
  const region = useCullRegion(stores);
  const hidden = useHiddenShapes(stores);
  const round = useVoteRound(workshop);
  const totals = round?.status === 'revealed' ? round.totals : null;
  const cards = useMemo(
    () =>
      reactions.size === 0
        ? []
        : session.shapes.search(region).flatMap((id) => {
            const shape = hidden.has(id) || !reactions.has(id) ? undefined : session.shapes.byId(id);
            return shape && isCard(shape) ? [shape] : [];
          }),
    // `all`: cards whose ids did not change may still have moved.
    [session, reactions, region, hidden, all],
  );
  if (cards.length === 0) return null;
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context, node) => {
        const ctx = context._context;
        const zoom = node.getAbsoluteScale().x;
        for (const card of cards) {
          const votes = ownValue(totals, card.id) ?? 0;
          const badge = votes > 0 ? totalBadge(card, votes, zoom) : null;
          const clearOfLeft = badge?.kind === 'count' ? TOTAL_BADGE.inset + badge.width : 0;
          drawPill(ctx, card, reactions.get(card.id) ?? [], zoom, clearOfLeft);
        }
      }}
    />
  );
}

function drawPill(
  ctx: Ctx,
  card: StickyShape,
  counts: Parameters<typeof layoutReactionPill>[0],
  zoom: number,
  clearOfLeft: number,
) {
  ctx.font = `600 ${PILL.font}px ${CANVAS_FONT}`;
  const pill = layoutReactionPill(counts, card.w * zoom, (text) => ctx.measureText(text).width, clearOfLeft);
  if (!pill) return;
  ctx.save();
  // Anchored at the card's bottom-right corner, drawn in screen pixels.
  ctx.translate(card.x + card.w, card.y + card.h);
  ctx.scale(1 / zoom, 1 / zoom);
  const left = -PILL.inset - pill.width;
  const top = -PILL.height / 2 + 2;
  ctx.fillStyle = PALETTE.surface;
  ctx.strokeStyle = PALETTE.borderStrong;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(left, top, pill.width, PILL.height, PILL.height / 2);
  ctx.fill();
  ctx.stroke();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const middle = top + PILL.height / 2 + 0.5;
  for (const part of pill.parts) {
    ctx.fillStyle = PALETTE.text;
    ctx.fillText(part.emoji, left + part.x, middle);
    ctx.fillText(part.count, left + part.countX, middle);
  }
  if (pill.more > 0) {
    ctx.fillStyle = PALETTE.muted;
    ctx.fillText(`+${pill.more}`, left + pill.moreX, middle);
  }
  ctx.restore();
}
