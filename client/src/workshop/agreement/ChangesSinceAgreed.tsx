// What changed since a company agreed: each changed field of the card (or synergy point), before →
// after, so whoever is asked to agree again sees exactly what they would be agreeing to now.
// Companies that agreed to the same content share one list ("A、B、Cが合意した後に変わった点").
import {
  agreedChanges,
  type AgreedContent,
  type AgreementMark,
  type Company,
  type CompanyKey,
  companyName,
} from '@kyoso/shared';
import { useMemo } from 'react';
import { kindLabels } from '../../canvas/kindLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { changeLabel, changeValues } from './changeLabel';

interface ChangesSinceAgreedProps {
  mark: AgreementMark;
  current: AgreedContent | null;
  companies: readonly Company[];
  /** The heading: whose agreement this is about. */
  title: string;
}

export function ChangesSinceAgreed({ mark, current, companies, title }: ChangesSinceAgreedProps) {
  const { t } = useI18n();
  const kinds = useMemo(() => kindLabels(t), [t]);
  const changes = useMemo(
    () =>
      mark.content && current
        ? agreedChanges(mark.content, current, (key) => companyName(companies, key))
        : null,
    [mark.content, current, companies],
  );
  return (
    <div className="agreement-changes" data-testid="agreement-changes">
      <p className="agreement-changes__title">{title}</p>
      {changes === null ? (
        <p className="agreement-changes__unknown">{t('agreement.changes.unknown')}</p>
      ) : (
        <ul>
          {changes.map((change) => {
            const [before, after] = changeValues(
              change.field,
              change.before,
              change.after,
              companies,
              kinds,
              t,
            );
            return (
              <li key={change.field} data-field={change.field}>
                <span className="agreement-changes__field">{changeLabel(change.field, companies, t)}</span>
                <del>{before}</del>
                <span aria-hidden="true">→</span>
                <ins>{after}</ins>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

interface ChangesSinceAgreementsProps {
  /** The companies whose agreement is to earlier content, in the board's order. */
  changedSince: readonly CompanyKey[];
  marks: ReadonlyMap<CompanyKey, AgreementMark> | undefined;
  current: AgreedContent | null;
  companies: readonly Company[];
}

/** One list per distinct agreed content, headed by every company that agreed to it. */
export function ChangesSinceAgreements({
  changedSince,
  marks,
  current,
  companies,
}: ChangesSinceAgreementsProps) {
  const { t, locale } = useI18n();
  const groups = new Map<string, { mark: AgreementMark; names: string[] }>();
  for (const key of changedSince) {
    const mark = marks?.get(key);
    if (!mark) continue;
    // An agreement recorded without its content cannot be compared: it stands alone.
    const group = mark.digest ?? `company:${key}`;
    const names = groups.get(group)?.names ?? [];
    names.push(companyName(companies, key));
    groups.set(group, { mark: groups.get(group)?.mark ?? mark, names });
  }
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return [...groups].map(([group, { mark, names }]) => (
    <ChangesSinceAgreed
      key={group}
      mark={mark}
      current={current}
      companies={companies}
      title={t('agreement.changes.yours', { company: list.format(names) })}
    />
  ));
}
