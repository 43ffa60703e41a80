// Check-ins over the months after a workshop (docs/SCHEMA.md, "Check-ins"). The facilitator
// schedules them in the `control` document's root `checkIns` (id -> {date, title}); recording one
// is a server command that appends a `checked-in` fact to the ledger (per synergy point: its
// progress, the KPI's actual figure, a note), so the history is evidence nobody can rewrite.
// A point's timeline reads its agreements and check-ins from the ledger.
import type * as Y from 'yjs';
import { randomId, type CompanyKey, type ShapeId } from '../ids.js';
import { isWellFormed } from '../model/well-formed.js';
import { isDueDate, isSynergyText } from '../synergy/fields.js';
import type { LedgerEvent } from '../workshop/ledger.js';
import { isActionId, isKpiNumber, isPlanStatus, type PlanStatus } from './plan-fields.js';

export const CHECK_INS_ROOT = 'checkIns';
export const checkInsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(CHECK_INS_ROOT);

/** Most check-ins a board schedules. */
export const MAX_SCHEDULED_CHECK_INS = 60;
/** Longest note on one point of a check-in. */
export const MAX_CHECK_IN_NOTE = 2_000;
/** Most points one check-in records. */
export const MAX_CHECK_IN_POINTS = 500;

export interface ScheduledCheckIn {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  title: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The scheduled check-ins, by date; malformed entries are left out (never throws). */
export function readCheckInSchedule(doc: Y.Doc): ScheduledCheckIn[] {
  const list: ScheduledCheckIn[] = [];
  checkInsMap(doc).forEach((value, id) => {
    if (isActionId(id) && isRecord(value) && isDueDate(value.date) && isSynergyText(value.title))
      list.push({ id, date: value.date, title: value.title });
  });
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return list.slice(0, MAX_SCHEDULED_CHECK_INS);
}

/** Schedules a check-in (or moves one: same id). Returns its id. */
export function scheduleCheckIn(
  doc: Y.Doc,
  args: { id?: string; date: string; title: string },
  origin: unknown,
): string {
  if (!isDueDate(args.date)) throw new RangeError('a check-in date is written YYYY-MM-DD');
  const title = args.title.trim();
  if (!isSynergyText(title)) throw new RangeError('a check-in title is at most 500 characters');
  const id = args.id ?? randomId(12);
  if (!isActionId(id)) throw new RangeError('not a check-in id');
  const map = checkInsMap(doc);
  if (!map.has(id) && readCheckInSchedule(doc).length >= MAX_SCHEDULED_CHECK_INS)
    throw new RangeError(`a board schedules at most ${MAX_SCHEDULED_CHECK_INS} check-ins`);
  doc.transact(() => map.set(id, { date: args.date, title }), origin);
  return id;
}

export function unscheduleCheckIn(doc: Y.Doc, id: string, origin: unknown): void {
  const map = checkInsMap(doc);
  if (map.has(id)) doc.transact(() => map.delete(id), origin);
}

/** What one check-in records of one synergy point. */
export interface CheckInPoint {
  card: ShapeId;
  progress: PlanStatus;
  /** The KPI's actual figure then, or null. */
  actual: number | null;
  note: string;
}

export function parseCheckInPoint(
  value: unknown,
  asCard: (id: string) => ShapeId | null,
): CheckInPoint | null {
  if (!isRecord(value) || typeof value.card !== 'string') return null;
  const card = asCard(value.card);
  const { progress, actual, note } = value;
  if (!card || !isPlanStatus(progress)) return null;
  if (actual !== null && !isKpiNumber(actual)) return null;
  if (typeof note !== 'string' || note.length > MAX_CHECK_IN_NOTE || !isWellFormed(note)) return null;
  return { card, progress, actual: actual as number | null, note };
}

/** One moment in a synergy point's life, oldest first. */
export type TimelineEntry =
  | { kind: 'agreed'; at: string; company: CompanyKey; name: string }
  | { kind: 'withdrawn'; at: string; company: CompanyKey; name: string }
  | {
      kind: 'checkIn';
      at: string;
      title: string;
      name: string;
      progress: PlanStatus;
      actual: number | null;
      note: string;
    };

/** How a point moved: every company's agreements (and withdrawals) and every check-in that recorded it. */
export function pointTimeline(events: readonly LedgerEvent[], card: ShapeId): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    if ((event.type === 'agreed' || event.type === 'withdrawn') && event.card === card)
      entries.push({ kind: event.type, at: event.at, company: event.company, name: event.by.name });
    else if (event.type === 'checked-in') {
      const point = event.points.find((entry) => entry.card === card);
      if (point)
        entries.push({
          kind: 'checkIn',
          at: event.at,
          title: event.title,
          name: event.by.name,
          progress: point.progress,
          actual: point.actual,
          note: point.note,
        });
    }
  }
  return entries;
}

/** The check-ins recorded so far, newest first. */
export function recordedCheckIns(
  events: readonly LedgerEvent[],
): Extract<LedgerEvent, { type: 'checked-in' }>[] {
  return events
    .filter((event): event is Extract<LedgerEvent, { type: 'checked-in' }> => event.type === 'checked-in')
    .reverse();
}
