// Checks on a board file as raw JSON, before any field is read: no key that could reach an
// object's prototype, no half surrogate pairs (they would split peers: see well-formed.ts), no
// nesting deeper than the format has. Plus the comparison that proves a reader kept everything.
import { isWellFormed } from '../model/well-formed.js';

/** A board file the server refuses; the message starts with the JSON path of the problem. */
export class BoardFileError extends Error {
  override name = 'BoardFileError';
}

/** Keys that mean something to JavaScript objects; JSON.parse makes them own properties, but a
 * later spread or assignment could still turn them into a prototype. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Objects keyed by shape ids (`attribution`, vote `totals`), where `constructor` and `prototype` are cards like any other (their
 * readers build prototype-less records: id-records.ts); `__proto__` is never a card id.
 */
const ID_KEYED = /(^attribution|\.totals)$/;
const refusedKey = (path: string, key: string): boolean =>
  UNSAFE_KEYS.has(key) && (key === '__proto__' || !ID_KEYED.test(path));

/** The deepest a valid file nests (root.ledger[i].rules.scope.frame is 5). */
export const MAX_FILE_DEPTH = 8;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const fieldPath = (base: string, key: string | number): string =>
  typeof key === 'number'
    ? `${base}[${key}]`
    : /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)
      ? base === ''
        ? key
        : `${base}.${key}`
      : `${base}[${JSON.stringify(key)}]`;

const where = (path: string): string => (path === '' ? '(file)' : path);

/** Walks the whole value without recursion (a hostile file cannot overflow the stack). */
export function assertSafeJson(value: unknown): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: node, path, depth } = stack.pop()!;
    if (typeof node === 'string') {
      if (!isWellFormed(node)) throw new BoardFileError(`${where(path)}: contains half a surrogate pair`);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_FILE_DEPTH)
      throw new BoardFileError(`${where(path)}: nested deeper than a board file ever is`);
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ value: item, path: fieldPath(path, i), depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(node)) {
      const child = fieldPath(path, key);
      if (refusedKey(path, key)) throw new BoardFileError(`${child}: the key "${key}" is not allowed`);
      if (!isWellFormed(key))
        throw new BoardFileError(`${where(path)}: a key contains half a surrogate pair`);
      stack.push({ value: (node as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
}

/**
 * The first place where `given` (from the file) and `read` (what the model's reader made of it)
 * differ, as a path and a reason; null when equal. Used to refuse fields a lenient reader would
 * drop or replace by a default.
 */
export function firstDifference(
  given: unknown,
  read: unknown,
  path: string,
): { path: string; reason: string } | null {
  if (Array.isArray(given) && Array.isArray(read)) {
    if (given.length !== read.length) return { path, reason: 'invalid list' };
    for (let i = 0; i < given.length; i++) {
      const found = firstDifference(given[i], read[i], fieldPath(path, i));
      if (found) return found;
    }
    return null;
  }
  if (isRecord(given) && isRecord(read)) {
    for (const key of Object.keys(given)) {
      if (!Object.hasOwn(read, key))
        return { path: fieldPath(path, key), reason: 'unknown or invalid field' };
      const found = firstDifference(given[key], read[key], fieldPath(path, key));
      if (found) return found;
    }
    for (const key of Object.keys(read)) {
      if (!Object.hasOwn(given, key)) return { path: fieldPath(path, key), reason: 'missing' };
    }
    return null;
  }
  return given === read ? null : { path, reason: 'invalid value' };
}

/** Throws unless `read` equals `given` field for field. */
export function assertSameAsRead(given: unknown, read: unknown, path: string): void {
  const found = firstDifference(given, read, path);
  if (found) throw new BoardFileError(`${where(found.path)}: ${found.reason}`);
}

/** The value as an object with exactly the `allowed` keys at most (the rest is refused). */
export function objectWith(
  value: unknown,
  path: string,
  allowed: readonly string[],
): Record<string, unknown> {
  if (!isRecord(value)) throw new BoardFileError(`${where(path)}: expected an object`);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new BoardFileError(`${fieldPath(path, key)}: unknown field`);
  }
  return value;
}

export function listOf(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new BoardFileError(`${where(path)}: expected a list`);
  if (value.length > max) throw new BoardFileError(`${where(path)}: more than ${max} entries`);
  return value;
}
