// A panel's introduction, which a person who has read it can hide from a button in the panel's
// header (remembered in this browser, per panel): on a short screen (a 1280 × 720 projector, a
// phone's low sheet) it takes room the panel's list needs, and the button takes none.
import { useState, type ReactNode } from 'react';
import { readFlag, writeFlag } from '../bindings/storedFlag';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './icons';

const storageKey = (panel: string) => `kyoso.intro.hidden.${panel}`;

/** Whether to show the introduction, and the header button that hides or shows it. */
export function usePanelIntro(panel: string): { shown: boolean; toggle: ReactNode } {
  const { t } = useI18n();
  const [hidden, setHidden] = useState(() => readFlag(storageKey(panel), false));
  const label = hidden ? t('panel.intro.show') : t('panel.intro.hide');
  const toggle = (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      aria-expanded={!hidden}
      data-tooltip={label}
      data-tooltip-side="bottom"
      data-testid="panel-intro-toggle"
      onClick={() => {
        setHidden(!hidden);
        writeFlag(storageKey(panel), !hidden);
      }}
    >
      <Icon name="help" />
    </button>
  );
  return { shown: !hidden, toggle };
}
