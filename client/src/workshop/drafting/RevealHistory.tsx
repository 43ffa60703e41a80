// The company's reveals as the server recorded them: who revealed how many cards, and when, each
// with a button that shows those cards on the board.
import type { CompanyKey, ShapeId } from '@kyoso/shared';
import { useMemo } from 'react';
import { useShapesById, useStore } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { countText } from '../../i18n/countText';
import type { BoardSession } from '../../sync/session-types';
import type { WorkshopSession } from '../../sync/workshop-types';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import { revealHistory } from './revealHistory';

interface RevealHistoryProps {
  session: BoardSession;
  workshop: WorkshopSession;
  company: CompanyKey;
  onShow: (ids: readonly ShapeId[]) => void;
}

export function RevealHistory({ session, workshop, company, onShow }: RevealHistoryProps) {
  const { t, locale } = useI18n();
  const { events } = useStore(workshop.ledger);
  const records = useMemo(() => revealHistory(events, company), [events, company]);
  // Whether each reveal's cards are still on the board: re-rendered when one of them changes.
  useShapesById(
    session.shapes,
    useMemo(() => records.flatMap((record) => record.cards), [records]),
  );
  if (records.length === 0) return null;
  const now = new Date(workshop.now());
  return (
    <details className="reveal-history" data-testid="reveal-history">
      <summary>{t('drafting.history.title', { count: records.length })}</summary>
      <ul>
        {records.map((record) => {
          const time = formatLedgerTime(record.at, locale, now);
          const onBoard = record.cards.some((id) => session.shapes.byId(id) !== undefined);
          return (
            <li key={`${record.at}-${record.cards[0] ?? ''}`} className="reveal-history__item">
              <span>
                {countText(t, 'drafting.history.entry', record.cards.length, { name: record.name })}
                <time className="reveal-history__time" dateTime={record.at}>
                  {time}
                </time>
              </span>
              <button
                type="button"
                className="drafting-link"
                disabled={!onBoard}
                aria-label={countText(t, 'drafting.history.showAria', record.cards.length, { time })}
                onClick={() => onShow(record.cards)}
              >
                {t('drafting.history.show')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
