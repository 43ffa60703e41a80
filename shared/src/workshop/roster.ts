// Who is in a board's room: the `participants` channel's document, which only the server writes
// and only the facilitator reads. One entry per participant token the server issued since it
// kept a roster, with the name, role, company and whether the facilitator let them in; and the
// board's admission setting (mirrored from the board record) so the facilitator's page sees it live.
import type * as Y from 'yjs';
import { asCompanyKey, asParticipantId, type CompanyKey, type ParticipantId } from '../ids.js';
import { ROLES, type Role } from '../roles.js';

/** `waiting`: asked to join a board that requires admission; `removed`: removed or turned down. */
export type RosterStatus = 'waiting' | 'admitted' | 'removed';
const STATUSES: readonly RosterStatus[] = ['waiting', 'admitted', 'removed'];

export interface RosterEntry {
  id: ParticipantId;
  name: string;
  role: Role;
  /** The member's company; null for the facilitator and observers. */
  company: CompanyKey | null;
  status: RosterStatus;
  /** ISO times on the server. */
  joinedAt: string;
  /** When the facilitator let them in; null if they never waited (or still wait). */
  admittedAt: string | null;
  removedAt: string | null;
}

export interface RosterSnapshot {
  /** People opening a link wait until the facilitator lets them in. */
  admission: boolean;
  /** Oldest first. */
  participants: RosterEntry[];
}

/** Root `participants`: participant id → a plain entry object. */
export const ROSTER_ROOT = 'participants';
/** Root `settings`: `admission` → boolean. */
export const ROSTER_SETTINGS_ROOT = 'settings';
export const rosterEntries = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(ROSTER_ROOT);
export const rosterSettings = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(ROSTER_SETTINGS_ROOT);

const MAX_NAME = 80;
const isTime = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
const timeOrNull = (value: unknown): string | null => (isTime(value) ? value : null);

/** An entry as stored, or null when it is not one (the document is the server's, but read safely). */
export function parseRosterEntry(key: string, value: unknown): RosterEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  const id = asParticipantId(key);
  const role = ROLES.find((r) => r === fields.role);
  const status = STATUSES.find((s) => s === fields.status);
  const { name } = fields;
  if (!id || fields.id !== key || !role || !status || !isTime(fields.joinedAt)) return null;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME) return null;
  const company = typeof fields.company === 'string' ? asCompanyKey(fields.company) : null;
  if ((role === 'member') !== (company !== null)) return null;
  return {
    id,
    name,
    role,
    company,
    status,
    joinedAt: fields.joinedAt,
    admittedAt: timeOrNull(fields.admittedAt),
    removedAt: timeOrNull(fields.removedAt),
  };
}

export function readRosterEntry(doc: Y.Doc, id: ParticipantId): RosterEntry | null {
  return parseRosterEntry(id, rosterEntries(doc).get(id));
}

export const readRosterAdmission = (doc: Y.Doc): boolean => rosterSettings(doc).get('admission') === true;

export function readRoster(doc: Y.Doc): RosterSnapshot {
  const participants: RosterEntry[] = [];
  rosterEntries(doc).forEach((value, key) => {
    const entry = parseRosterEntry(key, value);
    if (entry) participants.push(entry);
  });
  participants.sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id));
  return { admission: readRosterAdmission(doc), participants };
}

/**
 * The time to stamp a new participant with: now, or just after the latest join when that is not
 * earlier (two people joining within one millisecond), so "oldest first" is the order the server
 * let them in, not a tie broken by their random ids.
 */
export function nextJoinTime(doc: Y.Doc, now: Date): string {
  let latest = -Infinity;
  rosterEntries(doc).forEach((value, key) => {
    const entry = parseRosterEntry(key, value);
    if (entry) latest = Math.max(latest, Date.parse(entry.joinedAt));
  });
  return new Date(Math.max(now.getTime(), latest + 1)).toISOString();
}

/** Stores an entry as a plain object (replacing the participant's previous one). */
export function writeRosterEntry(doc: Y.Doc, entry: RosterEntry, origin: unknown): void {
  doc.transact(() => rosterEntries(doc).set(entry.id, { ...entry }), origin);
}

/** When the board was deleted (ISO time), or null: every node holding the roster sends its sockets away. */
export function readRosterDeletedAt(doc: Y.Doc): string | null {
  const value = rosterSettings(doc).get('deletedAt');
  return typeof value === 'string' ? value : null;
}

export function markRosterDeleted(doc: Y.Doc, at: string, origin: unknown): void {
  doc.transact(() => rosterSettings(doc).set('deletedAt', at), origin);
}

/**
 * Mirrors the board's admission setting. Turning it off lets everyone still waiting in: nobody
 * would be left to admit them. Returns whether anything changed.
 */
export function setRosterAdmission(doc: Y.Doc, admission: boolean, now: string, origin: unknown): boolean {
  let changed = false;
  doc.transact(() => {
    if (readRosterAdmission(doc) !== admission) {
      rosterSettings(doc).set('admission', admission);
      changed = true;
    }
    if (admission) return;
    for (const entry of readRoster(doc).participants) {
      if (entry.status !== 'waiting') continue;
      writeRosterEntry(doc, { ...entry, status: 'admitted', admittedAt: now }, origin);
      changed = true;
    }
  }, origin);
  return changed;
}
