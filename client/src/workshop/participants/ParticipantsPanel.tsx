// The facilitator's participants panel, on the right: the "require admission" switch, waiting
// requests first (admit or turn down), then everyone let in, by company, with whether they are on
// the canvas now, and Remove behind a confirmation. It reads the live roster (the `participants`
// channel); every change goes through the server's roster commands.
import { updatePageUi } from '../../bindings/pageUi';
import type { ParticipantId, RosterEntry, RosterSnapshot } from '@kyoso/shared';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { SidePanel } from '../../ui/SidePanel';
import { useI18n, type TranslateFn } from '../../i18n/I18nProvider';
import type { Store } from '../../sync/session-types';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import { rosterView, type RosterGroup, type RosterRow } from './rosterGroups';
import { useRosterActions } from './useRosterActions';
import { useRoomProgress } from './useRoomProgress';
import { countText } from '../../i18n/countText';
import './participants.css';

function groupTitle(group: RosterGroup, t: TranslateFn): string {
  if (group.kind === 'company') return group.company.name;
  return group.kind === 'facilitator'
    ? t('participants.group.facilitator')
    : t('participants.group.observers');
}

export function ParticipantsPanel({
  session,
  workshop,
  roster: rosterStore,
  here: hereStore,
}: CanvasPartProps & { roster: Store<RosterSnapshot>; here: Store<ReadonlySet<ParticipantId>> }) {
  const { t, locale } = useI18n();
  const roster = useStore(rosterStore);
  const { companies } = useStore(session.meta);
  const here = useStore(hereStore);
  const self = useStore(workshop.participant);
  const actions = useRosterActions(workshop, t);
  const progress = useRoomProgress(workshop, true);
  const [confirming, setConfirming] = useState<RosterEntry | null>(null);
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const close = () => {
    updatePageUi({ participantsOpen: null });
    // Back to the dock's button, which opened the panel.
    document.querySelector<HTMLElement>('.participants-dock-button')?.focus();
  };

  const selfId = self.status === 'ready' ? self.participant.id : null;
  const view = useMemo(() => rosterView(roster, companies, here, selfId), [roster, companies, here, selfId]);
  const now = new Date(workshop.now());
  const time = (iso: string) => formatLedgerTime(iso, locale, now);
  const companyOf = (entry: RosterEntry) => companies.find((company) => company.key === entry.company);
  const busy = actions.pending !== null;

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  // The one being confirmed may leave meanwhile (removed from another tab).
  const confirmed = confirming && view.groups.some((g) => g.rows.some((r) => r.entry.id === confirming.id));

  const focusRemove = (entry: RosterEntry) =>
    panel.current?.querySelector<HTMLElement>(`[data-remove="${entry.id}"]`)?.focus();
  const cancelConfirm = () => {
    if (!confirming) return;
    const entry = confirming;
    setConfirming(null);
    requestAnimationFrame(() => focusRemove(entry));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (confirmed) cancelConfirm();
    else close();
  };

  const who = (entry: RosterEntry) => {
    const company = companyOf(entry);
    return (
      <span className="participant-who">
        {company ? (
          <>
            <span className="swatch" style={{ backgroundColor: company.color }} aria-hidden="true" />
            {company.name}
          </>
        ) : (
          t(`role.${entry.role}`)
        )}
      </span>
    );
  };

  const rows = view.groups.flatMap((group) => group.rows);
  const hereCount = rows.filter((row) => row.here).length;
  const votes = progress?.votes;

  const statusLine = (row: RosterRow) => (row.here ? t('participants.here') : t('participants.away'));

  return (
    <SidePanel
      ref={panel}
      className="participants-panel"
      side="right"
      title={t('participants.title')}
      closeLabel={t('participants.close')}
      onClose={close}
      testId="participants-panel"
      closeTestId="participants-close"
      onKeyDown={onKeyDown}
    >
      <p className="side-panel__intro">{t('participants.intro')}</p>

      <section
        className="participants-progress"
        aria-label={t('participants.progress.title')}
        data-testid="room-progress"
      >
        <p data-testid="room-progress-here">{countText(t, 'participants.progress.here', hereCount)}</p>
        <p data-testid="room-progress-votes">
          {!progress
            ? t('participants.progress.waiting')
            : votes
              ? t('participants.progress.votes', {
                  round: votes.round,
                  status: t(`participants.progress.status.${votes.status}`),
                  voted: votes.voted,
                  // Those who could take part in that round, not everyone listed now.
                  members: votes.members,
                })
              : t('participants.progress.noVotes')}
        </p>
      </section>

      <div className="participants-admission">
        <label className="participants-switch">
          <input
            type="checkbox"
            role="switch"
            checked={roster.admission}
            disabled={actions.pending === 'admission'}
            aria-describedby={`${titleId}-admission`}
            data-testid="admission-switch"
            onChange={(event) => void actions.setAdmission(event.target.checked)}
          />
          <span className="participants-switch__track" aria-hidden="true" />
          <span className="participants-switch__label">{t('participants.admission.label')}</span>
        </label>
        <p id={`${titleId}-admission`} className="participants-admission__hint">
          {actions.pending === 'admission'
            ? t('participants.admission.saving')
            : roster.admission
              ? t('participants.admission.on')
              : t('participants.admission.off')}
        </p>
      </div>

      {actions.outcome && (
        <div
          className={`participants-outcome participants-outcome--${actions.outcome.tone}`}
          role={actions.outcome.tone === 'error' ? 'alert' : 'status'}
          data-testid="participants-outcome"
        >
          <span>{actions.outcome.text}</span>
          <button type="button" className="participants-link" onClick={actions.dismiss}>
            {t('participants.dismiss')}
          </button>
        </div>
      )}

      {view.waiting.length > 0 && (
        <section
          className="participants-waiting"
          aria-labelledby={`${titleId}-waiting`}
          data-testid="participants-waiting"
        >
          <h3 id={`${titleId}-waiting`}>{t('participants.waiting.title', { count: view.waiting.length })}</h3>
          <ul>
            {view.waiting.map((entry) => (
              <li
                key={entry.id}
                className="waiting-request"
                data-testid="waiting-request"
                data-participant={entry.id}
              >
                <div className="waiting-request__who">
                  <strong className="participant-name">{entry.name}</strong>
                  {who(entry)}
                  <span className="participant-status">
                    {t('participants.waiting.since', { time: time(entry.joinedAt) })}
                  </span>
                </div>
                <div className="waiting-request__actions">
                  <button
                    type="button"
                    className="button button--primary participants-button"
                    aria-label={t('participants.waiting.admitAria', { name: entry.name })}
                    disabled={busy}
                    data-testid="waiting-admit"
                    onClick={() => void actions.admit(entry)}
                  >
                    {t('participants.waiting.admit')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost participants-button"
                    aria-label={t('participants.waiting.declineAria', { name: entry.name })}
                    disabled={busy}
                    data-testid="waiting-decline"
                    onClick={() => void actions.remove(entry)}
                  >
                    {t('participants.waiting.decline')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      {view.groups.length === 0 && view.waiting.length === 0 && (
        <p className="side-panel__empty">{t('participants.empty')}</p>
      )}
      {view.groups.map((group) => (
        <section
          key={group.kind === 'company' ? group.company.key : group.kind}
          className="participants-group"
          style={group.kind === 'company' ? { borderLeftColor: group.company.color } : undefined}
          data-testid={`participants-group-${group.kind === 'company' ? group.company.key : group.kind}`}
        >
          <h3 className="participants-group__title">
            {group.kind === 'company' ? (
              <span className="swatch" style={{ backgroundColor: group.company.color }} aria-hidden="true" />
            ) : (
              <span
                className={`role-badge role-badge--${group.kind === 'facilitator' ? 'facilitator' : 'observer'}`}
              >
                {groupTitle(group, t)}
              </span>
            )}
            {group.kind === 'company' && groupTitle(group, t)}
            <span className="participants-group__count">
              {t('participants.group.count', { count: group.rows.length })}
            </span>
            {group.kind === 'company' && progress && (
              <span className="participants-group__drafts" data-testid="room-progress-drafts">
                {countText(t, 'participants.group.drafts', progress.drafts[group.company.key] ?? 0)}
              </span>
            )}
          </h3>
          <ul>
            {group.rows.map((row) => (
              <li
                key={row.entry.id}
                className="participant-row"
                data-testid="participant-row"
                data-participant={row.entry.id}
                data-here={String(row.here)}
              >
                <span
                  className={`presence-dot presence-dot--${row.here ? 'here' : 'away'}`}
                  aria-hidden="true"
                />
                <span className="participant-row__text">
                  <span className="participant-name">
                    {row.entry.name}
                    {row.you && <span className="participant-you">{t('participants.you')}</span>}
                  </span>
                  <span className="participant-status">{statusLine(row)}</span>
                </span>
                {!row.you && (
                  <button
                    type="button"
                    className="participants-link participants-link--danger"
                    aria-label={t('participants.removeAria', { name: row.entry.name })}
                    disabled={busy}
                    data-remove={row.entry.id}
                    data-testid="participant-remove"
                    onClick={() => setConfirming(row.entry)}
                  >
                    {actions.pending === row.entry.id ? t('participants.removing') : t('participants.remove')}
                  </button>
                )}
                {confirmed && confirming.id === row.entry.id && (
                  <div
                    className="participant-confirm"
                    role="alertdialog"
                    aria-labelledby={`${titleId}-confirm`}
                    aria-describedby={`${titleId}-confirm-body`}
                    data-testid="participant-confirm"
                  >
                    <p id={`${titleId}-confirm`} className="participant-confirm__title">
                      {t('participants.confirm.title', { name: row.entry.name })}
                    </p>
                    <p id={`${titleId}-confirm-body`} className="participant-confirm__body">
                      {t('participants.confirm.body', { name: row.entry.name })}
                    </p>
                    <div className="participant-confirm__actions">
                      <button
                        type="button"
                        className="button button--ghost participants-button"
                        autoFocus
                        disabled={busy}
                        onClick={cancelConfirm}
                      >
                        {t('participants.confirm.cancel')}
                      </button>
                      <button
                        type="button"
                        className="button fac-button--danger participants-button"
                        disabled={busy}
                        data-testid="participant-confirm-remove"
                        onClick={() => {
                          const entry = row.entry;
                          void actions.remove(entry).then((ok) => {
                            if (!ok) return;
                            setConfirming(null);
                            panel.current?.querySelector<HTMLElement>('h2')?.focus();
                          });
                        }}
                      >
                        {actions.pending === row.entry.id
                          ? t('participants.removing')
                          : t('participants.confirm.remove')}
                      </button>
                    </div>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {view.removed > 0 && (
        <p className="participants-removed">{t('participants.removedCount', { count: view.removed })}</p>
      )}
    </SidePanel>
  );
}
