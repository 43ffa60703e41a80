// Restoring a saved version: makes root `shapes` equal a list of shapes in one transaction, so
// the restore is one change that every peer sees and that the facilitator's Ctrl+Z undoes.
// Only what differs is written: an unchanged shape produces no update, and a text that differs
// is changed by a minimal diff, so someone typing during the restore keeps their words.
import * as Y from 'yjs';
import { asShapeId, type ShapeId } from '../../ids.js';
import { shapesMap } from '../roots.js';
import { readShape, writeShape, type Shape } from '../shape.js';
import type { ShapeMap } from '../shapes/fields.js';
import { assertArgs, CommandError } from './guards.js';
import { textDiff } from './text.js';

/** Most shapes a restore may hold: far above a real board, low enough to refuse a flood. */
export const MAX_RESTORE_SHAPES = 100_000;

export interface RestoreShapesArgs {
  /** The shapes the board should hold afterwards, e.g. `readShapes(version).shapes`. */
  shapes: readonly Shape[];
}

/** Plain JSON equality (shape fields are strings, numbers, booleans, null, arrays, objects). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Checks every target shape by writing it into a scratch document and reading it back: it must
 * come back exactly as given, so nothing malformed or unknown reaches the board. Text length is
 * not capped here (unlike typing commands): whatever a board once held must be restorable. Returns the
 * scratch maps by id, in the given order.
 */
function targetMaps(value: unknown): Map<ShapeId, { shape: Shape; map: ShapeMap }> {
  if (!Array.isArray(value)) throw new CommandError('shapes must be an array of shapes');
  if (value.length > MAX_RESTORE_SHAPES)
    throw new CommandError(`at most ${MAX_RESTORE_SHAPES} shapes can be restored`);
  const scratch = new Y.Doc().getMap<ShapeMap>('shapes');
  const maps = new Map<ShapeId, { shape: Shape; map: ShapeMap }>();
  value.forEach((shape: unknown, i) => {
    const where = `shapes[${i}]`;
    if (typeof shape !== 'object' || shape === null || Array.isArray(shape))
      throw new CommandError(`${where} must be a shape object`);
    const raw = (shape as { id?: unknown }).id;
    const id = typeof raw === 'string' ? asShapeId(raw) : null;
    if (id === null) throw new CommandError(`${where}.id must be a shape id`);
    if (maps.has(id)) throw new CommandError(`${where}: shape ${id} appears twice`);
    const map = new Y.Map<unknown>();
    scratch.set(id, map);
    let problem: string | null = null;
    try {
      writeShape(map, shape as Shape);
      const read = readShape(id, map);
      if (!read.ok) problem = read.problem.reason;
      else if (!sameJson(read.shape, shape)) problem = 'it has fields that are not part of its type';
    } catch (error) {
      problem = error instanceof Error ? error.message : 'unwritable';
    }
    if (problem !== null) throw new CommandError(`${where} (shape ${id}) is not a valid shape: ${problem}`);
    maps.set(id, { shape: shape as Shape, map });
  });
  // A connector must keep both of its ends, or the restored board would not show it.
  for (const { shape } of maps.values()) {
    if (shape.type !== 'connector') continue;
    for (const end of ['from', 'to'] as const) {
      const target = maps.get(shape[end])?.shape;
      if (!target || target.type === 'connector')
        throw new CommandError(`connector ${shape.id}: its ${end} end is not a box among the shapes`);
    }
  }
  return maps;
}

const isPlainText = (value: unknown): value is Y.Text =>
  value instanceof Y.Text && !(value instanceof Y.XmlText);

/** Changes `live` text into `after` by the smallest replacement (so concurrent typing merges). */
function syncText(live: Y.Text, after: string): void {
  const before = live.toString();
  if (before === after && before.length === live.length) return;
  if (before.length !== live.length) {
    // Embedded non-text content would shift positions: replace it all.
    live.delete(0, live.length);
    live.insert(0, after);
    return;
  }
  const { index, remove, insert } = textDiff(before, after);
  if (remove > 0) live.delete(index, remove);
  if (insert.length > 0) live.insert(index, insert);
}

/** Makes `live` hold what `target` holds, writing only the fields that differ. */
function syncMap(live: Y.Map<unknown>, target: Y.Map<unknown>): void {
  for (const [key, want] of target.entries()) {
    const have = live.get(key);
    if (want instanceof Y.Text) {
      if (isPlainText(have)) syncText(have, want.toString());
      else live.set(key, new Y.Text(want.toString()));
    } else if (want instanceof Y.Map) {
      if (have instanceof Y.Map) syncMap(have as Y.Map<unknown>, want as Y.Map<unknown>);
      else live.set(key, want.clone());
    } else if (want instanceof Y.AbstractType) {
      const same =
        have instanceof Y.AbstractType &&
        have.constructor === want.constructor &&
        sameJson(have.toJSON(), want.toJSON());
      if (!same) live.set(key, want.clone());
    } else if (have instanceof Y.AbstractType || !sameJson(have, want)) {
      live.set(key, want);
    }
  }
  for (const key of [...live.keys()]) if (!target.has(key)) live.delete(key);
}

/**
 * Makes root `shapes` equal `args.shapes`: shapes not among them are deleted (malformed ones
 * too), missing ones are added, and the others get only their differing fields written.
 */
export function restoreShapes(doc: Y.Doc, args: RestoreShapesArgs, origin: unknown): void {
  assertArgs(args);
  const targets = targetMaps(args.shapes);
  const shapes = shapesMap(doc);
  doc.transact(() => {
    for (const id of [...shapes.keys()]) if (!targets.has(id as ShapeId)) shapes.delete(id);
    for (const [id, target] of targets) {
      const live = shapes.get(id);
      if (live instanceof Y.Map) {
        // Equal as shapes (a field absent or at its default reads the same): leave it alone.
        const current = readShape(id, live);
        if (current.ok && sameJson(current.shape, target.shape)) continue;
        syncMap(live as Y.Map<unknown>, target.map);
      } else {
        const map = new Y.Map<unknown>();
        shapes.set(id, map);
        writeShape(map, target.shape);
      }
    }
  }, origin);
}

export interface RestoreDiff {
  /** On the board now, not in the version: deleted by the restore. */
  removed: ShapeId[];
  /** In the version, not on the board now: brought back. */
  added: ShapeId[];
  /** On both, different: rewritten. */
  changed: ShapeId[];
}

/** What restoring `target` would do to a board holding `current` (the equality `restoreShapes` uses). */
export function restoreDiff(current: readonly Shape[], target: readonly Shape[]): RestoreDiff {
  const now = new Map(current.map((shape) => [shape.id, shape]));
  const diff: RestoreDiff = { removed: [], added: [], changed: [] };
  const kept = new Set<ShapeId>();
  for (const shape of target) {
    const live = now.get(shape.id);
    kept.add(shape.id);
    if (!live) diff.added.push(shape.id);
    else if (!sameJson(live, shape)) diff.changed.push(shape.id);
  }
  for (const shape of current) if (!kept.has(shape.id)) diff.removed.push(shape.id);
  return diff;
}
