// "Delete this board" (facilitator, in "Share links"): asks once, spelling out what goes, then
// deletes the board for everyone. Nothing more happens here on success: the server closes every
// socket on the board, this page's too, and the page says the board was deleted.
import { useId, useState } from 'react';
import { useBackOnline } from '../../bindings/useBackOnline';
import { useI18n } from '../../i18n/I18nProvider';
import type { WorkshopSession } from '../../sync/workshop-types';
import { commandFailure } from './controlErrors';

type Deletion =
  | { status: 'idle' }
  | { status: 'confirm' }
  | { status: 'deleting' }
  | { status: 'failed'; message: string; network: boolean };

export function DeleteBoard({ workshop, disabled }: { workshop: WorkshopSession; disabled: boolean }) {
  const { t } = useI18n();
  const titleId = useId();
  const [deletion, setDeletion] = useState<Deletion>({ status: 'idle' });
  useBackOnline(
    workshop.connection,
    () => setDeletion({ status: 'idle' }),
    deletion.status === 'failed' && deletion.network,
  );

  const remove = async () => {
    setDeletion({ status: 'deleting' });
    const result = await workshop.api.deleteBoard(workshop.linkToken);
    if (!result.ok)
      setDeletion({ status: 'failed', message: commandFailure(result, t), network: result.status === 0 });
  };

  if (deletion.status === 'idle' || deletion.status === 'failed')
    return (
      <div className="links-dialog__delete">
        {deletion.status === 'failed' && (
          <p className="alert alert--error" role="alert" data-testid="delete-board-error">
            {t('facilitation.delete.error', { message: deletion.message })}
          </p>
        )}
        <button
          type="button"
          className="button fac-button--danger-ghost"
          data-testid="delete-board"
          disabled={disabled}
          onClick={() => setDeletion({ status: 'confirm' })}
        >
          {t('facilitation.delete.open')}
        </button>
      </div>
    );
  const busy = deletion.status === 'deleting';
  return (
    <div className="links-dialog__confirm" role="alertdialog" aria-labelledby={titleId}>
      <h3 id={titleId} className="links-dialog__confirm-title">
        {t('facilitation.delete.title')}
      </h3>
      <p>{t('facilitation.delete.body')}</p>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--ghost"
          disabled={busy}
          onClick={() => setDeletion({ status: 'idle' })}
        >
          {t('facilitation.agenda.cancel')}
        </button>
        <button
          type="button"
          className="button fac-button--danger"
          data-testid="delete-board-confirm"
          disabled={busy}
          autoFocus
          onClick={() => void remove()}
        >
          {busy && <span className="spinner" aria-hidden="true" />}
          {busy ? t('facilitation.delete.deleting') : t('facilitation.delete.confirm')}
        </button>
      </div>
    </div>
  );
}
