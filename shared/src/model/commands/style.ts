// Colour, company and kind of cards, and the board's title.
import type * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../../ids.js';
import { MAX_TITLE_LENGTH } from '../../title.js';
import { metaMap } from '../roots.js';
import { isWellFormed } from '../well-formed.js';
import type { CardKind } from '../shapes/fields.js';
import {
  assertArgs,
  boardCompany,
  cardKind,
  color,
  CommandError,
  requireShape,
  shapeIdList,
} from './guards.js';

export interface SetColorArgs {
  ids: readonly ShapeId[];
  /** null removes the colour: the shape is drawn in its default (its company's, for a card). */
  color: string | null;
}

export function setColor(doc: Y.Doc, args: SetColorArgs, origin: unknown): void {
  assertArgs(args);
  const value = color(args.color);
  const targets = shapeIdList(args.ids).map((id) => requireShape(doc, id).map);
  doc.transact(() => {
    for (const map of targets) {
      if (value === null) map.delete('color');
      else map.set('color', value);
    }
  }, origin);
}

export interface SetCompanyAndKindArgs {
  ids: readonly ShapeId[];
  /** undefined leaves it as it is; null removes it. Must be a company on this board. */
  company?: CompanyKey | null;
  /** undefined leaves it as it is; null removes it. */
  kind?: CardKind | null;
}

/** Says whose card a sticky is and what kind of card. Only stickies are cards. */
export function setCompanyAndKind(doc: Y.Doc, args: SetCompanyAndKindArgs, origin: unknown): void {
  assertArgs(args);
  const company = args.company === undefined ? undefined : boardCompany(doc, args.company);
  const kind = args.kind === undefined ? undefined : cardKind(args.kind);
  const targets = shapeIdList(args.ids).map((id) => {
    const { shape, map } = requireShape(doc, id);
    if (shape.type !== 'sticky') throw new CommandError(`shape ${id} is a ${shape.type}, not a sticky`);
    return map;
  });
  doc.transact(() => {
    for (const map of targets) {
      for (const [key, value] of [
        ['company', company],
        ['kind', kind],
      ] as const) {
        if (value === null) map.delete(key);
        else if (value !== undefined) map.set(key, value);
      }
    }
  }, origin);
}

export interface SetTitleArgs {
  title: string;
}

export function setTitle(doc: Y.Doc, args: SetTitleArgs, origin: unknown): void {
  assertArgs(args);
  const { title } = args;
  if (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH || !isWellFormed(title))
    throw new CommandError(`title must be a well-formed string of at most ${MAX_TITLE_LENGTH} characters`);
  doc.transact(() => metaMap(doc).set('title', title), origin);
}
