// "Export" in the board header, for everyone.
import { shortcutLabel } from '../ui/platform';
import { useI18n } from '../i18n/I18nProvider';
import { requestUi } from '../bindings/pageUi';
import { EXPORT_SHORTCUT } from './useExportShortcut';

export function ExportButton() {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="header-action"
      // Its label is hidden on a narrow screen: the name stays for screen readers.
      aria-label={t('exports.open')}
      aria-keyshortcuts="Control+Shift+E Meta+Shift+E"
      data-tooltip={`${t('exports.openHint')} (${shortcutLabel(EXPORT_SHORTCUT)})`}
      data-tooltip-side="bottom"
      data-testid="export-open"
      onClick={() => requestUi('exportRequests')}
    >
      <svg className="header-action__icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d="M12 3v12m0 0-4.5-4.5M12 15l4.5-4.5M4 17v2.5A1.5 1.5 0 0 0 5.5 21h13a1.5 1.5 0 0 0 1.5-1.5V17"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span>{t('exports.open')}</span>
    </button>
  );
}
