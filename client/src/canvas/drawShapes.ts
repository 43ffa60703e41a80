// Drawing a card or a box shape onto a 2D context in one pass. Each shape is one Konva node with
// this as its scene function: a board shows hundreds of shapes at once, and one node per shape
// draws several times faster than a group of rectangles and text nodes. What depends on the zoom
// (text or grey bars, the kind label) is decided here, at draw time, from the zoom the node is
// drawn at: zooming redraws the nodes but never re-renders them.
import { MIN_TEXT_SCREEN_PX } from './culling';
import { TAG_CHIP, type FittedText, type TagChip, type TextBox } from '@kyoso/shared';

type Ctx = CanvasRenderingContext2D;

export interface ShapeText {
  layout: FittedText;
  box: TextBox;
  color: string;
  font: string;
}

/** The colour of text drawn as grey bars. */
export const TEXT_BARS = 'rgba(29, 36, 48, 0.18)';

/** The kind label is 11 world units high: drawn from 5 screen pixels up. */
const LABEL_SIZE = 11;
const MIN_LABEL_SCREEN_PX = 5;

/** The top of the first line: text boxes centre their text, free text starts at the top. */
export const textTop = (text: ShapeText): number => {
  const { rect, options, align } = text.box;
  return align === 'left' ? rect.y + options.padding : rect.y + (rect.h - text.layout.height) / 2;
};

/** Draws `text` at `zoom`: below a few screen pixels high it is drawn as grey bars. */
export function drawText(ctx: Ctx, text: ShapeText, zoom: number): void {
  const { layout, box, color, font } = text;
  const { rect, options, align } = box;
  const step = layout.size * options.lineHeight;
  const top = textTop(text);
  const innerW = rect.w - 2 * options.padding;
  if (layout.size * zoom < MIN_TEXT_SCREEN_PX) {
    ctx.fillStyle = TEXT_BARS;
    layout.lines.slice(0, 12).forEach((line, i) => {
      const width = Math.min(innerW, [...line].length * layout.size * 0.8);
      if (width <= 0) return;
      const x = align === 'left' ? rect.x + options.padding : rect.x + (rect.w - width) / 2;
      ctx.fillRect(x, top + i * step + step * 0.3, width, layout.size * 0.5);
    });
    return;
  }
  ctx.fillStyle = color;
  ctx.font = `${layout.size}px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = align === 'left' ? 'left' : 'center';
  const x = align === 'left' ? rect.x + options.padding : rect.x + rect.w / 2;
  layout.lines.forEach((line, i) => ctx.fillText(line, x, top + (i + 0.5) * step));
}

function roundedRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}

export interface CardLook {
  w: number;
  h: number;
  fill: string;
  strip: string;
  labelColor: string;
  /** The kind shown at the top (when readable at the zoom drawn at), or null. */
  label: string | null;
  font: string;
  text: ShapeText | null;
  /** Its tags' chips in the header row, right of the label (tags/tag-chips.ts). */
  tags: readonly TagChip[];
}

function drawTagChips(ctx: Ctx, chips: readonly TagChip[], font: string): void {
  const top = TAG_CHIP.cy - TAG_CHIP.height / 2;
  ctx.font = `bold ${TAG_CHIP.size}px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const chip of chips) {
    ctx.fillStyle = chip.fill;
    roundedRect(ctx, chip.x, top, chip.w, TAG_CHIP.height, TAG_CHIP.height / 2);
    ctx.fill();
    ctx.fillStyle = chip.color;
    ctx.fillText(chip.label, chip.x + TAG_CHIP.padX, TAG_CHIP.cy + 0.5);
  }
}

export function drawCard(ctx: Ctx, card: CardLook, zoom: number): void {
  const { w, h } = card;
  ctx.fillStyle = 'rgba(16, 24, 40, 0.07)';
  roundedRect(ctx, 0, 2, w, h, 4);
  ctx.fill();
  ctx.fillStyle = card.fill;
  roundedRect(ctx, 0, 0, w, h, 4);
  ctx.fill();
  ctx.fillStyle = card.strip;
  ctx.beginPath();
  ctx.roundRect(0, 0, w, Math.min(6, h), [4, 4, 0, 0]);
  ctx.fill();
  const header = LABEL_SIZE * zoom >= MIN_LABEL_SCREEN_PX;
  const labelRight = card.tags.length > 0 ? (card.tags[0] as TagChip).x - 4 : w - 10;
  if (card.label && header) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(10, 8, Math.max(0, labelRight - 10), 16);
    ctx.clip();
    ctx.fillStyle = card.labelColor;
    ctx.font = `bold 11px ${card.font}`;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.fillText(card.label, 10, 17);
    ctx.restore();
  }
  if (header && card.tags.length > 0) drawTagChips(ctx, card.tags, card.font);
  if (card.text) drawText(ctx, card.text, zoom);
}

export interface BoxLook {
  kind: 'rect' | 'ellipse' | 'text';
  w: number;
  h: number;
  fill: string;
  stroke: string;
  text: ShapeText | null;
}

export function drawBox(ctx: Ctx, box: BoxLook, zoom: number): void {
  const { w, h } = box;
  if (box.kind !== 'text') {
    if (box.kind === 'rect') roundedRect(ctx, 0, 0, w, h, 6);
    else {
      ctx.beginPath();
      ctx.ellipse(w / 2, h / 2, w / 2, h / 2, 0, 0, Math.PI * 2);
    }
    ctx.fillStyle = box.fill;
    ctx.fill();
    ctx.strokeStyle = box.stroke;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  if (box.text) drawText(ctx, box.text, zoom);
}
