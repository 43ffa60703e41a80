// Lays a template out on the board for its companies: area frames at the back (so cards are
// never hidden), headings and checklists on top, all in one transaction (one undo step).
import * as Y from 'yjs';
import type { ShapeId } from '../../ids.js';
import { LOCALES, type Locale } from '../../templates.js';
import type { LayoutItem } from '../../templates/common.js';
import { layoutOf } from '../../templates/layouts.js';
import { readMeta } from '../meta.js';
import { shapesMap } from '../roots.js';
import { isBoxShape, writeShape, type Shape } from '../shape.js';
import { indicesBetween } from '../fractional-index.js';
import {
  allShapes,
  assertArgs,
  CommandError,
  coordinate,
  freshId,
  indicesAtEnd,
  text,
  zExtent,
} from './guards.js';

/** Space left between existing content and a template placed beside it. */
export const TEMPLATE_MARGIN = 400;

export interface ApplyTemplateArgs {
  template: string;
  locale: Locale;
  /** Top-left corner; omitted: at the origin on an empty board, else right of the content. */
  at?: { x: number; y: number };
  /** Makes the new ids; normally omitted (random ids). */
  newId?: () => ShapeId;
}

/** Where a template goes when no place is given: right of everything already there. */
function besideContent(doc: Y.Doc): { x: number; y: number } {
  const boxes = allShapes(doc)
    .map(({ shape }) => shape)
    .filter(isBoxShape);
  if (boxes.length === 0) return { x: 0, y: 0 };
  const right = Math.max(...boxes.map((box) => box.x + box.w));
  const top = Math.min(...boxes.map((box) => box.y));
  return { x: Math.ceil(right + TEMPLATE_MARGIN), y: Math.floor(top) };
}

/** Returns the new shape ids, frames first. A blank template adds nothing. */
export function applyTemplate(doc: Y.Doc, args: ApplyTemplateArgs, origin: unknown): ShapeId[] {
  assertArgs(args);
  const layout = typeof args.template === 'string' ? layoutOf(args.template) : undefined;
  if (!layout) throw new CommandError(`unknown template ${String(args.template).slice(0, 40)}`);
  if (!LOCALES.includes(args.locale)) throw new CommandError(`locale must be one of ${LOCALES.join(', ')}`);
  const companies = readMeta(doc).meta.companies;
  const at = args.at ?? besideContent(doc);
  const x0 = coordinate('at.x', at.x);
  const y0 = coordinate('at.y', at.y);
  const items = layout({ companies, locale: args.locale });
  if (items.length === 0) return [];
  const makeId = args.newId ?? ((): ShapeId => freshId(doc, undefined));
  const frames = items.filter((item) => item.type === 'frame');
  const texts = items.filter((item) => item.type === 'text');
  // Frames below everything, text above everything; on an empty board both ends are the same
  // place, so the text then goes above the new frames.
  const bottom = indicesAtEnd(doc, 'bottom', frames.length);
  const highest = zExtent(doc).top ?? bottom[bottom.length - 1] ?? null;
  const top = indicesBetween(highest, null, texts.length);
  const toShape = (item: LayoutItem, index: string): Shape => {
    const box = {
      x: coordinate('x', x0 + item.x),
      y: coordinate('y', y0 + item.y),
      w: item.w,
      h: item.h,
      index,
      color: item.color,
    };
    const id = freshId(doc, makeId());
    return item.type === 'frame'
      ? {
          id,
          type: 'frame',
          ...box,
          text: text('title', item.title),
          areaKind: item.areaKind,
          ...(item.areaCompany ? { areaCompany: item.areaCompany } : {}),
        }
      : { id, type: 'text', ...box, text: text('text', item.text) };
  };
  const shapes = [
    ...frames.map((item, i) => toShape(item, bottom[i] as string)),
    ...texts.map((item, i) => toShape(item, top[i] as string)),
  ];
  if (new Set(shapes.map((shape) => shape.id)).size !== shapes.length)
    throw new CommandError('newId returned the same id twice');
  doc.transact(() => {
    for (const shape of shapes) {
      const map = new Y.Map<unknown>();
      shapesMap(doc).set(shape.id, map);
      writeShape(map, shape);
    }
  }, origin);
  return shapes.map((shape) => shape.id);
}
