// Box shapes as drawing primitives, looking like the canvas (client/src/canvas/drawShapes.ts,
// FrameView.tsx): cards in a light tint of their company's colour with a strip of the full colour,
// their kind and fitted text; rectangles, ellipses and free text; frames with their title above.
import type { Company } from '../companies.js';
import { textBoxOf, type BoxShape } from '../model/shape.js';
import type { EllipseShape } from '../model/shapes/ellipse.js';
import type { RectShape } from '../model/shapes/rect.js';
import type { TextShape } from '../model/shapes/text.js';
import type { FrameShape } from '../model/shapes/frame.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import type { AgreementStatus } from '../workshop/agreements.js';
import {
  AGREED_GREEN,
  CHANGED_AMBER,
  baseColor,
  cardColorsOf,
  FRAME_COLOR,
  safeColor,
  shade,
  TEXT_COLOR,
  tint,
  WHITE,
} from './scene-colors.js';
import type { SceneItem, TextItem } from './scene-items.js';
import type { SceneLabels } from './scene-labels.js';
import { drawnText } from '../text/fit-text.js';
import { LINE_HEIGHT } from '../text/text-boxes.js';
import { cleanText, ellipsize, fitText, textWidth } from './text-layout.js';
import { layoutTagChips, TAG_CHIP } from '../tags/tag-chips.js';
const KIND_SIZE = 11;
const BADGE_HEIGHT = 20;
const BADGE_INSET = 8;
const BADGE_FONT = 11;

/** A shape's text fitted into its text box (its type's `textBox`), centred in it or from its top-left. */
function fittedText(shape: BoxShape, text: string, color: string, reserveBottom = 0): TextItem | null {
  const box = textBoxOf(shape, reserveBottom);
  const drawn = drawnText(text);
  if (!box || !cleanText(drawn).trim()) return null;
  const { rect, options, align } = box;
  const x = shape.x + rect.x;
  const y = shape.y + rect.y;
  const fit = fitText(drawn, rect.w, rect.h, options);
  return {
    type: 'text',
    x: align === 'left' ? x + options.padding : x + rect.w / 2,
    top: align === 'left' ? y + options.padding : y + (rect.h - fit.height) / 2,
    lines: fit.lines,
    size: fit.size,
    lineHeight: options.lineHeight,
    weight: 400,
    color,
    align,
  };
}

/** An exclamation mark: a short bar and a dot. */
function alertMark(cx: number, cy: number): SceneItem[] {
  return [
    {
      type: 'line',
      points: [
        { x: cx, y: cy - 4 },
        { x: cx, y: cy + 1 },
      ],
      stroke: WHITE,
      width: 2,
    },
    { type: 'ellipse', cx, cy: cy + 3.6, rx: 1.1, ry: 1.1, fill: WHITE, stroke: null, strokeWidth: 0 },
  ];
}

function checkMark(cx: number, cy: number, size: number, color: string, width: number): SceneItem {
  const s = size / 12;
  return {
    type: 'line',
    points: [
      { x: cx - 3.6 * s, y: cy + 0.2 * s },
      { x: cx - 1.2 * s, y: cy + 2.6 * s },
      { x: cx + 3.8 * s, y: cy - 2.8 * s },
    ],
    stroke: color,
    width,
  };
}

/** The agreement seal in a card's bottom-right corner: a green pill when every company agreed,
 * else one mark per company (filled with a check when it agreed). */
