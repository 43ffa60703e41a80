// The roster as the facilitator's panel shows it: waiting requests first (oldest first), then
// everyone let in, grouped (the facilitator, each company in the board's order, observers), each
// marked "here now" when a writer with their name, role and company is present on the canvas.
// Observers never appear in presence, so the panel shows when they joined instead.
import type { Company, CompanyKey, ParticipantId, RosterEntry, RosterSnapshot } from '@kyoso/shared';
import type { PresenceUser } from '../../sync/session-types';

export interface RosterRow {
  entry: RosterEntry;
  /** On the canvas now (null: presence cannot tell, as for observers). */
  here: boolean | null;
  /** This page's own participant. */
  you: boolean;
}

export type RosterGroup =
  | { kind: 'facilitator'; rows: RosterRow[] }
  | { kind: 'company'; company: Company; rows: RosterRow[] }
  | { kind: 'observers'; rows: RosterRow[] };

export interface RosterView {
  waiting: RosterEntry[];
  /** Groups with at least one person, in display order. */
  groups: RosterGroup[];
  /** People removed or turned down (not listed). */
  removed: number;
}

const presenceKey = (role: string, company: CompanyKey | null, name: string) =>
  JSON.stringify([role, company, name]);

export function rosterView(
  roster: RosterSnapshot,
  companies: readonly Company[],
  present: readonly PresenceUser[],
  self: ParticipantId | null,
): RosterView {
  const here = new Set(present.map((user) => presenceKey(user.role, user.company, user.name)));
  const row = (entry: RosterEntry): RosterRow => {
    const you = entry.id === self;
    const seen = you || here.has(presenceKey(entry.role, entry.company, entry.name));
    return { entry, you, here: entry.role === 'observer' ? (you ? true : null) : seen };
  };
  const admitted = roster.participants.filter((entry) => entry.status === 'admitted');
  const groups: RosterGroup[] = [
    { kind: 'facilitator', rows: admitted.filter((e) => e.role === 'facilitator').map(row) },
    ...companies.map((company): RosterGroup => ({
      kind: 'company',
      company,
      rows: admitted.filter((e) => e.role === 'member' && e.company === company.key).map(row),
    })),
    { kind: 'observers', rows: admitted.filter((e) => e.role === 'observer').map(row) },
  ];
  return {
    waiting: roster.participants.filter((entry) => entry.status === 'waiting'),
    groups: groups.filter((group) => group.rows.length > 0),
    removed: roster.participants.filter((entry) => entry.status === 'removed').length,
  };
}

/** How many people wait to be let in (the dock's badge). */
export const waitingCount = (roster: RosterSnapshot | null): number =>
  roster ? roster.participants.filter((entry) => entry.status === 'waiting').length : 0;
