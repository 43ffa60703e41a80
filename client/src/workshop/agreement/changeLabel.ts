// The name of a field in "changed since agreed" (each field `agreedChanges` reports) and its values,
// in the reader's language.
import { companyName, excerpt, isSynergyType, type Company } from '@kyoso/shared';
import type { KindLabels } from '../../canvas/kindLabels';
import type { TranslateFn } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

/** The name of each field `agreedChanges` reports (an owner's, a linked card's and an action's carry an id). */
const FIELD_LABELS: Record<string, MessageKey> = {
  text: 'agreement.changes.text',
  kind: 'agreement.changes.kind',
  company: 'agreement.changes.company',
  synergyType: 'agreement.changes.synergyType',
  synergyTypeLabel: 'agreement.changes.synergyTypeLabel',
  expectedValue: 'agreement.changes.expectedValue',
  effort: 'agreement.changes.effort',
  nextStep: 'agreement.changes.nextStep',
  due: 'agreement.changes.due',
  linked: 'agreement.changes.linked',
  action: 'agreement.changes.action',
  kpi: 'agreement.changes.kpi',
};

export function changeLabel(field: string, companies: readonly Company[], t: TranslateFn): string {
  const [kind = '', key] = field.split(':');
  if (kind === 'owner') return t('agreement.changes.owner', { company: companyName(companies, key) });
  const label = FIELD_LABELS[kind];
  return label ? t(label) : kind;
}

/** A value before or after a change, as the reader says it: a kind's or a type's name, a company's. */
export function changeValue(
  field: string,
  value: string,
  companies: readonly Company[],
  kinds: KindLabels,
  t: TranslateFn,
): string {
  const kind = field.split(':')[0];
  if (kind === 'synergyType')
    return value === '' ? t('synergy.type.none') : isSynergyType(value) ? t(`synergy.type.${value}`) : value;
  if (value === '') return t('agreement.changes.empty');
  if (kind === 'kind') return kinds[value as keyof KindLabels] ?? value;
  if (kind === 'company') return companyName(companies, value);
  return excerpt(value, EXCERPT);
}

/** How many characters of a text before or after a change are shown. */
const EXCERPT = 80;
/** How much of what the two texts share is kept before the first difference, when that is cut. */
const CONTEXT = 24;

/**
 * A change's before and after, as the reader says them. Two texts that differ only past what an
 * excerpt shows (a sentence added at the end of a long card) start shortly before their first
 * difference, with "…" for what they share, so that the change itself is what the reader sees.
 */
export function changeValues(
  field: string,
  before: string,
  after: string,
  companies: readonly Company[],
  kinds: KindLabels,
  t: TranslateFn,
): [before: string, after: string] {
  const [from, to] = FREE_TEXT.has(field.split(':')[0] ?? '')
    ? fromDifference(before, after)
    : [before, after];
  return [changeValue(field, from, companies, kinds, t), changeValue(field, to, companies, kinds, t)];
}

/** The fields whose values are what people wrote (not a kind, a type or a company). */
const FREE_TEXT = new Set([
  'text',
  'synergyTypeLabel',
  'expectedValue',
  'effort',
  'nextStep',
  'owner',
  'linked',
  'action',
]);

function fromDifference(before: string, after: string): [string, string] {
  const a = [...before];
  const b = [...after];
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  if (same <= EXCERPT - CONTEXT) return [before, after];
  let start = same - CONTEXT;
  // Start at a word in texts with spaces (there is none to find in Japanese).
  const space = a.slice(start, same).findIndex((char) => /\s/.test(char));
  if (space >= 0) start += space + 1;
  const rest = (chars: string[]) => `…${chars.slice(start).join('')}`;
  return [rest(a), rest(b)];
}
