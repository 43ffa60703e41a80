// Editing the text of a shape (a sticky's text, a frame's title, a connector's label).
// Edits are character-level Y.Text operations, so two people typing in one shape both keep
// their words; replacing the whole Y.Text would drop one of them.
import * as Y from 'yjs';
import type { ShapeId } from '../../ids.js';
import { assertArgs, CommandError, MAX_TEXT_LENGTH, requireShape, shapeId, text } from './guards.js';

/** The shape's Y.Text, made if missing (only a connector's label may be: it is optional). */
function requireYText(doc: Y.Doc, id: ShapeId): Y.Text {
  const { map } = requireShape(doc, id);
  const value = map.get('text');
  if (value instanceof Y.Text) return value;
  const created = new Y.Text();
  map.set('text', created);
  return created;
}

/** Current length in Y.Text positions (which count embeds, unlike toString). */
function textLength(doc: Y.Doc, id: ShapeId): number {
  const value = requireShape(doc, id).map.get('text');
  return value instanceof Y.Text ? value.length : 0;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The smallest single replacement turning `before` into `after`, never splitting a surrogate
 * pair (an emoji or rare kanji must not be cut in half). */
export function textDiff(before: string, after: string): { index: number; remove: number; insert: string } {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

export interface SetTextArgs {
  id: ShapeId;
  text: string;
}

/** Replaces the whole text, writing only what changed (so concurrent edits merge). */
export function setText(doc: Y.Doc, args: SetTextArgs, origin: unknown): void {
  assertArgs(args);
  const id = shapeId('id', args.id);
  const after = text('text', args.text);
  requireShape(doc, id);
  doc.transact(() => {
    const ytext = requireYText(doc, id);
    const before = ytext.toString();
    if (before.length !== ytext.length) {
      // Embedded non-text content (not written by Kyoso) would shift positions: replace all.
      ytext.delete(0, ytext.length);
      ytext.insert(0, after);
      return;
    }
    const { index, remove, insert } = textDiff(before, after);
    if (remove > 0) ytext.delete(index, remove);
    if (insert.length > 0) ytext.insert(index, insert);
  }, origin);
}

export interface InsertTextArgs {
  id: ShapeId;
  index: number;
  text: string;
}

export function insertText(doc: Y.Doc, args: InsertTextArgs, origin: unknown): void {
  assertArgs(args);
  const id = shapeId('id', args.id);
  const inserted = text('text', args.text);
  const length = textLength(doc, id);
  const index = position('index', args.index, length);
  if (length + inserted.length > MAX_TEXT_LENGTH)
    throw new CommandError(`text would be longer than ${MAX_TEXT_LENGTH} characters`);
  assertBoundary(doc, id, index);
  if (inserted.length === 0) return;
  doc.transact(() => requireYText(doc, id).insert(index, inserted), origin);
}

export interface DeleteTextArgs {
  id: ShapeId;
  index: number;
  length: number;
}

export function deleteText(doc: Y.Doc, args: DeleteTextArgs, origin: unknown): void {
  assertArgs(args);
  const id = shapeId('id', args.id);
  const current = textLength(doc, id);
  const index = position('index', args.index, current);
  const length = position('length', args.length, current - index);
  assertBoundary(doc, id, index);
  assertBoundary(doc, id, index + length);
  if (length === 0) return;
  doc.transact(() => requireYText(doc, id).delete(index, length), origin);
}

function position(name: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max)
    throw new CommandError(`${name} must be an integer from 0 to ${max}`);
  return value;
}

/** Refuses a position between the two halves of a surrogate pair (it would cut a character). */
function assertBoundary(doc: Y.Doc, id: ShapeId, at: number): void {
  const value = requireShape(doc, id).map.get('text');
  const current = value instanceof Y.Text ? value.toString() : '';
  if (
    at > 0 &&
    at < current.length &&
    isHighSurrogate(current.charCodeAt(at - 1)) &&
    isLowSurrogate(current.charCodeAt(at))
  )
    throw new CommandError(`position ${at} is inside a character`);
}
