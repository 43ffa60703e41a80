// A board as a list of drawing primitives in world coordinates plus the area to show: what the
// SVG, PNG and PDF exports paint. Pure: the same scene on the server and in the browser.
import { unionOf } from '../geometry/free-space.js';
import type { ShapeId } from '../ids.js';
import { boxContains, childrenOfFrame } from '../model/commands/arrange.js';
import { isBoxShape, type BoxShape, type Shape } from '../model/shape.js';
import type { FrameShape } from '../model/shapes/frame.js';
import type { TextShape } from '../model/shapes/text.js';
import { inLocale, templateWording } from '../templates/template-wording.js';
import { currentAgreementContent } from '../workshop/agreement-content.js';
import { agreementStatus, foldAgreements } from '../workshop/agreements.js';
import type { DrawOptions, ExportInput } from './input.js';
import { MUTED_TEXT, TEXT_COLOR } from './scene-colors.js';
import { connectorItems } from './scene-connectors.js';
import type { Box, SceneItem } from './scene-items.js';
import { sceneLabels } from './scene-labels.js';
import { boxItems, frameItems, frameTitleSize, stickyItems } from './scene-shapes.js';
import { drawnText } from '../text/fit-text.js';
import { cleanText, textWidth, wrapText } from './text-layout.js';

export interface Scene {
  /** The board's title (or "untitled" in its language). */
  title: string;
  /** The title of the frame drawn, when one is. */
  frameTitle: string | null;
  /** The world area to show: what is drawn plus a margin. */
  bounds: Box;
  items: SceneItem[];
  /** Nothing of the board was drawn: the scene is a short note instead. */
  empty: boolean;
}

const MARGIN = 40;

/** The area an item covers (text by its estimated widths). */
export function itemBounds(item: SceneItem): Box {
  switch (item.type) {
    case 'rect':
      return { x: item.x, y: item.y, w: item.w, h: item.h };
    case 'ellipse':
      return { x: item.cx - item.rx, y: item.cy - item.ry, w: 2 * item.rx, h: 2 * item.ry };
    case 'line':
    case 'polygon': {
      const xs = item.points.map((p) => p.x);
      const ys = item.points.map((p) => p.y);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
    }
    case 'text': {
      let w = 0;
      for (const line of item.lines) w = Math.max(w, textWidth(line, item.size, item.weight));
      const x = item.align === 'left' ? item.x : item.align === 'center' ? item.x - w / 2 : item.x - w;
      return { x, y: item.top, w, h: item.lines.length * item.size * item.lineHeight };
    }
  }
}

const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  w: box.w + 2 * by,
  h: box.h + 2 * by,
});

const isFrame = (shape: Shape): shape is FrameShape => shape.type === 'frame';

/** Frames not inside another frame, in reading order: rows top to bottom, each left to right. */
export function topLevelFrames(shapes: readonly Shape[]): FrameShape[] {
  const frames = shapes.filter(isFrame);
  const top = frames.filter(
    (frame) =>
      !frames.some(
        (other) => other.id !== frame.id && boxContains(other, frame) && !boxContains(frame, other),
      ),
  );
  const byY = [...top].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: FrameShape[][] = [];
  let rowBottom = -Infinity;
  for (const frame of byY) {
    const row = rows[rows.length - 1];
    // A frame starting above the middle of the current row's first frame sits in that row.
    if (row && frame.y < rowBottom) row.push(frame);
    else {
      rows.push([frame]);
      rowBottom = frame.y + frame.h / 2;
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}

/** Which shapes to draw: all, or a frame and the shapes inside it (connectors between them). */
function selectShapes(shapes: readonly Shape[], frame: FrameShape | null): Shape[] {
  if (!frame) return [...shapes];
  const inside = new Set<ShapeId>([frame.id, ...childrenOfFrame(frame, shapes)]);
  return shapes.filter((shape) =>
    shape.type === 'connector' ? inside.has(shape.from) && inside.has(shape.to) : inside.has(shape.id),
  );
}

function emptyScene(title: string, note: string): Scene {
  const width = 640;
  const titleLines = wrapText(title, width - 2 * MARGIN, 24, 700).slice(0, 3);
  const items: SceneItem[] = [
    {
      type: 'text',
      x: MARGIN,
      top: MARGIN,
      lines: titleLines,
      size: 24,
      lineHeight: 1.3,
      weight: 700,
      color: TEXT_COLOR,
      align: 'left',
    },
  ];
  const noteTop = MARGIN + titleLines.length * 24 * 1.3 + 12;
  items.push({
    type: 'text',
    x: MARGIN,
    top: noteTop,
    lines: [note],
    size: 16,
    lineHeight: 1.3,
    weight: 400,
    color: MUTED_TEXT,
    align: 'left',
  });
  return {
    title,
    frameTitle: null,
    bounds: { x: 0, y: 0, w: width, h: noteTop + 16 * 1.3 + MARGIN },
    items,
    empty: true,
  };
}

/** The scene of a board (or of one frame of it). An unknown frame draws the whole board. */
export function buildScene(input: ExportInput, options: DrawOptions): Scene {
  const locale = options.locale ?? input.board.locale;
  const labels = sceneLabels(locale);
  const wording = templateWording(input.board.companies);
  const inReaderLanguage = <T extends FrameShape | TextShape>(shape: T): T => {
    const text = inLocale(wording, shape.text, locale);
    return text === shape.text ? shape : { ...shape, text };
  };
  const title = cleanText(input.board.title).trim() || labels.untitledBoard;
  const frame =
    options.frame === null
      ? null
      : (input.shapes.find((s): s is FrameShape => s.id === options.frame && isFrame(s)) ?? null);
  const shapes = selectShapes(input.shapes, frame);
  const boxes = new Map<ShapeId, BoxShape>();
  for (const shape of input.shapes) if (isBoxShape(shape)) boxes.set(shape.id, shape);
  const agreements = foldAgreements(input.ledger);
  const current = currentAgreementContent(input.shapes);
  const companies = input.board.companies;
  const sheets = new Set(topLevelFrames(input.shapes).map((sheet) => sheet.id));

  const items: SceneItem[] = [];
  for (const shape of shapes) {
    switch (shape.type) {
      case 'sticky':
        items.push(
          ...stickyItems(
            shape,
            companies,
            labels,
            agreements.has(shape.id)
              ? agreementStatus(agreements, shape.id, companies, current(shape.id)?.digest ?? null)
              : null,
          ),
        );
        break;
      case 'rect':
      case 'ellipse':
        items.push(...boxItems(shape, companies));
        break;
      case 'text':
        items.push(...boxItems(inReaderLanguage(shape), companies));
        break;
      case 'frame':
        items.push(...frameItems(inReaderLanguage(shape), labels, sheets.has(shape.id)));
        break;
      case 'connector': {
        const from = boxes.get(shape.from);
        const to = boxes.get(shape.to);
        if (from && to) items.push(...connectorItems(shape, from, to));
        break;
      }
    }
  }
  if (items.length === 0) return emptyScene(title, labels.emptyBoard);

  const frameTitle = frame
    ? cleanText(drawnText(inReaderLanguage(frame).text, 500)).trim() || labels.untitledFrame
    : null;
  const drawn = frame
    ? unionOf([
        frame,
        { x: frame.x, y: frame.y - frameTitleSize(sheets.has(frame.id)) * 1.7, w: frame.w, h: 1 },
      ])
    : unionOf(items.map(itemBounds));
  return {
    title,
    frameTitle,
    bounds: grow(drawn ?? { x: 0, y: 0, w: 1, h: 1 }, MARGIN),
    items,
    empty: false,
  };
}
