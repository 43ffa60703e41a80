// "Restore this version?": says what happens (the current state is kept as a version, Ctrl+Z
// undoes it) before the board changes for everyone.
import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { trapTab, useDialogFocus } from '../exports/dialogFocus';
import { useI18n } from '../i18n/I18nProvider';
import { versionLabel } from './versionLabel';
import type { Version } from './versionsApi';

export function RestoreConfirm({
  version,
  busy,
  onConfirm,
  onCancel,
}: {
  version: Version;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const bodyId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(
    dialog,
    () => dialog.current?.querySelector<HTMLElement>('[data-testid="history-confirm"]') ?? null,
  );
  // On <body>: the panel it opens from is a stacking context under the page header.
  return createPortal(
    <div className="dialog-backdrop history-confirm-backdrop">
      <div
        ref={dialog}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        data-testid="history-confirm-dialog"
        onKeyDown={(event) => {
          trapTab(event);
          if (event.key === 'Escape' && !busy) {
            event.stopPropagation();
            onCancel();
          }
        }}
      >
        <div className="dialog__form">
          <h2 id={titleId} className="dialog__title">
            {t('history.confirmTitle', { name: versionLabel(version, t) })}
          </h2>
          <p id={bodyId} className="muted">
            {t('history.confirmBody')}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
              {t('history.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              data-testid="history-confirm"
              disabled={busy}
              onClick={onConfirm}
            >
              {busy && <span className="spinner" aria-hidden="true" />}
              {busy ? t('history.restoring') : t('history.confirm')}
            </button>
          </div>
        </div>
      </div>
    </div>,
    document.body,
  );
}
