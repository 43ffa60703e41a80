// The synergy fields of a synergy card (a sticky of kind 'synergy'), stored as flat keys in its
// shape map. They are read leniently: a bad or missing value falls back to its default instead of
// making the whole card unreadable, so old boards and odd clients never hide a synergy card.
// "agreed" is never stored: it comes from the ledger (every company agreed the card).
// The type is null (not set) until someone picks one; boards from before schema 6, where a
// missing type read as 'complement', had it written by migration 6 (model/migrations.ts).
import * as Y from 'yjs';
import { asCompanyKey, type CompanyKey } from '../ids.js';
import { isWellFormed } from '../model/well-formed.js';

export const SYNERGY_TYPES = [
  'complement',
  'sharedChannel',
  'coDevelopment',
  'scale',
  'newMarket',
  'custom',
] as const;
export type SynergyType = (typeof SYNERGY_TYPES)[number];
export const isSynergyType = (value: unknown): value is SynergyType =>
  SYNERGY_TYPES.some((type) => type === value);

/** Stored statuses; 'agreed' is derived from the ledger and never stored. */
export const SYNERGY_STATUSES = ['idea', 'candidate', 'parked'] as const;
export type StoredSynergyStatus = (typeof SYNERGY_STATUSES)[number];
export const isStoredSynergyStatus = (value: unknown): value is StoredSynergyStatus =>
  SYNERGY_STATUSES.some((status) => status === value);

/** Longest text in one synergy field (type label, expected value, effort, owner, next step). */
export const MAX_SYNERGY_FIELD = 500;

/** A stored type, or not set: absent or null. */
export const isSynergyTypeOrNotSet = (value: unknown): value is SynergyType | null =>
  value === null || isSynergyType(value);

export interface SynergyFields {
  /** What kind of synergy it is; null until someone picks one. */
  synergyType: SynergyType | null;
  /** The name of a custom type; '' otherwise. */
  synergyTypeLabel: string;
  expectedValue: string;
  effort: string;
  /** Company key -> the owner's name on that company's side. */
  owners: Readonly<Record<CompanyKey, string>>;
  nextStep: string;
  /** A calendar date, YYYY-MM-DD, or null. */
  due: string | null;
  status: StoredSynergyStatus;
}

export const SYNERGY_DEFAULTS: SynergyFields = {
  synergyType: null,
  synergyTypeLabel: '',
  expectedValue: '',
  effort: '',
  owners: {},
  nextStep: '',
  due: null,
  status: 'idea',
};

/** The text keys, each a plain string in the shape map. */
export const SYNERGY_TEXT_KEYS = ['synergyTypeLabel', 'expectedValue', 'effort', 'nextStep'] as const;
export type SynergyTextKey = (typeof SYNERGY_TEXT_KEYS)[number];

/** Every key a synergy card may hold beyond a sticky's own. */
export const SYNERGY_KEYS: readonly string[] = [
  'synergyType',
  ...SYNERGY_TEXT_KEYS,
  'owners',
  'due',
  'status',
];

export const isSynergyText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_SYNERGY_FIELD && isWellFormed(value);

/** A real calendar date written YYYY-MM-DD. */
export function isDueDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType);

/** Owners are a nested Y.Map (company -> name) so two companies naming their owners at the same
 * moment both keep theirs; a plain object is accepted too. */
function readOwners(value: unknown, repairs: string[]): Record<CompanyKey, string> {
  const owners: Record<CompanyKey, string> = {};
  if (value === undefined) return owners;
  const entries =
    value instanceof Y.Map
      ? [...(value as Y.Map<unknown>).entries()]
      : isPlainObject(value)
        ? Object.entries(value)
        : null;
  if (entries === null) repairs.push('owners: expected a map of company keys to names');
  // A Y.Map lists its keys in the order this replica received them: sorted, every replica reads
  // (and shows) the owners in the same order.
  entries?.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, name] of entries ?? []) {
    const company = asCompanyKey(key);
    if (company !== null && isSynergyText(name)) {
      if (name !== '') owners[company] = name;
    } else
      repairs.push(`owners.${key.slice(0, 20)}: expected a name of at most ${MAX_SYNERGY_FIELD} characters`);
  }
  return owners;
}

type MapLike = Pick<Y.Map<unknown>, 'get'>;

/** Reads the synergy fields; never throws. A bad value reads as its default and is noted in `repairs`. */
export function readSynergyFields(map: MapLike, repairs: string[] = []): SynergyFields {
  const checked = <T>(key: string, ok: (value: unknown) => value is T, fallback: T): T => {
    const value = map.get(key);
    if (value === undefined) return fallback;
    if (ok(value)) return value;
    repairs.push(`${key}: not a valid value`);
    return fallback;
  };
  return {
    synergyType: checked('synergyType', isSynergyTypeOrNotSet, SYNERGY_DEFAULTS.synergyType),
    synergyTypeLabel: checked('synergyTypeLabel', isSynergyText, ''),
    expectedValue: checked('expectedValue', isSynergyText, ''),
    effort: checked('effort', isSynergyText, ''),
    owners: readOwners(map.get('owners'), repairs),
    nextStep: checked('nextStep', isSynergyText, ''),
    due: checked('due', (value): value is string | null => value === null || isDueDate(value), null),
    status: checked('status', isStoredSynergyStatus, SYNERGY_DEFAULTS.status),
  };
}

/** Writes synergy fields into a fresh shape map (copies, new cards); empty text, a type not set
 * and a null date are left out. Later edits go through updateSynergy, which merges owners per company. */
export function writeSynergyFields(map: Y.Map<unknown>, fields: Partial<SynergyFields>): void {
  const put = (key: string, value: unknown, empty: boolean): void => {
    if (empty) map.delete(key);
    else map.set(key, value);
  };
  if (fields.synergyType !== undefined) put('synergyType', fields.synergyType, fields.synergyType === null);
  for (const key of SYNERGY_TEXT_KEYS) {
    const value = fields[key];
    if (value !== undefined) put(key, value, value === '');
  }
  if (fields.owners !== undefined) map.set('owners', new Y.Map(Object.entries(fields.owners)));
  if (fields.due !== undefined) put('due', fields.due, fields.due === null);
  if (fields.status !== undefined) map.set('status', fields.status);
}
