// "History" in the board header, for the facilitator.
import { shortcutLabel } from '../ui/platform';
import { useI18n } from '../i18n/I18nProvider';
import { readPageUi, updatePageUi, usePageUi } from '../bindings/pageUi';

export function HistoryButton() {
  const { t } = useI18n();
  const open = usePageUi((ui) => ui.historyOpen);
  return (
    <button
      type="button"
      className="header-action"
      aria-pressed={open}
      aria-keyshortcuts="Shift+H"
      data-tooltip={`${t('history.openHint')} (${shortcutLabel('Shift+H')})`}
      data-tooltip-side="bottom"
      data-testid="history-open"
      onClick={() => updatePageUi({ historyOpen: !readPageUi().historyOpen })}
    >
      <svg className="header-action__icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d="M3.5 12a8.5 8.5 0 1 0 2.5-6M3.5 4v4h4M12 7.5V12l3 2"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span>{t('history.open')}</span>
    </button>
  );
}
