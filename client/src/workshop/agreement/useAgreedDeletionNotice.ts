// Tells everyone else when someone deletes a synergy point that carries agreements: the rules let
// a linked company's member (or the facilitator) delete it, and the other company would otherwise
// find it gone with nothing said. Read from the server's activity record (who deleted it, and the
// point's title then), never from the client that deleted it.
import { excerpt } from '@kyoso/shared';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { actorCompany, actorName } from '../activity/activityText';
import { useNewsFromOthers } from '../activity/useNewsFromOthers';
import { showNotice } from '../facilitation/notices';

export function useAgreedDeletionNotice({
  session,
  stores,
  workshop,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>): void {
  const { t } = useI18n();
  useNewsFromOthers(workshop, (entry) => {
    if (entry.type !== 'deleted') return;
    const { agreements } = workshop.ledger.get();
    const agreed = entry.shapes.find((id) => (agreements.get(id)?.size ?? 0) > 0);
    if (agreed === undefined) return;
    const title = excerpt(agreed === entry.shapes[0] ? (entry.label ?? '') : '', 40);
    showNotice(
      stores,
      'info',
      t('agreement.deletedNotice', {
        name: actorName(entry.by, t),
        company: actorCompany(entry.by, session.meta.get().companies, t),
        title: title || t('synergy.untitled'),
      }),
    );
  });
}
