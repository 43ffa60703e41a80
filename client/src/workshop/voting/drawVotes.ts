// Drawing the vote overlay in one pass per kind of mark (dims, dots, totals): a board can show
// hundreds of cards, and one Konva node drawing them all is far cheaper than a node per mark.
// World coordinates; marks of constant screen size are drawn under a 1/zoom scale.
import { PALETTE } from '@kyoso/shared';
import type { Rect } from '../../sync/session-types';
import type { DotLayout, TotalBadge } from './dotLayout';
import { TOTAL_BADGE } from './dotLayout';

type Ctx = CanvasRenderingContext2D;

export const VOTE_COLORS = {
  dot: PALETTE.vote,
  dotRing: PALETTE.surface,
  badge: PALETTE.surfaceInverse,
  badgeTop: PALETTE.voteTopStrong,
  badgeText: PALETTE.textInverse,
  top: PALETTE.voteTop,
  /** The canvas background, laid over cards that are not part of what is shown. */
  dim: 'rgba(249, 250, 251, 0.74)',
} as const;

export function drawDims(ctx: Ctx, rects: readonly Rect[]): void {
  if (rects.length === 0) return;
  ctx.fillStyle = VOTE_COLORS.dim;
  for (const rect of rects) ctx.fillRect(rect.x - 1, rect.y - 1, rect.w + 2, rect.h + 2);
}

/** A ring around each card of the top N, constant 3 px on screen. */
export function drawTopRings(ctx: Ctx, rects: readonly Rect[], zoom: number): void {
  if (rects.length === 0) return;
  const pad = 4 / zoom;
  ctx.strokeStyle = VOTE_COLORS.top;
  ctx.lineWidth = 3 / zoom;
  for (const rect of rects) {
    ctx.beginPath();
    ctx.roundRect(rect.x - pad, rect.y - pad, rect.w + 2 * pad, rect.h + 2 * pad, 6 / zoom);
    ctx.stroke();
  }
}

export function drawDots(ctx: Ctx, layouts: readonly DotLayout[], zoom: number, font: string): void {
  for (const { r, dots, more } of layouts) {
    ctx.lineWidth = Math.min(r * 0.35, 2 / zoom);
    ctx.strokeStyle = VOTE_COLORS.dotRing;
    ctx.fillStyle = VOTE_COLORS.dot;
    for (const dot of more ? [...dots, more] : dots) {
      ctx.beginPath();
      ctx.arc(dot.cx, dot.cy, r, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
    }
    if (more) {
      ctx.fillStyle = VOTE_COLORS.badgeText;
      ctx.font = `bold ${r * 0.95}px ${font}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(`+${more.count}`, more.cx, more.cy);
      ctx.fillStyle = VOTE_COLORS.dot;
    }
  }
}

export interface TotalMark {
  badge: TotalBadge;
  votes: number;
  top: boolean;
}

export function drawTotals(ctx: Ctx, marks: readonly TotalMark[], zoom: number, font: string): void {
  const { padX, glyph, gap } = TOTAL_BADGE;
  for (const { badge, votes, top } of marks) {
    ctx.save();
    ctx.translate(badge.x, badge.y);
    ctx.scale(1 / zoom, 1 / zoom);
    ctx.fillStyle = top ? VOTE_COLORS.badgeTop : VOTE_COLORS.badge;
    ctx.beginPath();
    ctx.roundRect(0, 0, badge.width, badge.height, badge.height / 2);
    ctx.fill();
    if (badge.kind === 'count') {
      ctx.strokeStyle = VOTE_COLORS.dotRing;
      ctx.lineWidth = 1.5;
      ctx.stroke();
      ctx.fillStyle = VOTE_COLORS.dot;
      ctx.beginPath();
      ctx.arc(padX + glyph / 2, badge.height / 2, glyph / 2, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = VOTE_COLORS.badgeText;
      ctx.font = `bold 13px ${font}`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(String(votes), padX + glyph + gap, badge.height / 2 + 0.5);
    }
    ctx.restore();
  }
}