function agreementBadge(
  card: StickyShape,
  status: AgreementStatus,
  companies: readonly Company[],
  labels: SceneLabels,
): SceneItem[] {
  const room = card.w - 2 * BADGE_INSET;
  if (card.h < BADGE_HEIGHT + 2 * BADGE_INSET || room < BADGE_HEIGHT) return [];
  const bottom = card.y + card.h - BADGE_INSET;
  const right = card.x + card.w - BADGE_INSET;
  const cy = bottom - BADGE_HEIGHT / 2;
  const pill = (w: number, fill: string, stroke: string | null): SceneItem => ({
    type: 'rect',
    x: right - w,
    y: bottom - BADGE_HEIGHT,
    w,
    h: BADGE_HEIGHT,
    radius: BADGE_HEIGHT / 2,
    roundBottom: true,
    fill,
    fillOpacity: 1,
    stroke,
    strokeWidth: 1,
  });
  // Every company agreed to the content as it is: a green pill. Someone agreed to content that has
  // changed since: an amber one, so a stale agreement never reads as agreed on paper.
  const labelled = status.agreed
    ? { text: labels.agreed, fill: AGREED_GREEN }
    : status.changedSince.length > 0
      ? { text: labels.changedSinceAgreed, fill: CHANGED_AMBER }
      : null;
  if (labelled) {
    const labelW = textWidth(labelled.text, BADGE_FONT, 700);
    const withLabel = 5 + 12 + 4 + labelW + 7;
    const w = withLabel <= room ? withLabel : 22;
    const left = right - w;
    const mark = status.agreed ? [checkMark(left + 11, cy, 12, WHITE, 1.8)] : alertMark(left + 11, cy);
    const items: SceneItem[] = [pill(w, labelled.fill, null), ...mark];
    if (withLabel <= room)
      items.push({
        type: 'text',
        x: left + 21,
        top: cy - (BADGE_FONT * LINE_HEIGHT) / 2,
        lines: [labelled.text],
        size: BADGE_FONT,
        lineHeight: LINE_HEIGHT,
        weight: 700,
        color: WHITE,
        align: 'left',
      });
    return items;
  }
  const w = 10 + companies.length * 12 + Math.max(0, companies.length - 1) * 4;
  if (w > room) return [];
  const agreed = new Set(status.agreedBy);
  const items: SceneItem[] = [pill(w, WHITE, '#b9c1cd')];
  companies.forEach((company, i) => {
    const cx = right - w + 5 + i * 16 + 6;
    const color = safeColor(company.color, FRAME_COLOR);
    const on = agreed.has(company.key);
    items.push({
      type: 'ellipse',
      cx,
      cy,
      rx: 5.5,
      ry: 5.5,
      fill: on ? color : WHITE,
      stroke: on ? null : color,
      strokeWidth: 1.6,
    });
    if (on) items.push(checkMark(cx, cy, 10, WHITE, 1.6));
  });
  return items;
}

/** The card's tags as chips in its header row, as the canvas draws them. */
function tagChipItems(
  card: StickyShape,
  kindLabel: string | null,
  tagList: ReadonlyMap<string, string>,
): SceneItem[] {
  const labelEnd = kindLabel ? 10 + textWidth(kindLabel, KIND_SIZE, 700) : 0;
  const top = card.y + TAG_CHIP.cy - TAG_CHIP.height / 2;
  return layoutTagChips(card.tags ?? [], card.w, labelEnd, tagList).flatMap((chip): SceneItem[] => [
    {
      type: 'rect',
      x: card.x + chip.x,
      y: top,
      w: chip.w,
      h: TAG_CHIP.height,
      radius: TAG_CHIP.height / 2,
      roundBottom: true,
      fill: chip.fill,
      fillOpacity: 1,
      stroke: null,
      strokeWidth: 0,
    },
    {
      type: 'text',
      x: card.x + chip.x + TAG_CHIP.padX,
      top: card.y + TAG_CHIP.cy - (TAG_CHIP.size * LINE_HEIGHT) / 2,
      lines: [chip.label],
      size: TAG_CHIP.size,
      lineHeight: LINE_HEIGHT,
      weight: 700,
      color: chip.color,
      align: 'left',
    },
  ]);
}

