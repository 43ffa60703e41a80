// Drawing an agreement badge (see badgeLayout.ts) onto a 2D context in one pass, in screen pixels.
import { PALETTE } from '@kyoso/shared';
import type { BadgeLayout } from './badgeLayout';

type Ctx = CanvasRenderingContext2D;

export const AGREED_GREEN = PALETTE.success;
/** Agreed to content that has changed since (the exports use the same colour). */
export const CHANGED_AMBER = PALETTE.warningStrong;
export const BADGE_FONT_SIZE = 11;
const OUTLINE = PALETTE.borderStrong;

function pill(ctx: Ctx, w: number, h: number): void {
  ctx.beginPath();
  ctx.roundRect(0, 0, w, h, h / 2);
}

function check(ctx: Ctx, cx: number, cy: number, size: number, color: string): void {
  const s = size / 12;
  ctx.beginPath();
  ctx.moveTo(cx - 3.6 * s, cy + 0.2 * s);
  ctx.lineTo(cx - 1.2 * s, cy + 2.6 * s);
  ctx.lineTo(cx + 3.8 * s, cy - 2.8 * s);
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.8;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke();
}

/** An exclamation mark: a short bar and a dot. */
function alert(ctx: Ctx, cx: number, cy: number): void {
  ctx.beginPath();
  ctx.moveTo(cx, cy - 4.5);
  ctx.lineTo(cx, cy + 1);
  ctx.strokeStyle = PALETTE.surface;
  ctx.lineWidth = 2;
  ctx.lineCap = 'round';
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(cx, cy + 3.8, 1.2, 0, Math.PI * 2);
  ctx.fillStyle = PALETTE.surface;
  ctx.fill();
}

export function drawBadge(ctx: Ctx, layout: BadgeLayout, label: string, font: string): void {
  const { width: w, height: h } = layout;
  ctx.save();
  ctx.shadowColor = 'rgba(16, 24, 40, 0.18)';
  ctx.shadowBlur = 3;
  ctx.shadowOffsetY = 1;
  if (layout.kind === 'dot') {
    ctx.beginPath();
    ctx.arc(w / 2, h / 2, w / 2, 0, Math.PI * 2);
    ctx.fillStyle = layout.agreed ? AGREED_GREEN : PALETTE.surface;
    ctx.fill();
    ctx.restore();
    if (!layout.agreed) {
      ctx.strokeStyle = PALETTE.muted;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
    return;
  }
  pill(ctx, w, h);
  ctx.fillStyle =
    layout.kind === 'agreed' ? AGREED_GREEN : layout.kind === 'changed' ? CHANGED_AMBER : PALETTE.surface;
  ctx.fill();
  ctx.restore();
  if (layout.kind !== 'marks') {
    if (layout.kind === 'agreed') check(ctx, layout.checkX + 6, h / 2, 12, PALETTE.surface);
    else alert(ctx, layout.checkX + 6, h / 2);
    if (layout.labelX !== null) {
      ctx.fillStyle = PALETTE.surface;
      ctx.font = `bold ${BADGE_FONT_SIZE}px ${font}`;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      ctx.fillText(label, layout.labelX, h / 2 + 0.5);
    }
    return;
  }
  ctx.strokeStyle = OUTLINE;
  ctx.lineWidth = 1;
  pill(ctx, w, h);
  ctx.stroke();
  for (const mark of layout.marks) {
    ctx.beginPath();
    ctx.arc(mark.cx, h / 2, 5.5, 0, Math.PI * 2);
    if (mark.agreed) {
      ctx.fillStyle = mark.color;
      ctx.fill();
      check(ctx, mark.cx, h / 2, 10, PALETTE.surface);
    } else {
      ctx.fillStyle = PALETTE.surface;
      ctx.fill();
      ctx.strokeStyle = mark.color;
      ctx.lineWidth = 1.6;
      ctx.stroke();
    }
  }
}
