// The board file: the `json` export, a versioned copy of a whole board that
// `POST /api/boards/import` turns back into a new board (docs/SCHEMA.md, "Board file").
// Reading one trusts nothing: every part goes through the model's own readers and must come back
// unchanged, so a file can hold exactly what a stored board can, and nothing else.
import { isHexColor, MAX_COMPANIES, MIN_COMPANIES, type Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import { assertBoardSetup, InitError } from '../model/document.js';
import { isSchemaVersion, parseCompany } from '../model/meta.js';
import { MAX_TITLE_LENGTH } from '../title.js';
import { CURRENT_SCHEMA_VERSION, SYNERGY_TYPE_NOT_SET_SINCE } from '../model/migrations.js';
import type { Shape } from '../model/shape.js';
import { findTemplate, LOCALES, type Locale } from '../templates.js';
import { parseLedgerSeal, type LedgerSeal } from '../evidence/ledger-seal.js';
import { parseLedgerEntry, type LedgerEntry } from '../workshop/ledger.js';
import { MAX_PHASES, parsePhase } from '../workshop/phases.js';
import {
  assertSafeJson,
  assertSameAsRead,
  BoardFileError,
  fieldPath,
  isRecord,
  listOf,
  objectWith,
} from './board-file-json.js';
import { fileAttribution, parseFileAttribution, type FileAttribution } from './board-file-attribution.js';
import { fileShapeId, MAX_FILE_SHAPES, parseFileShapes } from './board-file-shapes.js';
import { fileDiscussion, parseFileDiscussion, type FileDiscussion } from './board-file-discussion.js';
import type { ExportControl, ExportInput } from './input.js';
import { normalizeTag } from '../tags/tags.js';
import { MAX_TAG_LIST } from '../tags/tag-list.js';

export { BoardFileError } from './board-file-json.js';
export { MAX_FILE_SHAPES } from './board-file-shapes.js';

export const BOARD_FILE_FORMAT = 'kyoso-board';
/**
 * Version 3 adds the discussion (reactions, comment threads); version 2 the ledger's chain fields
 * and its seal. Versions 1 and 2 are still read, without a discussion.
 */
export const BOARD_FILE_VERSION = 3;
export const READABLE_BOARD_FILE_VERSIONS = [1, 2, 3] as const;
export type BoardFileVersion = (typeof READABLE_BOARD_FILE_VERSIONS)[number];
/** Most ledger events a file may hold. */
export const MAX_FILE_LEDGER_EVENTS = 100_000;

export interface BoardFile {
  format: typeof BOARD_FILE_FORMAT;
  version: BoardFileVersion;
  /** The content schema of the exporting server; a newer one than this server's is refused. */
  schemaVersion: number;
  exportedAt: string;
  board: { title: string; locale: Locale; template: string; companies: Company[] };
  /** The board's shapes in z-order, as `readShapes` gives them. */
  shapes: Shape[];
  /** Every ledger entry as stored, with its chain fields (seals and unverified entries included). */
  ledger: LedgerEntry[];
  /** The exporting server's signed seal over `ledger`; null in files without one. */
  ledgerSeal: LedgerSeal | null;
  control: ExportControl;
  /** Private drafts the exporter could read, by company key (none for facilitators, observers). */
  drafts: Partial<Record<CompanyKey, Shape[]>>;
  /** Who created and last changed each shape of `shapes`, by shape id (empty when unknown). */
  attribution: FileAttribution;
  /** Reactions and comment threads of the file's cards and drafts (empty before version 3). */
  discussion: FileDiscussion;
}

/**
 * The board file of an export. `signed` is the ledger as stored with the server's seal over it;
 * without it (previews, tests) the file holds the input's events and no seal.
 */
export function writeBoardFile(
  input: ExportInput,
  signed?: { entries: readonly LedgerEntry[]; seal: LedgerSeal },
): BoardFile {
  const drafts: Partial<Record<CompanyKey, Shape[]>> = {};
  for (const company of input.board.companies) {
    const shapes = input.drafts[company.key];
    if (shapes) drafts[company.key] = shapes;
  }
  return {
    format: BOARD_FILE_FORMAT,
    version: BOARD_FILE_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: input.exportedAt,
    board: {
      title: input.board.title,
      locale: input.board.locale,
      template: input.board.template,
      companies: input.board.companies.map(({ key, name, color }) => ({ key, name, color })),
    },
    shapes: input.shapes,
    ledger: signed ? [...signed.entries] : input.ledger,
    ledgerSeal: signed?.seal ?? null,
    control: {
      phases: input.control.phases,
      lockFrames: input.control.lockFrames,
      locked: input.control.locked,
      tags: input.control.tags ?? {},
    },
    drafts,
    attribution: fileAttribution(input.shapes, input.attribution),
    discussion: fileDiscussion(input.discussion, input.shapes, drafts),
  };
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A title or a company name as board creation makes them: trimmed, not empty, one line. */
function nameText(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string' || value.length > max)
    throw new BoardFileError(`${path}: expected a string of at most ${max} characters`);
  if (value.trim() === '' || CONTROL_CHARACTERS.test(value))
    throw new BoardFileError(`${path}: must not be empty nor hold control characters`);
  return value;
}

function parseBoard(value: unknown): BoardFile['board'] {
  const board = objectWith(value, 'board', ['title', 'locale', 'template', 'companies']);
  const title = nameText(board.title, 'board.title', MAX_TITLE_LENGTH);
  const locale = LOCALES.find((l) => l === board.locale);
  if (!locale) throw new BoardFileError(`board.locale: expected one of ${LOCALES.join(', ')}`);
  const template = typeof board.template === 'string' ? findTemplate(board.template)?.id : undefined;
  if (!template) throw new BoardFileError('board.template: expected a template id of GET /api/templates');
  const list = listOf(board.companies, 'board.companies', MAX_COMPANIES);
  if (list.length < MIN_COMPANIES)
    throw new BoardFileError(`board.companies: expected ${MIN_COMPANIES} to ${MAX_COMPANIES} companies`);
  const names = new Set<string>();
  const companies = list.map((item, i) => {
    const path = fieldPath('board.companies', i);
    const company = parseCompany(item);
    if (!company) throw new BoardFileError(`${path}: expected {"key", "name", "color": "#rrggbb"}`);
    assertSameAsRead(item, company, path);
    nameText(company.name, fieldPath(path, 'name'), Infinity);
    const folded = company.name.trim().toLocaleLowerCase();
    if (names.has(folded)) throw new BoardFileError(`${fieldPath(path, 'name')}: repeats "${company.name}"`);
    names.add(folded);
    return company;
  });
  try {
    assertBoardSetup({ title, companies });
  } catch (error) {
    if (error instanceof InitError) throw new BoardFileError(`board: ${error.message}`);
    throw error;
  }
  return { title, locale, template, companies };
}

function parseLedger(value: unknown, companies: ReadonlySet<string>): LedgerEntry[] {
  return listOf(value, 'ledger', MAX_FILE_LEDGER_EVENTS).map((item, i) => {
    const path = fieldPath('ledger', i);
    const entry = parseLedgerEntry(item);
    if (!entry) throw new BoardFileError(`${path}: not a ledger event`);
    assertSameAsRead(item, entry, path);
    // An unverified entry's event is only what some file claimed; it names nothing on this board.
    if (entry.type === 'sealed' || entry.type === 'unverified') return entry;
    const named = [entry.by.company, 'company' in entry ? entry.company : null];
    for (const key of named) {
      if (key !== null && !companies.has(key))
        throw new BoardFileError(`${path}: company ${key} is not on this board`);
    }
    return entry;
  });
}

function parseSeal(value: unknown): LedgerSeal | null {
  if (value === undefined || value === null) return null;
  const seal = parseLedgerSeal(value);
  if ('problem' in seal)
    throw new BoardFileError(
      `${seal.field === '' ? 'ledgerSeal' : fieldPath('ledgerSeal', seal.field)}: ${seal.problem}`,
    );
  return seal;
}

function parseControl(value: unknown): BoardFile['control'] {
  const control = objectWith(value, 'control', ['phases', 'lockFrames', 'locked', 'tags']);
  const ids = new Set<string>();
  const phases = listOf(control.phases, 'control.phases', MAX_PHASES).map((item, i) => {
    const path = fieldPath('control.phases', i);
    const phase = parsePhase(item);
    if (!phase) throw new BoardFileError(`${path}: not a phase`);
    assertSameAsRead(item, phase, path);
    if (ids.has(phase.id)) throw new BoardFileError(`${path}.id: repeats phase ${phase.id}`);
    ids.add(phase.id);
    return phase;
  });
  if (typeof control.lockFrames !== 'boolean')
    throw new BoardFileError('control.lockFrames: expected true or false');
  const locked = new Set<ShapeId>();
  listOf(control.locked, 'control.locked', MAX_FILE_SHAPES).forEach((item, i) => {
    const id = fileShapeId(item, fieldPath('control.locked', i));
    if (locked.has(id)) throw new BoardFileError(`${fieldPath('control.locked', i)}: repeats ${id}`);
    locked.add(id);
  });
  return { phases, lockFrames: control.lockFrames, locked: [...locked], tags: parseTagList(control.tags) };
}

/** The board's tag list (tag -> #rrggbb); files from before tags have none. */
function parseTagList(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new BoardFileError('control.tags: expected an object of tags and colours');
  const entries = Object.entries(value);
  if (entries.length > MAX_TAG_LIST) throw new BoardFileError(`control.tags: more than ${MAX_TAG_LIST} tags`);
  for (const [tag, color] of entries) {
    if (normalizeTag(tag) !== tag)
      throw new BoardFileError(`${fieldPath('control.tags', tag.slice(0, 40))}: not a tag`);
    if (!isHexColor(color))
      throw new BoardFileError(`${fieldPath('control.tags', tag)}: expected a #rrggbb colour`);
  }
  return Object.fromEntries(entries.map(([tag, color]) => [tag, (color as string).toLowerCase()]));
}

/**
 * A file of an older schema was written by a server whose readers gave every synergy point a type
 * ('complement' when none was stored): one without a type is no file such a server wrote, and
 * reading it as "not set" would change what the file says. It is refused, as that server did.
 */
function assertTypesNamed(shapes: readonly Shape[], path: string, schemaVersion: number): void {
  if (schemaVersion >= SYNERGY_TYPE_NOT_SET_SINCE) return;
  shapes.forEach((shape, i) => {
    if (shape.type === 'sticky' && shape.synergy?.synergyType === null)
      throw new BoardFileError(
        `${fieldPath(fieldPath(fieldPath(path, i), 'synergy'), 'synergyType')}: a schema ${schemaVersion} file names a type for every synergy point`,
      );
  });
}

function parseDrafts(value: unknown, companies: ReadonlySet<string>): BoardFile['drafts'] {
  if (!isRecord(value)) throw new BoardFileError('drafts: expected an object');
  for (const key of Object.keys(value)) {
    if (!companies.has(key))
      throw new BoardFileError(`${fieldPath('drafts', key)}: company ${key} is not on this board`);
  }
  const record = value;
  const drafts: Partial<Record<CompanyKey, Shape[]>> = {};
  let total = 0;
  for (const key of companies) {
    if (record[key] === undefined) continue;
    const shapes = parseFileShapes(record[key], fieldPath('drafts', key), companies);
    total += shapes.length;
    if (total > MAX_FILE_SHAPES) throw new BoardFileError(`drafts: more than ${MAX_FILE_SHAPES} shapes`);
    drafts[key as CompanyKey] = shapes;
  }
  return drafts;
}

/**
 * Checks an untrusted value (a parsed JSON body) and returns it as a board file, built from what
 * the model's readers made of it; throws BoardFileError naming the JSON path of the first problem.
 */
export function parseBoardFile(value: unknown): BoardFile {
  assertSafeJson(value);
  const file = objectWith(value, '', [
    'format',
    'version',
    'schemaVersion',
    'exportedAt',
    'board',
    'shapes',
    'ledger',
    'ledgerSeal',
    'control',
    'drafts',
    'attribution',
    'discussion',
  ]);
  if (file.format !== BOARD_FILE_FORMAT)
    throw new BoardFileError(`format: expected "${BOARD_FILE_FORMAT}" (a Kyoso board file)`);
  const version = READABLE_BOARD_FILE_VERSIONS.find((known) => known === file.version);
  if (version === undefined)
    throw new BoardFileError(
      `version: this server reads version ${READABLE_BOARD_FILE_VERSIONS.join(' and ')} files, not ${JSON.stringify(file.version)}`,
    );
  if (!isSchemaVersion(file.schemaVersion))
    throw new BoardFileError('schemaVersion: expected a positive integer');
  if (file.schemaVersion > CURRENT_SCHEMA_VERSION)
    throw new BoardFileError(
      `schemaVersion: the file comes from a newer Kyoso (schema ${file.schemaVersion}; this server knows up to ${CURRENT_SCHEMA_VERSION})`,
    );
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt)))
    throw new BoardFileError('exportedAt: expected an ISO date and time');
  const board = parseBoard(file.board);
  const companies = new Set<string>(board.companies.map((company) => company.key));
  const shapes = parseFileShapes(file.shapes, 'shapes', companies);
  const drafts = parseDrafts(file.drafts, companies);
  assertTypesNamed(shapes, 'shapes', file.schemaVersion);
  for (const [key, list] of Object.entries(drafts))
    assertTypesNamed(list ?? [], fieldPath('drafts', key), file.schemaVersion);
  if (version < 3 && file.discussion !== undefined)
    throw new BoardFileError(`discussion: not part of a version ${version} file`);
  return {
    format: BOARD_FILE_FORMAT,
    version,
    schemaVersion: file.schemaVersion,
    exportedAt: file.exportedAt,
    board,
    shapes,
    ledger: parseLedger(file.ledger, companies),
    ledgerSeal: parseSeal(file.ledgerSeal),
    control: parseControl(file.control),
    drafts,
    attribution: parseFileAttribution(file.attribution, shapes),
    discussion: parseFileDiscussion(file.discussion, {
      companies,
      shapes,
      drafts,
      exportedAt: Date.parse(file.exportedAt),
    }),
  };
}
