// Building blocks shared by the template layouts. A layout is pure data in template-local
// coordinates (top-left at 0, 0): area frames and text shapes. `applyTemplate` gives them ids,
// places them on the board and writes them.
import type { Company } from '../companies.js';
import type { CompanyKey } from '../ids.js';
import type { CardKind } from '../model/shapes/fields.js';
import type { Locale } from '../templates.js';

export interface LayoutArea {
  type: 'frame';
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  color: string | null;
  /** Absent on frames that only group or head other areas (the sheet, a stage heading). */
  areaKind?: CardKind;
  areaCompany?: CompanyKey;
}

export interface LayoutText {
  type: 'text';
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  color: string | null;
}

export type LayoutItem = LayoutArea | LayoutText;

export interface LayoutInput {
  companies: readonly Company[];
  locale: Locale;
}

export type TemplateLayout = (input: LayoutInput) => LayoutItem[];

export type Phrase = Record<Locale, string>;
export const say = (locale: Locale, phrase: Phrase): string => phrase[locale];

/** Room for one card (STICKY_DEFAULTS) and the space around it. */
export const CARD_W = 200;
export const CARD_H = 160;
export const PAD = 20;
/** Between side-by-side areas. */
export const GAP_X = 40;
/** Between stacked areas: a frame's title is drawn above it at screen size, so it needs room
 * even at "zoom to fit". */
export const GAP_Y = 90;
/** Free text is drawn at most 20 px with line height 1.3 and 4 px padding. */
export const TEXT_LINE = 26;
/** Text height for a number of lines at full size, with a little room so it is never shrunk. */
export const textHeight = (lines: number): number => lines * TEXT_LINE + 14;

/** Width and height of an area that holds `cols` × `rows` cards. */
export const cardsWide = (cols: number): number => cols * CARD_W + (cols + 1) * PAD;
export const cardsHigh = (rows: number): number => rows * CARD_H + (rows + 1) * PAD;

export function area(
  x: number,
  y: number,
  w: number,
  h: number,
  title: string,
  areaKind: CardKind | null,
  company?: Company,
): LayoutArea {
  return {
    type: 'frame',
    x,
    y,
    w,
    h,
    title,
    color: company?.color ?? null,
    ...(areaKind ? { areaKind } : {}),
    ...(company ? { areaCompany: company.key } : {}),
  };
}

/** Room a lane keeps around the areas inside it: their titles are drawn above them. */
export const LANE_TOP = 70;

/**
 * A company's lane around a row of areas laid out from (PAD, LANE_TOP) inside it: cards dropped
 * between the areas still take the company.
 */
export function lane(y: number, w: number, inner: number, company: Company): LayoutArea {
  return area(0, y, w, LANE_TOP + inner + PAD, company.name, null, company);
}

/**
 * The template's sheet: one frame titled with the template's name around everything, the
 * instructions at its top and the content below (content coordinates start at 0, 0). Dragging
 * the sheet moves the whole template.
 */
export function sheet(title: string, instructions: string, content: readonly LayoutItem[]): LayoutItem[] {
  const contentW = Math.max(0, ...content.map((item) => item.x + item.w));
  const contentH = Math.max(0, ...content.map((item) => item.y + item.h));
  const width = Math.max(contentW, 900);
  const help = text(SHEET_PAD, SHEET_PAD, width, instructions);
  const dy = help.y + help.h + GAP_Y;
  const frame: LayoutArea = {
    type: 'frame',
    x: 0,
    y: 0,
    w: width + 2 * SHEET_PAD,
    h: dy + contentH + SHEET_PAD,
    title,
    color: null,
  };
  return [frame, help, ...content.map((item) => ({ ...item, x: item.x + SHEET_PAD, y: item.y + dy }))];
}
export const SHEET_PAD = 40;

export function text(x: number, y: number, w: number, body: string, color: string | null = null): LayoutText {
  return { type: 'text', x, y, w, h: textHeight(body.split('\n').length), text: body, color };
}

/** A checklist as text: one ☐ line per item. */
export const checklist = (lines: readonly string[]): string => lines.map((line) => `☐ ${line}`).join('\n');

/** Columns side by side, `width` each: the x of column i. */
export const columnX = (i: number, width: number): number => i * (width + GAP_X);
export const columnsWidth = (n: number, width: number): number => n * width + Math.max(0, n - 1) * GAP_X;
