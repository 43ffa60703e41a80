// The activity panel's list: the `activity` channel's entries and the ledger's reveals,
// agreements, votes and check-ins (already facts the server recorded, so they are read from the
// ledger, not copied), merged newest first, and filtered by company and by person.
import type {
  ActivityArea,
  ActivityEntry,
  ActivityStep,
  ActivityVersion,
  CompanyKey,
  LedgerEvent,
  ParticipantId,
  Role,
  ShapeId,
} from '@kyoso/shared';

export type FeedKind =
  | ActivityEntry['type']
  | 'revealed'
  | 'agreed'
  /** A company agreeing to a point it had agreed to before (its content changed, or it withdrew). */
  | 'agreed-again'
  | 'withdrawn'
  | 'vote-started'
  | 'vote-ended'
  | 'votes-revealed'
  | 'checked-in';

/** Who did it: a person (participant token), or a link (role and company, no name). */
export interface FeedActor {
  participant: ParticipantId | null;
  name: string | null;
  role: Role;
  company: CompanyKey | null;
}

export interface FeedItem {
  key: string;
  kind: FeedKind;
  at: string;
  /** The last change folded into the entry, when several were. */
  until: string | null;
  who: FeedActor;
  shapes: readonly ShapeId[];
  /** Shapes concerned beyond `shapes`. */
  more: number;
  /** How many of the shapes are lines, as recorded (null: count them on the board now). */
  links: number | null;
  /** The first shape's text when it was recorded ('' when it had none; null: not recorded). */
  label: string | null;
  /** An edit: the start of the card's text before it (as recorded), when the text changed. */
  was: string | null;
  /** The first shape is a synergy point, as recorded. */
  synergy: boolean;
  area: ActivityArea | null;
  version: ActivityVersion | null;
  /** A step of the agenda the workshop moved to, as the agenda named it then. */
  step: ActivityStep | null;
  /** Ledger events: the company that revealed, agreed or withdrew. */
  company: CompanyKey | null;
  /** Votes: the round, and (results) how many people voted. */
  round: number | null;
  voters: number | null;
}

const fromEntry = (entry: ActivityEntry): FeedItem => ({
  key: `a:${entry.id}`,
  kind: entry.type,
  at: entry.at,
  until: entry.until ?? null,
  who: entry.by,
  shapes: entry.shapes,
  more: entry.more ?? 0,
  links: entry.links ?? null,
  label: entry.label ?? null,
  was: entry.was ?? null,
  synergy: entry.synergy ?? false,
  area: entry.area ?? null,
  version: entry.version ?? null,
  step: entry.step ?? null,
  company: null,
  round: null,
  voters: null,
});

function fromLedger(event: LedgerEvent, index: number, again: boolean): FeedItem | null {
  const base = {
    key: `l:${index}`,
    at: event.at,
    until: null,
    who: event.by,
    more: 0,
    links: null,
    label: null,
    was: null,
    synergy: false,
    area: null,
    version: null,
    step: null,
    company: null,
    round: null,
    voters: null,
  };
  switch (event.type) {
    case 'revealed':
      return { ...base, kind: 'revealed', shapes: event.cards, company: event.company };
    case 'agreed':
      // What was agreed names it once the point is deleted (it read "an untitled shape").
      return {
        ...base,
        kind: again ? 'agreed-again' : 'agreed',
        shapes: [event.card],
        company: event.company,
        label: event.content?.text.trim() || null,
      };
    case 'withdrawn':
      return { ...base, kind: event.type, shapes: [event.card], company: event.company };
    case 'vote-started':
    case 'vote-ended':
      return { ...base, kind: event.type, shapes: [], round: event.round };
    case 'votes-revealed': {
      // The cards that got dots, most first: "show on board" brings them into view.
      const voted = Object.entries(event.totals) as [ShapeId, number][];
      const shapes = voted.sort((a, b) => b[1] - a[1]).map(([id]) => id);
      return { ...base, kind: event.type, shapes, round: event.round, voters: event.voters };
    }
    case 'checked-in':
      return { ...base, kind: event.type, shapes: [], label: event.title.trim() || null };
  }
}

/** Newest first: by time (the latest change of a folded entry is not its place), then key. */
export function activityFeed(entries: readonly ActivityEntry[], ledger: readonly LedgerEvent[]): FeedItem[] {
  const items = entries.map(fromEntry);
  // Which company agreed to which point so far, in the ledger's order.
  const agreed = new Set<string>();
  ledger.forEach((event, i) => {
    const key = event.type === 'agreed' ? `${event.card}\u0000${event.company}` : null;
    const item = fromLedger(event, i, key !== null && agreed.has(key));
    if (key !== null) agreed.add(key);
    if (item) items.push(item);
  });
  const time = (item: FeedItem) => Date.parse(item.at);
  return items.sort((a, b) => time(b) - time(a) || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}

/** One person: their participant id, or for a link token its role and company. */
export const personKey = (who: FeedActor): string =>
  who.participant ?? `link:${who.role}:${who.company ?? ''}`;

/** Everyone who appears in the list, once each, with the name they last appeared under. */
export function peopleIn(items: readonly FeedItem[]): FeedActor[] {
  const seen = new Map<string, FeedActor>();
  // Newest first: the first time someone appears is their latest name.
  for (const item of items) if (!seen.has(personKey(item.who))) seen.set(personKey(item.who), item.who);
  return [...seen.values()];
}

/** `company`: a company key, `none` for people of no company (facilitator, observers), or null for all. */
export interface FeedFilter {
  company: CompanyKey | 'none' | null;
  person: string | null;
}

export const NO_FILTER: FeedFilter = { company: null, person: null };

const inCompany = (who: FeedActor, company: FeedFilter['company']): boolean =>
  company === null || (company === 'none' ? who.company === null : who.company === company);

export function filterFeed(items: readonly FeedItem[], filter: FeedFilter): readonly FeedItem[] {
  if (filter.company === null && filter.person === null) return items;
  return items.filter((item) => {
    if (filter.person !== null && personKey(item.who) !== filter.person) return false;
    return inCompany(item.who, filter.company);
  });
}

/** The people the person filter offers: those of the chosen company. */
export const peopleOf = (people: readonly FeedActor[], company: FeedFilter['company']): FeedActor[] =>
  people.filter((who) => inCompany(who, company));

/** The filter with another company chosen: a person of another company is no longer chosen. */
export function withCompany(
  filter: FeedFilter,
  company: FeedFilter['company'],
  people: readonly FeedActor[],
): FeedFilter {
  const person = people.find((who) => personKey(who) === filter.person);
  const keep = filter.person !== null && person !== undefined && inCompany(person, company);
  return { company, person: keep ? filter.person : null };
}
