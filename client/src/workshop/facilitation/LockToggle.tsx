// The lock control in the property bar. The facilitator locks or unlocks the selection
// (Ctrl/⌘+Shift+L); everyone else sees that the selection is locked and by whom.
import { isShapeLocked } from '@kyoso/shared';
import { useShapesById, useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { shortcutLabel } from '../../ui/platform';
import { keepCanvasFocus } from '../../canvas/ToolButton';
import { useI18n } from '../../i18n/I18nProvider';
import { FacilitationIcon } from './FacilitationIcon';
import { errorText, showNotice } from './notices';
import { LOCK_SHORTCUT, toggleSelectionLock } from './useLocks';

export function LockToggle({
  session,
  stores,
  workshop,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>) {
  const { t } = useI18n();
  const selection = useStoreSelector(stores.editor, (state) => state.selection);
  const locks = useStore(stores.locks);
  const shapes = useShapesById(session.shapes, selection);
  if (shapes.length === 0) return null;
  const anyLocked = shapes.some((shape) => isShapeLocked(shape, locks));

  if (!workshop.canControl)
    return anyLocked ? (
      <span
        className="lock-chip"
        data-tooltip={t('facilitation.lock.lockedHint')}
        data-tooltip-side="bottom"
        data-testid="lock-chip"
        tabIndex={0}
      >
        <FacilitationIcon name="lock" size={16} />
        {t('facilitation.lock.locked')}
        <span className="sr-only">{t('facilitation.lock.lockedHint')}</span>
      </span>
    ) : null;

  const allLocked = shapes.every((shape) => locks.shapes.has(shape.id));
  const label = allLocked ? t('facilitation.lock.unlock') : t('facilitation.lock.lock');
  const shortcut = shortcutLabel(LOCK_SHORTCUT);
  return (
    <button
      type="button"
      className="tool-button lock-toggle"
      aria-label={label}
      aria-pressed={allLocked}
      aria-keyshortcuts="Control+Shift+L Meta+Shift+L"
      data-tooltip={`${label} (${shortcut})`}
      data-tooltip-side="bottom"
      data-testid="lock-toggle"
      onMouseDown={keepCanvasFocus}
      onClick={() => {
        try {
          toggleSelectionLock(session, stores, workshop);
        } catch (error) {
          showNotice(stores, 'error', t('facilitation.error', { message: errorText(error) }));
        }
      }}
    >
      <FacilitationIcon name={allLocked ? 'lock' : 'unlock'} />
    </button>
  );
}
