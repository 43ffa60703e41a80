// "Group by theme" for one selected frame (its cards): the same dialog the arrange menu opens for
// a selection of two or more, from a button of its own (Ctrl/⌘+Alt+G).
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { BoardSession } from '../../sync/session-types';
import { shortcutLabel } from '../../ui/platform';
import type { CanvasStores } from '../canvasStores';
import { useKeyBinding } from '../keyBindings';
import { ToolButton } from '../ToolButton';
import { ThemeDialog } from './ThemeDialog';

export const THEMES_KEYS = 'Mod+Alt+G';

export function ThemeButton({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  useKeyBinding({ keys: THEMES_KEYS, run: () => setOpen(true) });
  return (
    <>
      <ToolButton
        icon="frame"
        label={t('themes.title')}
        shortcut={shortcutLabel(THEMES_KEYS)}
        tooltipSide="bottom"
        data-testid="themes-open"
        onClick={() => setOpen(true)}
      />
      {open && <ThemeDialog session={session} stores={stores} onClose={() => setOpen(false)} />}
    </>
  );
}
