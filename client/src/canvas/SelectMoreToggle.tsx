// A touch screen has no Shift key: "select more" makes the next taps add cards to the selection
// (or take them out), so a tablet can select two companies' cards to link them. Shown where the
// primary pointer is a finger; the editor turns it off once nothing is selected.
import { useStoreSelector } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import { TOUCH_FIRST, useMedia } from '../ui/useMedia';
import type { CanvasStores } from './canvasStores';
import { keepCanvasFocus } from './ToolButton';

export function SelectMoreToggle({ stores }: { stores: CanvasStores }) {
  const { t } = useI18n();
  const touch = useMedia(TOUCH_FIRST);
  const on = useStoreSelector(stores.editor, (state) => state.selectingMore);
  if (!touch) return null;
  return (
    <button
      type="button"
      className="select-more"
      aria-pressed={on}
      title={t('props.selectMore.hint')}
      data-testid="select-more"
      onMouseDown={keepCanvasFocus}
      onClick={() => stores.editor.update({ selectingMore: !on })}
    >
      {on ? t('props.selectMore.on') : t('props.selectMore')}
    </button>
  );
}
