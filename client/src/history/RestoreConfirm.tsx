// "Restore this version?": says what happens (the current state is kept as a version, Ctrl+Z
// undoes it) and how much of the board it changes, agreed synergy points named, before the board
// changes for everyone.
import { useI18n } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';
import type { WorkshopSession } from '../sync/workshop-types';
import { Dialog, useDialogIds } from '../ui/Dialog';
import { useRestoreImpact } from './useRestoreImpact';
import { versionLabel } from './versionLabel';
import type { Version, VersionsApi } from './versionsApi';

export function RestoreConfirm({
  api,
  session,
  workshop,
  version,
  busy,
  onConfirm,
  onCancel,
}: {
  api: VersionsApi;
  session: BoardSession;
  workshop: WorkshopSession;
  version: Version;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { titleId, bodyId } = useDialogIds();
  const impact = useRestoreImpact(api, session, workshop, version);
  const changes = impact ? impact.removed + impact.changed + impact.added : 0;
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
        <div className="restore-impact" data-testid="history-impact" aria-live="polite">
          {impact === null ? (
            <p className="muted">{t('history.impact.loading')}</p>
          ) : changes === 0 ? (
            <p>{t('history.impact.none')}</p>
          ) : (
            <ul>
              {impact.removed > 0 && <li>{t('history.impact.removed', { count: impact.removed })}</li>}
              {impact.changed > 0 && <li>{t('history.impact.changed', { count: impact.changed })}</li>}
              {impact.added > 0 && <li>{t('history.impact.added', { count: impact.added })}</li>}
            </ul>
          )}
          {impact && impact.agreed.length > 0 && (
            <p className="alert alert--warning" data-testid="history-impact-agreed">
              {t('history.impact.agreed', {
                titles: impact.agreed
                  .map((title) => t('history.impact.title', { title }))
                  .join(t('removal.separator')),
              })}
            </p>
          )}
        </div>
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
