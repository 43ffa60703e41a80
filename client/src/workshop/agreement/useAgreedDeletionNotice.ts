// Tells everyone else when someone deletes a synergy point that carries agreements: the rules let
// a linked company's member (or the facilitator) delete it, and the other company would otherwise
// find it gone with nothing said. Read from the server's activity record (who deleted it, and the
// point's title then), never from the client that deleted it.
import { excerpt } from '@kyoso/shared';
import { useEffect, useRef } from 'react';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { actorCompany, actorName } from '../activity/activityText';
import { isNews } from '../activity/news';
import { showNotice } from '../facilitation/notices';

export function useAgreedDeletionNotice({
  session,
  stores,
  workshop,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>): void {
  const { t } = useI18n();
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    const { entries } = workshop.activity;
    const check = () => {
      const all = entries.get();
      // What was there when the board opened is history, not news.
      if (seen.current === null) {
        seen.current = new Set(all.map((entry) => entry.id));
        return;
      }
      const self = workshop.participant.get();
      const me = self.status === 'ready' ? self.participant.id : null;
      const { agreements } = workshop.ledger.get();
      const { companies } = session.meta.get();
      for (const entry of all) {
        if (seen.current.has(entry.id)) continue;
        seen.current.add(entry.id);
        if (entry.type !== 'deleted' || (me !== null && entry.by.participant === me)) continue;
        if (!isNews(entry, workshop.now())) continue;
        const agreed = entry.shapes.find((id) => (agreements.get(id)?.size ?? 0) > 0);
        if (agreed === undefined) continue;
        const title = excerpt(agreed === entry.shapes[0] ? (entry.label ?? '') : '', 40);
        showNotice(
          stores,
          'info',
          t('agreement.deletedNotice', {
            name: actorName(entry.by, t),
            company: actorCompany(entry.by, companies, t),
            title: title || t('synergy.untitled'),
          }),
        );
      }
    };
    check();
    return entries.subscribe(check);
  }, [session, stores, workshop, t]);
}
