// Schema migrations of the content document. The list is append-only: never edit or reorder a
// shipped migration, add a new one. The server runs `migrateContentDoc` when it loads a board.
// A migration must be deterministic (same document in, same writes out): two server nodes that
// migrate the same board at once then write identical values, which merge to the same result.
import * as Y from 'yjs';
import { asCompanyKey } from '../ids.js';
import { isSynergyText, isSynergyType, readSynergyFields } from '../synergy/fields.js';
import { indicesBetween, isValidIndex } from './fractional-index.js';
import { isSchemaVersion } from './meta.js';
import { metaMap, shapesMap } from './roots.js';
import { readShape } from './shape.js';

export interface Migration {
  /** Unique and stable, e.g. '0002-shape-z-index'; recorded in results and logs. */
  readonly name: string;
  /** The schema version the document has after `up`. */
  readonly toVersion: number;
  /** Runs inside the migration transaction; must not throw on any stored content. */
  up(doc: Y.Doc): void;
}

export const INITIAL_SCHEMA_VERSION = 1;
export const MIGRATION_ORIGIN = 'migration';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** v1 shapes had no z-order: give every shape lacking an index one, on top, ordered by id. */
function addShapeIndices(doc: Y.Doc): void {
  const shapes = shapesMap(doc);
  let top: string | null = null;
  const missing: string[] = [];
  shapes.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const index: unknown = value.get('index');
    if (!isValidIndex(index)) missing.push(id);
    else if (top === null || index > top) top = index;
  });
  missing.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const indices = indicesBetween(top, null, missing.length);
  missing.forEach((id, i) => (shapes.get(id) as Y.Map<unknown>).set('index', indices[i]));
}

/**
 * v3 and v4 added optional fields: frames may be template areas (`areaKind`, `areaCompany`), and
 * synergy cards carry their fields (type, expected value, effort, owners, next step, due, status).
 * Older boards hold none of them, so there is nothing to rewrite; the version tells code that
 * does not know these fields (and would drop them when it copies or restores a shape) to leave
 * the board alone.
 */
const additiveFields = (): void => {};

/** The field a reader's repair note is about: `color: expected …`, `owners.acme: expected …`. */
const repairedField = (repair: string): string => repair.split(/[:.]/, 1)[0] ?? repair;

/** Keeps the owners whose company key and name are valid; drops the rest. */
function dropBadOwners(map: Y.Map<unknown>): void {
  const owners = map.get('owners');
  if (!(owners instanceof Y.Map)) {
    map.delete('owners');
    return;
  }
  for (const [key, name] of [...(owners as Y.Map<unknown>).entries()])
    if (asCompanyKey(key) === null || !isSynergyText(name)) owners.delete(key);
}

/**
 * v5: before the server checked every shape, a client could store values the readers repair (a
 * colour that is no colour, a kind the model does not know, a bad synergy field): they have always
 * read as their defaults. They are deleted, so the stored board reads the same without repairs
 * and every later write of those shapes passes the server's checks. Shapes that do not read at
 * all are left as they are (shown to nobody; a person may still want them from a saved version).
 */
function dropRepairedValues(doc: Y.Doc): void {
  shapesMap(doc).forEach((value, id) => {
    const read = readShape(id, value);
    if (!read.ok) return;
    const map = value as Y.Map<unknown>;
    const repairs = [...read.repairs];
    // Synergy fields are read only on a synergy card; a card that was one may still hold them.
    if (read.shape.type === 'sticky') readSynergyFields(map, repairs);
    for (const field of new Set(repairs.map(repairedField))) {
      if (field === 'owners') dropBadOwners(map);
      else map.delete(field);
    }
  });
}

/** The schema version from which a synergy point's type may be not set. */
export const SYNERGY_TYPE_NOT_SET_SINCE = 6;

