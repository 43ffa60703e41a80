// Reading the `activity` document. Only the server writes it, but readers trust nothing: any
// malformed value reads as absent and is counted, never thrown.
import * as Y from 'yjs';
import { asCompanyKey, asParticipantId, asShapeId, type ShapeId } from '../ids.js';
import { isCardKind } from '../model/shapes/fields.js';
import { isPhaseKey, MAX_PHASE_NAME } from '../workshop/phases.js';
import {
  ACTIVITY_TYPES,
  MAX_ACTOR_NAME,
  MAX_ENTRY_LABEL,
  MAX_ENTRY_SHAPES,
  MAX_VERSION_NAME,
  activityEntriesMap,
  attributionMap,
  isActivityEntryId,
  type ActivityActor,
  type ActivityArea,
  type ActivityEntry,
  type ActivityStep,
  type ActivityType,
  type ActivityVersion,
  type Attribution,
  type Stamp,
} from './activity-doc.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType);
/** As the server writes times (`toISOString`), so that comparing strings compares times. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isTime = (value: unknown): value is string =>
  typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
const VERSION_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A company key, null for null, undefined for anything else. */
const companyOrNull = (value: unknown) =>
  value === null ? null : typeof value === 'string' ? (asCompanyKey(value) ?? undefined) : undefined;

export function parseActivityActor(value: unknown): ActivityActor | null {
  if (!isRecord(value)) return null;
  const { role } = value;
  if (role !== 'facilitator' && role !== 'member' && role !== 'observer') return null;
  const company = companyOrNull(value.company);
  if (company === undefined || (company === null && role === 'member')) return null;
  const participant =
    value.participant === null
      ? null
      : typeof value.participant === 'string'
        ? asParticipantId(value.participant)
        : null;
  if (participant === null && value.participant !== null) return null;
  const name = value.name;
  if (name !== null && (typeof name !== 'string' || name.length === 0 || name.length > MAX_ACTOR_NAME))
    return null;
  // A person has a name; a link token has neither.
  if ((participant === null) !== (name === null)) return null;
  return { participant, name, role, company };
}

export function parseStamp(value: unknown): Stamp | null {
  if (!isRecord(value) || !isTime(value.at)) return null;
  const actor = parseActivityActor(value);
  if (!actor) return null;
  if (value.file !== undefined && value.file !== true) return null;
  return { ...actor, at: value.at, ...(value.file === true ? { file: true as const } : {}) };
}

/** A shape's attribution, or null when the value holds neither a valid creator nor changer. */
export function parseAttribution(value: unknown): Attribution | null {
  if (!isRecord(value)) return null;
  const created = parseStamp(value.created);
  const changed = parseStamp(value.changed);
  return created || changed ? { created, changed } : null;
}

function parseArea(value: unknown): ActivityArea | null {
  if (!isRecord(value) || typeof value.frame !== 'string') return null;
  const frame = asShapeId(value.frame);
  const kind = value.kind === null ? null : isCardKind(value.kind) ? value.kind : undefined;
  const company = companyOrNull(value.company);
  if (!frame || kind === undefined || company === undefined) return null;
  return { frame, kind, company };
}

function parseVersion(value: unknown): ActivityVersion | null {
  if (!isRecord(value) || typeof value.id !== 'string' || !VERSION_ID.test(value.id)) return null;
  if (typeof value.name !== 'string' || value.name.length > MAX_VERSION_NAME) return null;
  const kind =
    value.kind === 'named' || value.kind === 'auto' || value.kind === 'restore' ? value.kind : null;
  return kind ? { id: value.id, name: value.name, kind } : null;
}

function parseStep(value: unknown): ActivityStep | null {
  if (!isRecord(value)) return null;
  const key = value.key === null ? null : isPhaseKey(value.key) ? value.key : undefined;
  const name =
    value.name === null
      ? null
      : typeof value.name === 'string' && value.name.length <= MAX_PHASE_NAME
        ? value.name
        : undefined;
  return key === undefined || name === undefined ? null : { key, name };
}

function parseShapeList(value: unknown): ShapeId[] | null {
  if (!Array.isArray(value) || value.length > MAX_ENTRY_SHAPES) return null;
  const ids: ShapeId[] = [];
  for (const item of value) {
    const id = typeof item === 'string' ? asShapeId(item) : null;
    if (!id) return null;
    ids.push(id);
  }
  return ids;
}

/** One stored entry, or null when malformed (an unknown type, a bad field, an id not its key). */
export function parseActivityEntry(value: unknown, key?: string): ActivityEntry | null {
  if (!isRecord(value) || !isActivityEntryId(value.id) || (key !== undefined && key !== value.id))
    return null;
  const type = ACTIVITY_TYPES.find((known) => known === value.type) as ActivityType | undefined;
  const by = parseActivityActor(value.by);
  const shapes = parseShapeList(value.shapes);
  if (!type || !by || !shapes || !isTime(value.at)) return null;
  const entry: ActivityEntry = { id: value.id, type, at: value.at, by, shapes };
  if (value.until !== undefined) {
    if (!isTime(value.until)) return null;
    entry.until = value.until;
  }
  if (value.more !== undefined) {
    if (!isCount(value.more)) return null;
    entry.more = value.more;
  }
  if (value.links !== undefined) {
    if (!isCount(value.links)) return null;
    entry.links = value.links;
  }
  if (value.synergy !== undefined) {
    if (value.synergy !== true) return null;
    entry.synergy = true;
  }
  if (value.label !== undefined) {
    if (typeof value.label !== 'string' || value.label.length > MAX_ENTRY_LABEL) return null;
    entry.label = value.label;
  }
  if (value.was !== undefined) {
    if (value.type !== 'edited' || typeof value.was !== 'string' || value.was.length > MAX_ENTRY_LABEL)
      return null;
    entry.was = value.was;
  }
  if (value.area !== undefined) {
    const area = parseArea(value.area);
    if (!area) return null;
    entry.area = area;
  }
  if (value.version !== undefined) {
    const version = parseVersion(value.version);
    if (!version) return null;
    entry.version = version;
  }
  if ((value.step !== undefined) !== (type === 'step')) return null;
  if (value.step !== undefined) {
    const step = parseStep(value.step);
    if (!step) return null;
    entry.step = step;
  }
  return entry;
}

/** Who created and last changed `id`, or null when nothing (valid) is recorded. */
export function readAttribution(doc: Y.Doc, id: ShapeId): Attribution | null {
  return parseAttribution(attributionMap(doc).get(id));
}

/** Every shape's attribution (malformed values skipped). */
export function readAttributions(doc: Y.Doc): Map<ShapeId, Attribution> {
  const out = new Map<ShapeId, Attribution>();
  attributionMap(doc).forEach((value, key) => {
    const id = asShapeId(key);
    const attribution = id ? parseAttribution(value) : null;
    if (id && attribution) out.set(id, attribution);
  });
  return out;
}

/** Entries in the order they happened (time, then id); stable across peers. */
export const compareActivityEntries = (a: ActivityEntry, b: ActivityEntry): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export interface ActivityRead {
  /** Oldest first. */
  entries: ActivityEntry[];
  /** Malformed entries (skipped). */
  skipped: number;
}

export function readActivity(doc: Y.Doc): ActivityRead {
  const entries: ActivityEntry[] = [];
  let skipped = 0;
  activityEntriesMap(doc).forEach((value, key) => {
    const entry = parseActivityEntry(value, key);
    if (entry) entries.push(entry);
    else skipped += 1;
  });
  entries.sort(compareActivityEntries);
  return { entries, skipped };
}
