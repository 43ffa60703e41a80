// Per company, whether it has agreed on a card: a filled check in its colour, or an empty ring.
// The same marks as the badge on the canvas, for the property bar and the agreements list.
import type { AgreementMark, Company, CompanyKey } from '@kyoso/shared';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLedgerTime } from '../drafting/ledgerTime';

interface AgreementMarksProps {
  companies: readonly Company[];
  marks: ReadonlyMap<CompanyKey, AgreementMark> | undefined;
  now: Date;
}

export function AgreementMarks({ companies, marks, now }: AgreementMarksProps) {
  const { t, locale } = useI18n();
  return (
    <span className="agreement-marks">
      {companies.map((company) => {
        const mark = marks?.get(company.key);
        const label = mark
          ? t('agreement.mark.agreed', {
              company: company.name,
              name: mark.name,
              time: formatLedgerTime(mark.at, locale, now),
            })
          : t('agreement.mark.waiting', { company: company.name });
        return (
          <span
            key={company.key}
            className={`agreement-mark ${mark ? 'agreement-mark--agreed' : ''}`}
            style={{ borderColor: company.color, backgroundColor: mark ? company.color : undefined }}
            role="img"
            aria-label={label}
            title={label}
            data-company={company.key}
            data-agreed={mark ? 'true' : 'false'}
          >
            {mark && (
              <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                <path
                  d="M2.5 6.3l2.2 2.2 4.8-5"
                  fill="none"
                  stroke="#fff"
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