/**
 * v6: a synergy point's type may be not set (absent or null), and new points have none until
 * someone picks one. Until v5 a synergy card without a valid type read as 'complement': that is
 * what everyone saw, and what agreements recorded in their digest. So every synergy card that
 * reads without a valid type gets 'complement' written, and reads (and digests) exactly as before.
 * Cards of other kinds are left alone: one that becomes a synergy card later starts without a type.
 * (Migration 5 reads with today's readers, for which a stored null is "not set", not a repair: it
 * keeps such a value, and this one then writes 'complement', as null read before.)
 */
function writeImpliedSynergyType(doc: Y.Doc): void {
  shapesMap(doc).forEach((value, id) => {
    const read = readShape(id, value);
    if (!read.ok || read.shape.type !== 'sticky' || read.shape.kind !== 'synergy') return;
    const map = value as Y.Map<unknown>;
    if (!isSynergyType(map.get('synergyType'))) map.set('synergyType', 'complement');
  });
}

export const MIGRATIONS: readonly Migration[] = [
  { name: '0002-shape-z-index', toVersion: 2, up: addShapeIndices },
  { name: '0003-area-frames', toVersion: 3, up: additiveFields },
  { name: '0004-synergy-points', toVersion: 4, up: additiveFields },
  { name: '0005-drop-repaired-values', toVersion: 5, up: dropRepairedValues },
  { name: '0006-synergy-type-not-set', toVersion: SYNERGY_TYPE_NOT_SET_SINCE, up: writeImpliedSynergyType },
];

export const CURRENT_SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.toVersion ?? INITIAL_SCHEMA_VERSION;

export interface MigrationResult {
  from: number;
  to: number;
  /** Names of the migrations applied, in order; empty when the board was current. */
  applied: string[];
}

/** Throws unless versions run INITIAL+1, INITIAL+2, ... with unique names. */
export function assertMigrationList(migrations: readonly Migration[]): void {
  const names = new Set<string>();
  migrations.forEach((migration, i) => {
    if (migration.toVersion !== INITIAL_SCHEMA_VERSION + i + 1)
      throw new MigrationError(
        `migration ${migration.name} must go to version ${INITIAL_SCHEMA_VERSION + i + 1}`,
      );
    if (names.has(migration.name)) throw new MigrationError(`duplicate migration name ${migration.name}`);
    names.add(migration.name);
  });
}

/**
 * Brings a board's content document to the latest schema in one transaction (origin
 * 'migration'). Idempotent: a current document is left untouched (no update is emitted).
 * Throws MigrationError when the document has no valid schemaVersion or one newer than this
 * code knows (an older server must not rewrite a newer board).
 */
export function migrateContentDoc(
  doc: Y.Doc,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  assertMigrationList(migrations);
  const latest = migrations.at(-1)?.toVersion ?? INITIAL_SCHEMA_VERSION;
  const from = readVersion(doc);
  if (from > latest)
    throw new MigrationError(
      `board schema version ${from} is newer than this code knows (${latest}): update the server`,
    );
  const pending = migrations.filter((migration) => migration.toVersion > from);
  if (pending.length === 0) return { from, to: from, applied: [] };

  // Rehearse on a copy first: Yjs cannot roll back a transaction, so a migration that throws
  // must fail before it has touched the real document.
  const rehearsal = new Y.Doc();
  Y.applyUpdate(rehearsal, Y.encodeStateAsUpdate(doc));
  try {
    applyAll(rehearsal, pending);
  } catch (error) {
    throw new MigrationError(
      `migration failed, board left at version ${from}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    rehearsal.destroy();
  }
  applyAll(doc, pending);
  return { from, to: latest, applied: pending.map((migration) => migration.name) };
}

function applyAll(doc: Y.Doc, pending: readonly Migration[]): void {
  doc.transact(() => {
    for (const migration of pending) migration.up(doc);
    metaMap(doc).set('schemaVersion', pending.at(-1)?.toVersion);
  }, MIGRATION_ORIGIN);
}

function readVersion(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion');
  if (version === undefined)
    throw new MigrationError('board has no schemaVersion: initialise it with initContentDoc');
  if (!isSchemaVersion(version))
    throw new MigrationError(`board schemaVersion ${String(version).slice(0, 40)} is not a positive integer`);
  return version;
}
