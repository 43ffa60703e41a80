// Tells the people whose agreement an edit has just set aside: a member when their company's
// agreement to a point is now to earlier content, the facilitator when a point every company had
// agreed no longer is. Only a counter and a small badge said so, easy to miss while someone else
// typed into a linked card. Each point is told once until it is agreed again (a deletion undone
// does not tell it twice), and the notice goes once nothing is left to renew. Also tells everyone
// when someone else deletes a point that carries agreements (useAgreedDeletionNotice).
import { agreementStatus, companyName, excerpt, type ShapeId } from '@kyoso/shared';
import { useEffect, useRef } from 'react';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { showCards } from '../../canvas/showCards';
import { useI18n } from '../../i18n/I18nProvider';
import { dismissNotice, showNotice } from '../facilitation/notices';
import { useAgreedDeletionNotice } from './useAgreedDeletionNotice';
import { useCurrentContent } from './useCurrentContent';

const isSynced = (state: { synced: boolean }) => state.synced;

/**
 * Renders nothing: a component of its own so that following every change of the board's shapes
 * re-renders only it (in WorkshopPanels' body it re-rendered every panel on each remote move).
 */
export function AgreementChangeNotice(props: CanvasPartProps): null {
  useAgreementChangeNotice(props);
  useAgreedDeletionNotice(props);
  return null;
}

function useAgreementChangeNotice({ session, stores, workshop }: CanvasPartProps): void {
  const { t } = useI18n();
  const { agreements } = useStore(workshop.ledger);
  const { companies } = useStore(session.meta);
  const current = useCurrentContent(session);
  // The board as it was on opening is known once both channels first synced with the server
  // (before, a point already changed looked freshly changed as the ledger arrived).
  const ledgerSynced = useStoreSelector(workshop.connection, isSynced);
  const contentSynced = useStoreSelector(session.connection, isSynced);
  const { company: own, role } = session.identity;
  // The points this person was asked to renew (or that were stale when the board opened) and not
  // yet renewed; null until the board was first read.
  const told = useRef<Set<ShapeId> | null>(null);
  // The notice on screen, and its point.
  const shown = useRef<{ notice: number; card: ShapeId } | null>(null);
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
    const before = told.current;
    // What was already changed when the board opened is the agreements panel's to show.
    if (before === null && !(ledgerSynced && contentSynced)) return;
    told.current = new Set(now);
    if (before === null) return;
    // A point deleted meanwhile stays told: undoing the deletion is not news.
    for (const id of before) if (!session.shapes.byId(id)) told.current.add(id);
    if (shown.current && !now.has(shown.current.card)) {
      dismissNotice(stores, shown.current.notice);
      shown.current = null;
    }
    const first = [...now].find((id) => !before.has(id));
    if (first === undefined) return;
    const card = session.shapes.byId(first);
    const title = excerpt(card && 'text' in card ? card.text.trim() : '', 40) || t('synergy.untitled');
    const notice = showNotice(
      stores,
      'info',
      own !== null
        ? t('agreement.changedNotice.member', { title, company: companyName(companies, own) })
        : t('agreement.changedNotice.facilitator', { title }),
      { label: t('agreement.changedNotice.show'), run: () => showCards(session, stores, [first]) },
    );
    shown.current = { notice, card: first };
  }, [agreements, companies, current, own, role, session, stores, t, ledgerSynced, contentSynced]);
}
