// "Share links" (facilitator): the board's current invitation links with copy buttons, and
// "Replace all links", which issues new links and cuts off everyone using the old ones. After a
// rotation this page switches to the new facilitator link and shows the new links. Deleting the
// board sits at its foot (DeleteBoard.tsx).
import { useEffect, useId, useRef, useState } from 'react';
import { useBackOnline } from '../../bindings/useBackOnline';
import { useStore } from '../../bindings/hooks';
import { updatePageUi, usePageUi } from '../../bindings/pageUi';
import { useI18n } from '../../i18n/I18nProvider';
import type { BoardSession } from '../../sync/session-types';
import type { WorkshopSession } from '../../sync/workshop-types';
import { CopyField } from '../../ui/CopyField';
import { Dialog } from '../../ui/Dialog';
import type { RoleLinks } from '../../sync/commandsApi';
import { commandFailure } from './controlErrors';
import { DeleteBoard } from './DeleteBoard';
import { FacilitationIcon } from './FacilitationIcon';

/** `network`: the server could not be reached. */
type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; links: RoleLinks }
  | { status: 'failed'; message: string; network: boolean };
type Rotation =
  | { status: 'idle' }
  | { status: 'confirm' }
  | { status: 'rotating' }
  | { status: 'failed'; message: string; network: boolean };

/** Opens the board with a new link in this tab, without leaving the dead link in the history. */
function switchToToken(token: string): void {
  window.location.replace(`#token=${encodeURIComponent(token)}`);
}

