// Tells everyone else on the board when the facilitator restores a version: the board changed
// under them all at once, and the notice says why (and which version).
import { useEffect } from 'react';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { isNews } from '../activity/news';
import { showNotice } from './notices';

export function useRestoreNotice({ stores, workshop }: Pick<CanvasPartProps, 'stores' | 'workshop'>): void {
  const { t } = useI18n();
  useEffect(() => {
    const { entries } = workshop.activity;
    // What was there when the board opened is history, not news.
    const seen = new Set(entries.get().map((entry) => entry.id));
    const check = () => {
      const self = workshop.participant.get();
      const me = self.status === 'ready' ? self.participant.id : null;
      for (const entry of entries.get()) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        // Only a version restored changes the whole board; shapes brought back are ordinary edits.
        if (entry.type !== 'restored' || !entry.version || (me !== null && entry.by.participant === me))
          continue;
        if (!isNews(entry, workshop.now())) continue;
        const who = entry.by.name ?? t('role.facilitator');
        showNotice(
          stores,
          'info',
          entry.version.kind === 'auto'
            ? t('activity.restoredNoticeAuto', { name: who })
            : t('activity.restoredNotice', { name: who, version: entry.version.name }),
        );
      }
    };
    return entries.subscribe(check);
  }, [stores, workshop, t]);
}
