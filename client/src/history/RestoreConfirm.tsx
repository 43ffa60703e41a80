// "Restore this version?": says what happens (the current state is kept as a version, Ctrl+Z
// undoes it) before the board changes for everyone.
import { useI18n } from '../i18n/I18nProvider';
import { Dialog, useDialogIds } from '../ui/Dialog';
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
  const { titleId, bodyId } = useDialogIds();
  return (
    <Dialog
      backdropClassName="history-confirm-backdrop"
      role="alertdialog"
      labelledBy={titleId}
      describedBy={bodyId}
      testId="history-confirm-dialog"
      // Not while the restore is under way: its outcome is shown here.
      onDismiss={busy ? undefined : onCancel}
      dismissOnBackdrop={false}
      initialFocus={() => document.querySelector<HTMLElement>('[data-testid="history-confirm"]')}
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
    </Dialog>
  );
}