export function LinksDialog({ session, workshop }: { session: BoardSession; workshop: WorkshopSession }) {
  const { t } = useI18n();
  const boardId = session.identity.boardId;
  const rotated = usePageUi((ui) => ui.linksDialog?.rotated ?? null);
  const { companies } = useStore(session.meta);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [rotation, setRotation] = useState<Rotation>({ status: 'idle' });
  // Failures for want of the server: the list loads again, the message goes, once it is back.
  const loadOffline = loaded.status === 'failed' && loaded.network;
  const rotateOffline = rotation.status === 'failed' && rotation.network;
  useBackOnline(workshop.connection, () => setAttempt((n) => n + 1), loadOffline);
  useBackOnline(workshop.connection, () => setRotation({ status: 'idle' }), rotateOffline);
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const close = () => updatePageUi({ linksDialog: null });

  useEffect(() => {
    if (rotated) {
      setLoaded({ status: 'ready', links: rotated });
      return;
    }
    let live = true;
    setLoaded({ status: 'loading' });
    void workshop.api.links(workshop.linkToken).then((result) => {
      if (!live) return;
      setLoaded(
        result.ok
          ? { status: 'ready', links: result.value.links }
          : { status: 'failed', message: commandFailure(result, t), network: result.status === 0 },
      );
    });
    return () => {
      live = false;
    };
  }, [workshop, rotated, attempt, t]);

  const rotate = async () => {
    setRotation({ status: 'rotating' });
    const result = await workshop.api.rotateLinks(workshop.linkToken);
    if (!result.ok) {
      setRotation({ status: 'failed', message: commandFailure(result, t), network: result.status === 0 });
      return;
    }
    setRotation({ status: 'idle' });
    updatePageUi({ linksDialog: { boardId, rotated: result.value.links } });
    switchToToken(result.value.tokens.facilitator);
  };

  const links = loaded.status === 'ready' ? loaded.links : null;
  const busy = rotation.status === 'rotating';
  return (
    <Dialog
      ref={dialog}
      className="links-dialog"
      labelledBy={titleId}
      testId="links-dialog"
      // Escape steps back out of "replace all links?" first; nothing closes it while replacing.
      onDismiss={
        busy ? undefined : rotation.status === 'confirm' ? () => setRotation({ status: 'idle' }) : close
      }
      dismissOnBackdrop={false}
      initialFocus={() => dialog.current?.querySelector<HTMLElement>('h2') ?? null}
    >
      <div className="links-dialog__header">
        <h2 id={titleId} className="dialog__title" tabIndex={-1}>
          {t('facilitation.links.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('facilitation.links.close')}
          disabled={busy}
          onClick={close}
        >
          <FacilitationIcon name="remove" />
        </button>
      </div>
      <p className="muted">{t('facilitation.links.intro')}</p>
      {rotated && (
        <p className="alert fac-alert--success" role="status" data-testid="links-rotated">
          {t('facilitation.links.rotated')}
        </p>
      )}
      {loaded.status === 'loading' && (
        <p className="links-dialog__status" role="status">
          <span className="spinner fac-spinner--dark" aria-hidden="true" />
          {t('facilitation.links.loading')}
        </p>
      )}
      {loaded.status === 'failed' && (
        <div className="alert alert--error" role="alert" data-testid="links-error">
          <p>{t('facilitation.links.error', { message: loaded.message })}</p>
          <button
            type="button"
            className="button button--secondary fac-button--small"
            onClick={() => setAttempt((n) => n + 1)}
          >
            {t('facilitation.links.retry')}
          </button>
        </div>
      )}
      {links && (
        <div className="links-dialog__links" data-testid="links-list">
          <section className="links-dialog__role">
            <h3 className="role-link__title">
              <span className="role-badge role-badge--facilitator">{t('role.facilitator')}</span>
            </h3>
            <p className="role-link__desc">{t('facilitation.links.facilitatorHint')}</p>
            <CopyField value={links.facilitator} label={t('role.facilitator')} />
          </section>
          {companies.map((company) => {
            const link = links.members[company.key];
            if (!link) return null;
            const label = t('facilitation.links.memberLabel', { company: company.name });
            return (
              <section
                key={company.key}
                className="links-dialog__role member-link"
                style={{ borderLeftColor: company.color }}
                data-testid={`links-member-${company.key}`}
              >
                <h3 className="member-link__name">
                  <span className="swatch" style={{ backgroundColor: company.color }} aria-hidden="true" />
                  {label}
                </h3>
                <CopyField value={link} label={label} />
              </section>
            );
          })}
          <section className="links-dialog__role">
            <h3 className="role-link__title">
              <span className="role-badge role-badge--observer">{t('role.observer')}</span>
              <span className="role-link__desc">{t('facilitation.links.observerHint')}</span>
            </h3>
            <CopyField value={links.observer} label={t('role.observer')} />
          </section>
        </div>
      )}
      <div className="links-dialog__rotate">
        {rotation.status === 'idle' || rotation.status === 'failed' ? (
          <>
            {rotation.status === 'failed' && (
              <p className="alert alert--error" role="alert">
                {t('facilitation.links.rotateError', { message: rotation.message })}
              </p>
            )}
            <div className="dialog__actions links-dialog__actions">
              <button
                type="button"
                className="button fac-button--danger-ghost"
                data-testid="links-rotate"
                onClick={() => setRotation({ status: 'confirm' })}
              >
                {t('facilitation.links.rotate')}
              </button>
              <button type="button" className="button button--primary" onClick={close}>
                {t('facilitation.links.close')}
              </button>
            </div>
          </>
        ) : (
          <div className="links-dialog__confirm" role="alertdialog" aria-labelledby={`${titleId}-confirm`}>
            <h3 id={`${titleId}-confirm`} className="links-dialog__confirm-title">
              {t('facilitation.links.rotateTitle')}
            </h3>
            <p>{t('facilitation.links.rotateBody')}</p>
            <div className="dialog__actions">
              <button
                type="button"
                className="button button--ghost"
                disabled={busy}
                onClick={() => setRotation({ status: 'idle' })}
              >
                {t('facilitation.agenda.cancel')}
              </button>
              <button
                type="button"
                className="button fac-button--danger"
                data-testid="links-rotate-confirm"
                disabled={busy}
                autoFocus
                onClick={() => void rotate()}
              >
                {busy && <span className="spinner" aria-hidden="true" />}
                {busy ? t('facilitation.links.rotating') : t('facilitation.links.rotateConfirm')}
              </button>
            </div>
          </div>
        )}
      </div>
      {rotation.status === 'idle' && <DeleteBoard workshop={workshop} disabled={busy} />}
    </Dialog>
  );
}