export function stickyItems(
  card: StickyShape,
  companies: readonly Company[],
  labels: SceneLabels,
  status: AgreementStatus | null,
  tagList: ReadonlyMap<string, string> = new Map(),
): SceneItem[] {
  const colors = cardColorsOf(card, companies);
  const { x, y, w, h } = card;
  const hasBadge = status !== null && (status.agreedBy.length > 0 || status.changedSince.length > 0);
  const items: SceneItem[] = [
    // A faint shadow under the card, as on the canvas.
    {
      type: 'rect',
      x,
      y: y + 2,
      w,
      h,
      radius: 4,
      roundBottom: true,
      fill: '#101828',
      fillOpacity: 0.07,
      stroke: null,
      strokeWidth: 0,
    },
    {
      type: 'rect',
      x,
      y,
      w,
      h,
      radius: 4,
      roundBottom: true,
      fill: colors.fill,
      fillOpacity: 1,
      stroke: null,
      strokeWidth: 0,
    },
    {
      type: 'rect',
      x,
      y,
      w,
      h: Math.min(6, h),
      radius: 4,
      roundBottom: false,
      fill: colors.strip,
      fillOpacity: 1,
      stroke: null,
      strokeWidth: 0,
    },
  ];
  const kindLabel =
    card.kind && w > 30 && h > 24 ? ellipsize(labels.kinds[card.kind], w - 20, KIND_SIZE, 700) : null;
  if (kindLabel)
    items.push({
      type: 'text',
      x: x + 10,
      top: y + 17 - (KIND_SIZE * LINE_HEIGHT) / 2,
      lines: [kindLabel],
      size: KIND_SIZE,
      lineHeight: LINE_HEIGHT,
      weight: 700,
      color: colors.label,
      align: 'left',
    });
  if (card.tags && h > 24) items.push(...tagChipItems(card, kindLabel, tagList));
  // Text keeps clear of the badge, so a seal never covers words.
  const text = fittedText(card, card.text, TEXT_COLOR, hasBadge ? BADGE_HEIGHT - 4 : 0);
  if (text) items.push(text);
  if (hasBadge) items.push(...agreementBadge(card, status, companies, labels));
  return items;
}

export function boxItems(
  shape: RectShape | EllipseShape | TextShape,
  companies: readonly Company[],
): SceneItem[] {
  const base = baseColor(shape, companies);
  const { x, y, w, h } = shape;
  const items: SceneItem[] = [];
  if (shape.type === 'rect')
    items.push({
      type: 'rect',
      x,
      y,
      w,
      h,
      radius: 6,
      roundBottom: true,
      fill: tint(base, 0.9),
      fillOpacity: 1,
      stroke: base,
      strokeWidth: 2,
    });
  if (shape.type === 'ellipse')
    items.push({
      type: 'ellipse',
      cx: x + w / 2,
      cy: y + h / 2,
      rx: w / 2,
      ry: h / 2,
      fill: tint(base, 0.9),
      stroke: base,
      strokeWidth: 2,
    });
  const text = fittedText(shape, shape.text, shape.type === 'text' && shape.color ? base : TEXT_COLOR);
  if (text) items.push(text);
  return items;
}

/** Frame titles stay readable on paper: a sheet (a frame in no other frame) has the larger one. */
export const frameTitleSize = (topLevel: boolean): number => (topLevel ? 26 : 18);

export function frameItems(frame: FrameShape, labels: SceneLabels, topLevel: boolean): SceneItem[] {
  const color = safeColor(frame.color, FRAME_COLOR);
  const size = frameTitleSize(topLevel);
  const title = cleanText(drawnText(frame.text, 500)).trim();
  return [
    {
      type: 'rect',
      x: frame.x,
      y: frame.y,
      w: frame.w,
      h: frame.h,
      radius: 6,
      roundBottom: true,
      fill: WHITE,
      fillOpacity: 0.72,
      stroke: color,
      strokeWidth: 1.25,
    },
    {
      type: 'text',
      x: frame.x + 2,
      top: frame.y - size * 1.6,
      lines: [ellipsize(title || labels.untitledFrame, frame.w - 4, size, 700)],
      size,
      lineHeight: 1.3,
      weight: 700,
      color: title ? shade(color, 0.45) : FRAME_COLOR,
      align: 'left',
    },
  ];
}
