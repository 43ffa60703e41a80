// What an agreement is an agreement to: the card's text (a synergy point's title), kind and
// company, and for a synergy point its fields (its workflow status aside) and the texts of the
// cards it links. The ledger records this content and its digest with every `agreed` event; when
// the board's content no longer has that digest, the agreement is "changed since agreed".
import type { CompanyKey, ShapeId } from '../ids.js';
import { asCompanyKey, asShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import { isCardKind, type CardKind } from '../model/shapes/fields.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import { isWellFormed } from '../model/well-formed.js';
import { digestOf } from '../evidence/digest.js';
import {
  SYNERGY_TEXT_KEYS,
  isDueDate,
  isSynergyText,
  isSynergyTypeOrNotSet,
  type SynergyFields,
} from '../synergy/fields.js';
import { synergyLinks, type LinkedCard } from '../synergy/links.js';
import { committedPlan, parseCommittedPlan, type CommittedPlan } from '../plan/plan-fields.js';

/** The synergy fields an agreement covers: all but the workflow status. */
export type AgreedSynergyFields = Omit<SynergyFields, 'status'>;

export interface AgreedLink {
  id: ShapeId;
  side: 'from' | 'to';
  company: CompanyKey | null;
  text: string;
}

export interface AgreedContent {
  /** The card's text: a synergy point's title. */
  text: string;
  kind: CardKind | null;
  company: CompanyKey | null;
  /** Synergy points only. */
  synergy?: AgreedSynergyFields;
  /** Synergy points only: the linked cards, ordered by id. */
  linked?: AgreedLink[];
  /**
   * Synergy points with an action plan only: its actions (who, what, by when) and KPI target,
   * progress aside. Absent while the plan is empty, so agreements made before plans keep their digest.
   */
  plan?: CommittedPlan;
}

const byId = (a: AgreedLink, b: AgreedLink) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The content of `card` as an agreement records it, given the cards it links. */
export function agreedContentOf(card: StickyShape, linked: readonly LinkedCard[]): AgreedContent {
  const content: AgreedContent = { text: card.text, kind: card.kind, company: card.company };
  if (card.kind === 'synergy' && card.synergy) {
    const { status: _status, ...fields } = card.synergy;
    content.synergy = { ...fields, owners: { ...fields.owners } };
    content.linked = linked
      .map((entry) => ({
        id: entry.id,
        side: entry.side,
        company: entry.card.company,
        text: entry.card.text,
      }))
      .sort(byId);
    const plan = committedPlan(card.plan, fields);
    if (plan) content.plan = plan;
  }
  return content;
}

/** The digest an agreement to `content` records. */
export const agreementDigest = (content: AgreedContent): string => digestOf(content);

/**
 * The current content of every card an agreement may concern, read from the board's shapes: a
 * function from card id to its content and digest (null when the card is not on the board).
 */
export function currentAgreementContent(
  shapes: readonly Shape[],
): (id: ShapeId) => { content: AgreedContent; digest: string } | null {
  const cards = new Map<ShapeId, StickyShape>();
  for (const shape of shapes) if (shape.type === 'sticky') cards.set(shape.id, shape);
  let links: Map<ShapeId, LinkedCard[]> | null = null;
  const cache = new Map<ShapeId, { content: AgreedContent; digest: string } | null>();
  return (id) => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const card = cards.get(id);
    let result: { content: AgreedContent; digest: string } | null = null;
    if (card) {
      links ??= synergyLinks(shapes);
      const content = agreedContentOf(card, links.get(id) ?? []);
      result = { content, digest: agreementDigest(content) };
    }
    cache.set(id, result);
    return result;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 10_000): value is string =>
  typeof value === 'string' && value.length <= max && isWellFormed(value);
const companyOrNull = (value: unknown): CompanyKey | null | undefined =>
  value === null ? null : typeof value === 'string' ? (asCompanyKey(value) ?? undefined) : undefined;

function parseSynergy(value: unknown): AgreedSynergyFields | null {
  // A type not set is null (agreements made before schema 6 always name one).
  if (!isRecord(value) || !isSynergyTypeOrNotSet(value.synergyType) || !isRecord(value.owners)) return null;
  if (!SYNERGY_TEXT_KEYS.every((key) => isSynergyText(value[key]))) return null;
  if (value.due !== null && !isDueDate(value.due)) return null;
  const owners: Record<CompanyKey, string> = {};
  for (const [key, name] of Object.entries(value.owners)) {
    const company = asCompanyKey(key);
    if (!company || !isSynergyText(name)) return null;
    owners[company] = name;
  }
  return {
    synergyType: value.synergyType,
    synergyTypeLabel: value.synergyTypeLabel as string,
    expectedValue: value.expectedValue as string,
    effort: value.effort as string,
    owners,
    nextStep: value.nextStep as string,
    due: value.due as string | null,
  };
}

function parseLink(value: unknown): AgreedLink | null {
  if (!isRecord(value)) return null;
  const id = typeof value.id === 'string' ? asShapeId(value.id) : null;
  const company = companyOrNull(value.company);
  if (!id || company === undefined || (value.side !== 'from' && value.side !== 'to') || !isText(value.text))
    return null;
  return { id, side: value.side, company, text: value.text };
}

/** Agreed content as stored in a ledger event, or null when malformed. */
export function parseAgreedContent(value: unknown): AgreedContent | null {
  if (!isRecord(value) || !isText(value.text)) return null;
  const company = companyOrNull(value.company);
  const kind = value.kind === null ? null : isCardKind(value.kind) ? value.kind : undefined;
  if (company === undefined || kind === undefined) return null;
  const content: AgreedContent = { text: value.text, kind, company };
  if (value.synergy !== undefined || value.linked !== undefined) {
    const synergy = parseSynergy(value.synergy);
    if (!synergy || !Array.isArray(value.linked) || value.linked.length > 500) return null;
    const linked = value.linked.map(parseLink);
    if (!linked.every((link): link is AgreedLink => link !== null)) return null;
    content.synergy = synergy;
    content.linked = linked;
    if (value.plan !== undefined) {
      const plan = parseCommittedPlan(value.plan);
      if (!plan) return null;
      content.plan = plan;
    }
  }
  return content;
}

/** One difference between agreed and current content, for "what changed since you agreed". */
export interface AgreedChange {
  /** `text`, a synergy field name, `owner:<company>`, or `linked:<card id>`. */
  field: string;
  before: string;
  after: string;
}

/**
 * What differs between the content agreed to and the content now (empty when nothing does).
 * `companyName` names a company in the lines that mention one (an action's owners).
 */
export function agreedChanges(
  before: AgreedContent,
  after: AgreedContent,
  companyName: (key: CompanyKey) => string = (key) => key,
): AgreedChange[] {
  const changes: AgreedChange[] = [];
  const note = (field: string, a: string, b: string) => {
    if (a !== b) changes.push({ field, before: a, after: b });
  };
  note('text', before.text, after.text);
  note('kind', before.kind ?? '', after.kind ?? '');
  note('company', before.company ?? '', after.company ?? '');
  const a = before.synergy;
  const b = after.synergy;
  if (a || b) {
    note('synergyType', a?.synergyType ?? '', b?.synergyType ?? '');
    for (const key of SYNERGY_TEXT_KEYS) note(key, a?.[key] ?? '', b?.[key] ?? '');
    note('due', a?.due ?? '', b?.due ?? '');
    const owners = new Set([...Object.keys(a?.owners ?? {}), ...Object.keys(b?.owners ?? {})]);
    for (const company of [...owners].sort())
      note(
        `owner:${company}`,
        a?.owners[company as CompanyKey] ?? '',
        b?.owners[company as CompanyKey] ?? '',
      );
    const beforeLinks = new Map((before.linked ?? []).map((link) => [link.id, link.text]));
    const afterLinks = new Map((after.linked ?? []).map((link) => [link.id, link.text]));
    for (const id of [...new Set([...beforeLinks.keys(), ...afterLinks.keys()])].sort())
      note(`linked:${id}`, beforeLinks.get(id) ?? '', afterLinks.get(id) ?? '');
    const beforeActions = new Map((before.plan?.actions ?? []).map((action) => [action.id, action]));
    const afterActions = new Map((after.plan?.actions ?? []).map((action) => [action.id, action]));
    // An action that restated the agreed next step was left out of what was agreed (committedPlan):
    // once changed, it reads as a change to that next step, not as an action out of nowhere.
    const agreedStep =
      a && a.nextStep.trim() !== ''
        ? { id: '', title: a.nextStep.trim(), owners: a.owners, due: a.due }
        : undefined;
    const beforeOf = (id: string) =>
      beforeActions.get(id) ?? (afterActions.get(id)?.title === agreedStep?.title ? agreedStep : undefined);
    for (const id of [...new Set([...beforeActions.keys(), ...afterActions.keys()])].sort())
      note(
        `action:${id}`,
        actionLine(beforeOf(id), companyName),
        actionLine(afterActions.get(id), companyName),
      );
    note('kpi', kpiLine(before.plan?.kpi), kpiLine(after.plan?.kpi));
  }
  return changes;
}

/** An action in one line, for "before → after": what, who on each side, by when. */
function actionLine(
  action: CommittedPlan['actions'][number] | undefined,
  companyName: (key: CompanyKey) => string,
): string {
  if (!action) return '';
  const owners = Object.entries(action.owners).map(
    ([company, name]) => `${companyName(company as CompanyKey)}: ${name}`,
  );
  return [action.title, ...owners, action.due ?? ''].filter((part) => part !== '').join(' · ');
}

/** A KPI and its target in one line. */
function kpiLine(kpi: CommittedPlan['kpi'] | undefined): string {
  if (!kpi) return '';
  const target = kpi.target === null ? '' : `${kpi.target}${kpi.unit === '' ? '' : ` ${kpi.unit}`}`;
  // Not "→": the change list puts that between before and after.
  return [kpi.name, target].filter((part) => part !== '').join(': ');
}
