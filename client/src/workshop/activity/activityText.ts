// Activity in words: who (a person's name, or a link's role) and their company, and what they did
// to which shapes, for the panel and the card's tooltip.
import {
  companyName,
  excerpt,
  isSynergyCard,
  phaseText,
  type Company,
  type Locale,
  type Shape,
  type ShapeId,
  type Stamp,
} from '@kyoso/shared';
import { countText } from '../../i18n/countText';
import type { TranslateFn } from '../../i18n/I18nProvider';
import type { KindLabels } from '../../canvas/kindLabels';
import type { FeedActor, FeedItem } from './feed';

/** The name to show: the person's, or for a link token (no person) its role. */
export const actorName = (who: FeedActor, t: TranslateFn): string =>
  who.name ?? t('activity.who.link', { role: t(`role.${who.role}`) });

/** The actor's company by name; the facilitator and observers have none. */
export function actorCompany(who: FeedActor, companies: readonly Company[], t: TranslateFn): string {
  if (who.company !== null) return companyName(companies, who.company);
  return who.role === 'facilitator' ? t('attribution.facilitator') : t('attribution.noCompany');
}

/** One line of the card's tooltip, as `attribution.created` / `attribution.changed` say it. */
export function stampLine(
  key: 'attribution.created' | 'attribution.changed',
  stamp: Stamp,
  companies: readonly Company[],
  t: TranslateFn,
  time: string,
): string {
  const line = t(key, {
    // A link token's stamp names its role, as the activity panel does.
    name: actorName(stamp, t),
    company: actorCompany(stamp, companies, t),
    time,
  });
  return stamp.file ? `${line} ${t('activity.fromFile')}` : line;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Characters of a shape's text that name it in a line of the feed. */
const MAX_LABEL = 40;

/**
 * The shapes concerned: the first one's text (as recorded then, else as it is now: "created X"
 * names what was created, not what the card says after later edits) and how many more, the lines
 * linking them counted apart ("a synergy point and 2 more" was one card and its links). Counts
 * and names come from the entry where it recorded them, so an entry reads the same whatever
 * happens to its shapes later (deleted, brought back, retyped).
 */
export function whatText(item: FeedItem, byId: (id: ShapeId) => Shape | undefined, t: TranslateFn): string {
  let first: ShapeId | undefined;
  let links: number;
  let others: number;
  if (item.links !== null) {
    // The recorder lists a shape with text first.
    const cards = item.shapes.length + item.more - item.links;
    links = cards > 0 ? item.links : 0;
    first = item.shapes[0];
    others = (cards > 0 ? cards : item.links) - 1;
  } else {
    const isLink = (id: ShapeId) => byId(id)?.type === 'connector';
    const named = item.shapes.filter((id) => !isLink(id));
    links = named.length > 0 ? item.shapes.length - named.length : 0;
    const listed = links > 0 ? named : item.shapes;
    first = listed[0];
    others = listed.length - 1 + item.more;
  }
  const current = first === undefined ? undefined : byId(first);
  const now = current && 'text' in current ? oneLine(current.text) : '';
  // The recorded label is the first recorded shape's.
  const recorded = first === item.shapes[0] ? item.label : null;
  const label = excerpt(recorded ?? now, MAX_LABEL);
  const synergy = item.synergy || (current !== undefined && isSynergyCard(current));
  const name = label
    ? t(synergy ? 'activity.what.synergy' : 'activity.what.one', { label })
    : t(synergy ? 'activity.what.synergyUnnamed' : 'activity.what.unnamed');
  if (links > 0 && others > 0) return countText(t, 'activity.what.manyWithLinks', links, { name, others });
  if (links > 0) return countText(t, 'activity.what.withLinks', links, { name });
  if (others > 0)
    return label || synergy
      ? t('activity.what.many', { name, others })
      : t('activity.what.manyUnnamed', { count: others + 1 });
  return name;
}

/** What happened, without the subject (who is shown beside it). */
export function actionText(
  item: FeedItem,
  byId: (id: ShapeId) => Shape | undefined,
  companies: readonly Company[],
  kinds: KindLabels,
  t: TranslateFn,
  locale: Locale,
): string {
  const what = whatText(item, byId, t);
  const company = companyName(companies, item.company);
  const areaName = () => {
    const frame = item.area ? byId(item.area.frame) : undefined;
    const title = frame && 'text' in frame ? oneLine(frame.text) : '';
    return title || (item.area?.kind ? kinds[item.area.kind] : t('activity.areaUntitled'));
  };
  switch (item.kind) {
    case 'created':
      return item.area
        ? t('activity.createdInArea', { what, area: areaName() })
        : t('activity.created', { what });
    case 'edited':
      // What a card said before someone changed it (its company reads who changed what).
      return item.was !== null && item.shapes.length === 1
        ? t('activity.editedFrom', { what, was: excerpt(item.was, MAX_LABEL) })
        : t('activity.edited', { what });
    case 'moved':
      return t('activity.moved', { what });
    case 'moved-into-area':
      return t('activity.movedIntoArea', { what, area: areaName() });
    case 'deleted':
      return t('activity.deleted', { what });
    case 'restored':
      // Shapes brought back (a deletion undone), or a version of the whole board.
      if (!item.version) return t('activity.restoredShapes', { what });
      return item.version.kind === 'auto'
        ? t('activity.restoredAuto')
        : t('activity.restored', { name: item.version.name });
    case 'revealed':
      return countText(t, 'activity.revealed', item.shapes.length, { company });
    case 'agreed':
      return t('activity.agreed', { what, company });
    case 'agreed-again':
      return t('activity.agreedAgain', { what, company });
    case 'withdrawn':
      return t('activity.withdrawn', { what, company });
    case 'vote-started':
      return t('activity.voteStarted', { round: item.round ?? 1 });
    case 'vote-ended':
      return t('activity.voteEnded', { round: item.round ?? 1 });
    case 'votes-revealed':
      return countText(t, 'activity.votesRevealed', item.voters ?? 0, { round: item.round ?? 1 });
    case 'step': {
      // A built-in step in the reader's language; one the facilitator renamed as they named it.
      const step = item.step ? phaseText({ id: '', instructions: null, ...item.step }, locale).name : '';
      return t('activity.step', { step });
    }
    case 'checked-in':
      return item.label ? t('activity.checkedIn', { title: item.label }) : t('activity.checkedInUntitled');
  }
}
