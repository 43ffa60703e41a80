// Per company, whether it has agreed on a card: a filled check in its colour, an empty ring, or a
// dashed ring when it agreed to an earlier version that has changed since. The same marks as the
// badge on the canvas, for the property bar and the agreements list.
import { PALETTE } from '@kyoso/shared';
import type { AgreementMark, AgreementStatus, Company, CompanyKey } from '@kyoso/shared';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLedgerTime } from '../../i18n/ledgerTime';

interface AgreementMarksProps {
  companies: readonly Company[];
  marks: ReadonlyMap<CompanyKey, AgreementMark> | undefined;
  /** Whose agreement is to the card as it is now. */
  status: AgreementStatus;
  now: Date;
}

export function AgreementMarks({ companies, marks, status, now }: AgreementMarksProps) {
  const { t, locale } = useI18n();
  return (
    <span className="agreement-marks">
      {companies.map((company) => {
        const mark = marks?.get(company.key);
        const current = mark !== undefined && status.agreedBy.includes(company.key);
        const vars = mark && {
          company: company.name,
          name: mark.name,
          time: formatLedgerTime(mark.at, locale, now),
        };
        const label = vars
          ? t(current ? 'agreement.mark.agreed' : 'agreement.mark.changed', vars)
          : t('agreement.mark.waiting', { company: company.name });
        return (
          <span
            key={company.key}
            className={`agreement-mark ${current ? 'agreement-mark--agreed' : mark ? 'agreement-mark--changed' : ''}`}
            style={{ borderColor: company.color, backgroundColor: current ? company.color : undefined }}
            role="img"
            aria-label={label}
            title={label}
            data-company={company.key}
            data-agreed={current ? 'true' : mark ? 'changed' : 'false'}
          >
            {current && (
              <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                <path
                  d="M2.5 6.3l2.2 2.2 4.8-5"
                  fill="none"
                  stroke={PALETTE.surface}
                  strokeWidth="1.8"
                  strokeLinecap="round"
                />
              </svg>
            )}
          </span>
        );
      })}
    </span>
  );
}
