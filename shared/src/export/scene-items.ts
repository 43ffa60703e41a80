// The drawing primitives a scene is made of, in world coordinates. Each renderer (SVG here, PDF
// on the server) paints exactly these, so every drawing export shows the same picture.
import type { FontWeight } from './text-layout.js';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RectItem {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  radius: number;
  /** False: only the top corners are rounded (a card's colour strip). */
  roundBottom: boolean;
  fill: string | null;
  /** 0..1, of the fill only. */
  fillOpacity: number;
  stroke: string | null;
  strokeWidth: number;
}

export interface EllipseItem {
  type: 'ellipse';
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
}

/** An open polyline with round caps and joins. */
export interface LineItem {
  type: 'line';
  points: Point[];
  stroke: string;
  width: number;
}

/** A filled closed shape (arrow heads). */
export interface PolygonItem {
  type: 'polygon';
  points: Point[];
  fill: string;
}

/** Already wrapped lines; line i is centred vertically on top + (i + 0.5) × size × lineHeight. */
export interface TextItem {
  type: 'text';
  /** Left edge, centre or right edge of the lines, by `align`. */
  x: number;
  top: number;
  lines: string[];
  size: number;
  lineHeight: number;
  weight: FontWeight;
  color: string;
  align: 'left' | 'center' | 'right';
}

export type SceneItem = RectItem | EllipseItem | LineItem | PolygonItem | TextItem;

/** Where the alphabetic baseline of line `i` of a text item lies (Noto Sans JP's em box). */
export const baselineOf = (item: TextItem, i: number): number =>
  item.top + (i + 0.5) * item.size * item.lineHeight + 0.35 * item.size;

/** The SVG path of a rectangle with rounded corners (only the top ones unless `roundBottom`). */
export function roundedRectPath(rect: RectItem): string {
  const { x, y, w, h } = rect;
  const r = Math.max(0, Math.min(rect.radius, w / 2, h / 2));
  const b = rect.roundBottom ? r : 0;
  const n = (v: number) => String(Math.round(v * 100) / 100);
  return [
    `M${n(x + r)} ${n(y)}`,
    `H${n(x + w - r)}`,
    r ? `A${n(r)} ${n(r)} 0 0 1 ${n(x + w)} ${n(y + r)}` : '',
    `V${n(y + h - b)}`,
    b ? `A${n(b)} ${n(b)} 0 0 1 ${n(x + w - b)} ${n(y + h)}` : '',
    `H${n(x + b)}`,
    b ? `A${n(b)} ${n(b)} 0 0 1 ${n(x)} ${n(y + h - b)}` : '',
    `V${n(y + r)}`,
    r ? `A${n(r)} ${n(r)} 0 0 1 ${n(x + r)} ${n(y)}` : '',
    'Z',
  ]
    .filter(Boolean)
    .join(' ');
}
