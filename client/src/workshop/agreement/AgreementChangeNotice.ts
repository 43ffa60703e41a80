// Tells the people whose agreement an edit has just set aside: a member when their company's
// agreement to a point is now to earlier content, the facilitator when a point every company had
// agreed no longer is. Only a counter and a small badge said so, easy to miss while someone else
// typed into a linked card.
import { agreementStatus, companyName, excerpt, type ShapeId } from '@kyoso/shared';
import { useEffect, useRef } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { showCards } from '../../canvas/showCards';
import { useI18n } from '../../i18n/I18nProvider';
import { showNotice } from '../facilitation/notices';
import { useCurrentContent } from './useCurrentContent';

/**
 * Renders nothing: a component of its own so that following every change of the board's shapes
 * re-renders only it (in WorkshopPanels' body it re-rendered every panel on each remote move).
 */
export function AgreementChangeNotice(props: CanvasPartProps): null {
  useAgreementChangeNotice(props);
  return null;
}

function useAgreementChangeNotice({ session, stores, workshop }: CanvasPartProps): void {
  const { t } = useI18n();
  const { agreements } = useStore(workshop.ledger);
  const { companies } = useStore(session.meta);
  const current = useCurrentContent(session);
  const { company: own, role } = session.identity;
  // The points whose agreement this person is asked to renew; null until the board first read.
  const stale = useRef<Set<ShapeId> | null>(null);
  useEffect(() => {
    const now = new Set<ShapeId>();
    for (const id of agreements.keys()) {
      const card = session.shapes.byId(id);
      if (card?.type !== 'sticky') continue;
      const status = agreementStatus(agreements, id, companies, current(id)?.digest ?? null);
      const mine =
        own !== null
          ? status.changedSince.includes(own)
          : role === 'facilitator' && !status.agreed && status.changedSince.length > 0;
      if (mine) now.add(id);
    }
    const before = stale.current;
    stale.current = now;
    // What was already changed when the board opened is the agreements panel's to show.
    if (before === null) return;
    const fresh = [...now].filter((id) => !before.has(id));
    const first = fresh[0];
    if (first === undefined) return;
    const card = session.shapes.byId(first);
    const title = excerpt(card && 'text' in card ? card.text.trim() : '', 40) || t('synergy.untitled');
    showNotice(
      stores,
      'info',
      own !== null
        ? t('agreement.changedNotice.member', { title, company: companyName(companies, own) })
        : t('agreement.changedNotice.facilitator', { title }),
      { label: t('agreement.changedNotice.show'), run: () => showCards(session, stores, [first]) },
    );
  }, [agreements, companies, current, own, role, session, stores, t]);
}
