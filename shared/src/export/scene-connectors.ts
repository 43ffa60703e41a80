// Connectors as drawing primitives, like the canvas (client/src/canvas/ConnectorView.tsx and
// connectorGeometry.ts): a line from the edge of one shape to the edge of the other along the
// line between their centres, arrow heads at the ends that have them, the label on a white tag.
import { connectorLine, type ConnectorLine, type Outline } from '../geometry/connector-line.js';
import type { BoxShape } from '../model/shape.js';
import type { ConnectorShape } from '../model/shapes/connector.js';
import { CONNECTOR_COLOR, safeColor, TEXT_COLOR, WHITE } from './scene-colors.js';
import type { Point, SceneItem } from './scene-items.js';
import { drawnText } from '../text/fit-text.js';
import { cleanText, ellipsize, textWidth } from './text-layout.js';

const outlineOf = (shape: BoxShape): Outline => (shape.type === 'ellipse' ? 'ellipse' : 'box');

/** The line between two shapes, `gap` off each outline so arrow heads stay visible. */
const shapeLine = (from: BoxShape, to: BoxShape): ConnectorLine =>
  connectorLine(from, outlineOf(from), to, outlineOf(to));

const HEAD_LENGTH = 12;
const HEAD_WIDTH = 11;
const LABEL_SIZE = 14;
const LABEL_PADDING = 6;
const LABEL_MAX_WIDTH = 360;

/** A filled arrow head with its tip at `tip`, pointing away from `from`. */
function arrowHead(tip: Point, from: Point, color: string): SceneItem | null {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length === 0) return null;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const bx = tip.x - ux * HEAD_LENGTH;
  const by = tip.y - uy * HEAD_LENGTH;
  const half = HEAD_WIDTH / 2;
  return {
    type: 'polygon',
    points: [tip, { x: bx - uy * half, y: by + ux * half }, { x: bx + uy * half, y: by - ux * half }],
    fill: color,
  };
}

export function connectorItems(shape: ConnectorShape, from: BoxShape, to: BoxShape): SceneItem[] {
  const { start, end } = shapeLine(from, to);
  const color = safeColor(shape.color, CONNECTOR_COLOR);
  const items: SceneItem[] = [{ type: 'line', points: [start, end], stroke: color, width: 2 }];
  const heads = [
    shape.endArrow === 'arrow' ? arrowHead(end, start, color) : null,
    shape.startArrow === 'arrow' ? arrowHead(start, end, color) : null,
  ];
  for (const head of heads) if (head) items.push(head);
  const lines = cleanText(drawnText(shape.text, 2_000))
    .split('\n')
    .map((line) => ellipsize(line, LABEL_MAX_WIDTH, LABEL_SIZE))
    .slice(0, 6);
  if (lines.some((line) => line.trim())) {
    const w = Math.max(...lines.map((line) => textWidth(line, LABEL_SIZE))) + 2 * LABEL_PADDING;
    const h = lines.length * LABEL_SIZE * 1.3 + 2 * LABEL_PADDING;
    const cx = (start.x + end.x) / 2 + shape.x;
    const cy = (start.y + end.y) / 2 + shape.y;
    items.push(
      {
        type: 'rect',
        x: cx - w / 2,
        y: cy - h / 2,
        w,
        h,
        radius: 4,
        roundBottom: true,
        fill: WHITE,
        fillOpacity: 1,
        stroke: '#d8dde5',
        strokeWidth: 1,
      },
      {
        type: 'text',
        x: cx,
        top: cy - h / 2 + LABEL_PADDING,
        lines,
        size: LABEL_SIZE,
        lineHeight: 1.3,
        weight: 400,
        color: TEXT_COLOR,
        align: 'center',
      },
    );
  }
  return items;
}
