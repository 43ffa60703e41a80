// The plan's exports: CSV, Markdown and PDF of the whole plan, and the due dates as an iCalendar
// file for everyone or one company. Downloaded with this page's token; progress and failures shown.
import type { Company } from '@kyoso/shared';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { WorkshopSession } from '../../sync/workshop-types';
import { useDownload, isBusy } from '../../exports/useDownload';

const FORMATS = ['csv', 'md', 'pdf', 'ics'] as const;
type Format = (typeof FORMATS)[number];

export function planUrl(boardId: string, format: Format, query: Record<string, string>): string {
  const params = new URLSearchParams(query).toString();
  return `/api/boards/${encodeURIComponent(boardId)}/plan.${format}${params ? `?${params}` : ''}`;
}

export function PlanExports({
  workshop,
  companies,
}: {
  workshop: WorkshopSession;
  companies: readonly Company[];
}) {
  const { t, locale } = useI18n();
  const { state, start } = useDownload(workshop.participant.token() ?? workshop.linkToken);
  const own = workshop.identity.role === 'member' ? workshop.identity.company : null;
  const [forCompany, setForCompany] = useState<string>(own ?? '');
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const busy = isBusy(state);
  const download = (format: Format) => {
    if (busy) return;
    const query: Record<string, string> = { lang: locale, tz };
    if (format === 'ics' && forCompany !== '') query.company = forCompany;
    void start(planUrl(workshop.identity.boardId, format, query), `plan.${format}`);
  };
  return (
    <div className="plan-exports" role="group" aria-label={t('plan.export')}>
      <span className="plan-exports__label">{t('plan.export')}</span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          // Not `disabled`: a disabled button drops the focus to the page, and Esc no longer
          // reaches the plan to close it.
          aria-disabled={busy}
          data-testid={`plan-export-${format}`}
          onClick={() => download(format)}
        >
          {t(`plan.export.${format}`)}
        </button>
      ))}
      <label className="plan-exports__for">
        <span>{t('plan.export.for')}</span>
        <select
          value={forCompany}
          data-testid="plan-export-company"
          onChange={(event) => setForCompany(event.target.value)}
        >
          <option value="">{t('plan.export.everyone')}</option>
          {companies.map((company) => (
            <option key={company.key} value={company.key}>
              {company.name}
            </option>
          ))}
        </select>
      </label>
      <span className="plan-exports__status" role="status" data-testid="plan-export-status">
        {busy
          ? t('plan.export.working')
          : state.phase === 'saved'
            ? t('plan.export.saved', { file: state.fileName })
            : state.phase === 'failed'
              ? t('plan.export.failed', { message: state.message })
              : ''}
      </span>
    </div>
  );
}
