// Zoom buttons, bottom left: out, the current zoom (click: 100%), in, fit the whole board.
import { useStoreSelector } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import type { CanvasActions } from './canvasActions';
import type { CanvasStores } from './canvasStores';
import { shortcutLabel } from '../ui/platform';
import { keepCanvasFocus, ToolButton } from './ToolButton';

export function ZoomControls({ stores, actions }: { stores: CanvasStores; actions: CanvasActions }) {
  const { t } = useI18n();
  const percent = useStoreSelector(stores.camera, (camera) => Math.round(camera.zoom * 100));
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoom.label')}>
      <ToolButton
        icon="zoomOut"
        label={t('zoom.out')}
        shortcut="-"
        tooltipSide="top"
        data-testid="zoom-out"
        onClick={() => actions.zoomStep(-1)}
      />
      <button
        type="button"
        className="zoom-controls__level"
        data-testid="zoom-100"
        aria-label={t('zoom.reset')}
        data-tooltip={`${t('zoom.reset')} (${shortcutLabel('Shift+0')})`}
        data-tooltip-side="top"
        onMouseDown={keepCanvasFocus}
        onClick={() => actions.zoomTo100()}
      >
        <span aria-hidden="true">{percent}%</span>
        <span className="sr-only">{t('zoom.level', { percent })}</span>
      </button>
      <ToolButton
        icon="zoomIn"
        label={t('zoom.in')}
        shortcut="+"
        tooltipSide="top"
        data-testid="zoom-in"
        onClick={() => actions.zoomStep(1)}
      />
      <ToolButton
        icon="fit"
        label={t('zoom.fit')}
        shortcut={shortcutLabel('Shift+1')}
        tooltipSide="top"
        data-testid="zoom-fit"
        onClick={() => actions.zoomToFit()}
      />
    </div>
  );
}
