// Tells everyone else on the board when a company reveals drafts: the cards land on the shared
// board wherever that company put them, often outside the view or under an open panel, and
// nothing said they had come.
import { companyName, type LedgerEvent } from '@kyoso/shared';
import { useEffect } from 'react';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { showCards } from '../../canvas/showCards';
import { countText } from '../../i18n/countText';
import { useI18n } from '../../i18n/I18nProvider';
import { showNotice } from '../facilitation/notices';

export function useRevealNotice({ session, stores, workshop }: CanvasPartProps): void {
  const { t } = useI18n();
  useEffect(() => {
    const { ledger } = workshop;
    // Known by content, not position: the ledger is read afresh after a reconnect.
    const keyOf = (event: LedgerEvent) =>
      event.type === 'revealed' ? `${event.at}|${event.company}|${event.cards.join()}` : null;
    // What was revealed before the board opened is history, not news.
    const seen = new Set(ledger.get().events.map(keyOf));
    const check = () => {
      for (const event of ledger.get().events) {
        const key = keyOf(event);
        if (key === null || seen.has(key)) continue;
        seen.add(key);
        // The revealer's own page says so itself (DraftingPanel), and brings the cards into view.
        if (event.type !== 'revealed' || event.company === session.identity.company) continue;
        const company = companyName(session.meta.get().companies, event.company);
        const cards = event.cards;
        showNotice(stores, 'info', countText(t, 'drafting.revealedNotice', cards.length, { company }), {
          label: t('drafting.revealedNotice.show'),
          run: () => showCards(session, stores, cards),
        });
      }
    };
    return ledger.subscribe(check);
  }, [session, stores, workshop, t]);
}
