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
  return excerpt(value, 80);
}
