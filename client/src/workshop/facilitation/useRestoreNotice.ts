// Tells everyone else on the board when the facilitator restores a version: the board changed
// under them all at once, and the notice says why (and which version).
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { useNewsFromOthers } from '../activity/useNewsFromOthers';
import { showNotice } from './notices';

export function useRestoreNotice({ stores, workshop }: Pick<CanvasPartProps, 'stores' | 'workshop'>): void {
  const { t } = useI18n();
  useNewsFromOthers(workshop, (entry) => {
    // Only a version restored changes the whole board; shapes brought back are ordinary edits.
    if (entry.type !== 'restored' || !entry.version) return;
    const who = entry.by.name ?? t('role.facilitator');
    showNotice(
      stores,
      'info',
      entry.version.kind === 'auto'
        ? t('activity.restoredNoticeAuto', { name: who })
        : t('activity.restoredNotice', { name: who, version: entry.version.name }),
    );
  });
}
