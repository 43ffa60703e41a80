// The shortcut list (`?`), a panel in the right slot of the panel dock that does not block the
// board: opening it closes the panel that was there, and another panel there closes it.
import { useEffect, useRef } from 'react';
import { useStoreSelector } from '../bindings/hooks';
import { requestUi } from '../bindings/pageUi';
import { useI18n } from '../i18n/I18nProvider';
import type { CanvasActions } from './canvasActions';
import type { CanvasStores } from './canvasStores';
import { Icon } from '../ui/icons';
import { InSlot } from '../ui/PanelDock';
import { isTouchFirst } from '../ui/platform';
import { keyLabel, SHORTCUT_SECTIONS } from './shortcutList';

export function HelpPanel({
  stores,
  actions,
  readOnly,
}: {
  stores: CanvasStores;
  actions: CanvasActions;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const open = useStoreSelector(stores.editor, (state) => state.helpOpen);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (open) panel.current?.focus({ preventScroll: true });
  }, [open]);
  if (!open) return null;
  const touch = isTouchFirst();
  /** Key names that are words are translated; the rest are written for the platform. */
  const keyText = (key: string) => keyLabel(key, t);
  return (
    <InSlot side="right" onClose={() => stores.editor.update({ helpOpen: false })}>
      <aside ref={panel} className="help-panel" role="dialog" aria-labelledby="help-title" tabIndex={-1}>
        <header className="help-panel__header">
          <h2 id="help-title">{t(touch ? 'help.title.touch' : 'help.title')}</h2>
          <button
            type="button"
            className="icon-button"
            aria-label={t('help.close')}
            onClick={() => actions.toggleHelp()}
          >
            <Icon name="close" />
          </button>
        </header>
        <button
          type="button"
          className="agreement-link help-panel__guide"
          data-testid="guide-reopen"
          onClick={() => {
            stores.editor.update({ helpOpen: false });
            requestUi('guideRequests');
          }}
        >
          {t('guide.reopen')}
        </button>
        {SHORTCUT_SECTIONS.filter(
          (section) => (!readOnly || !section.editing) && (!section.touch || touch),
        ).map((section) => (
          <section key={section.title} className="help-panel__section" data-section={section.title}>
            <h3>{t(section.title)}</h3>
            <dl>
              {section.entries
                .filter(
                  (entry) =>
                    !readOnly ||
                    (!entry.editing &&
                      (!entry.label.startsWith('tool.') ||
                        ['tool.select', 'tool.hand'].includes(entry.label))),
                )
                .map((entry) => (
                  <div key={entry.label} className="help-panel__row">
                    <dt>{t(entry.label)}</dt>
                    <dd>
                      {entry.keys.map((key, i) => (
                        <span key={key}>
                          {i > 0 && <span className="help-panel__or"> / </span>}
                          <kbd>{keyText(key)}</kbd>
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </aside>
    </InSlot>
  );
}
