// The roster as the facilitator's panel shows it: waiting requests first (oldest first), then
// everyone let in, grouped (the facilitator, each company in the board's order, observers), each
// marked "here now" while the server says they have a page on the canvas (observers too).
import type { Company, ParticipantId, RosterEntry, RosterSnapshot } from '@kyoso/shared';

export interface RosterRow {
  entry: RosterEntry;
  /** On the canvas now. */
  here: boolean;
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

/** `here`: the participants with a page on the canvas now (workshop.here). */
export function rosterView(
  roster: RosterSnapshot,
  companies: readonly Company[],
  here: ReadonlySet<ParticipantId>,
  self: ParticipantId | null,
): RosterView {
  const row = (entry: RosterEntry): RosterRow => {
    const you = entry.id === self;
    return { entry, you, here: you || here.has(entry.id) };
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
