// One synergy suggestion in the panel: the asset and the need with their companies, the reason
// (shared words, or the area of business both cards touch), and what a person can do with it.
// Hovering or focusing it points at the pair on the board (a dashed ghost link).
import type { Company, Suggestion } from '@kyoso/shared';
import { useMemo } from 'react';
import { kindLabels } from '../../canvas/kindLabels';
import { useI18n } from '../../i18n/I18nProvider';

interface Side {
  /** The card's text, shortened. */
  text: string;
  /** All of it, shown on hover when it was shortened. */
  full: string;
  company: Company | undefined;
}

export function SuggestionItem({
  suggestion: s,
  asset,
  need,
  canAct,
  onPoint,
  onShow,
  onDismiss,
  onAccept,
}: {
  suggestion: Suggestion;
  asset: Side;
  need: Side;
  /** Members and the facilitator; observers only see. */
  canAct: boolean;
  onPoint: (suggestion: Suggestion | null) => void;
  onShow: () => void;
  onDismiss: () => void;
  onAccept: () => void;
}) {
  const { t, locale } = useI18n();
  const kinds = useMemo(() => kindLabels(t), [t]);
  const names = { asset: asset.text, need: need.text };
  const terms = s.reason
    .map((term) => (locale === 'ja' ? term.ja : term.en))
    .join(t('suggest.reasonSeparator'));
  const card = (side: Side, kind: string) => (
    <span className="suggestion__card" style={{ borderLeftColor: side.company?.color }}>
      <span className="suggestion__label">
        {kind}
        {side.company && ` · ${side.company.name}`}
      </span>
      <span className="suggestion__text" title={side.full !== side.text ? side.full : undefined}>
        {side.text}
      </span>
    </span>
  );
  return (
    <li
      className="suggestion"
      data-testid="suggestion"
      data-asset={s.asset}
      data-need={s.need}
      onMouseEnter={() => onPoint(s)}
      onFocus={() => onPoint(s)}
    >
      <div className="suggestion__cards">
        {card(asset, kinds.asset)}
        <span className="suggestion__arrow" aria-hidden="true">
          →
        </span>
        {card(need, kinds[s.needKind])}
      </div>
      <p className="suggestion__reason" data-testid="suggestion-reason">
        {t(s.basis === 'area' ? 'suggest.areaReason' : 'suggest.reason', { terms })}
      </p>
      <div className="suggestion__actions">
        <button
          type="button"
          className="suggest-link"
          aria-label={t('suggest.showAria', names)}
          onClick={() => {
            onPoint(s);
            onShow();
          }}
        >
          {t('suggest.show')}
        </button>
        {canAct && (
          <>
            <button
              type="button"
              className="suggest-link suggest-link--muted"
              aria-label={t('suggest.dismissAria', names)}
              data-testid="suggestion-dismiss"
              onClick={() => {
                onPoint(null);
                onDismiss();
              }}
            >
              {t('suggest.dismiss')}
            </button>
            <button
              type="button"
              className="button button--primary suggest-accept"
              aria-label={t('suggest.acceptAria', names)}
              data-testid="suggestion-accept"
              onClick={onAccept}
            >
              {t('suggest.accept')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
