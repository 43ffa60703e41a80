// The facilitator's webhooks: where the board's agreements, changes after agreeing, overdue
// actions and check-ins are sent (a generic JSON endpoint or a Slack-compatible incoming webhook),
// a test delivery, the signing secret, and the delivery log with each attempt's outcome.
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import { WEBHOOK_EVENTS, type WebhookInfo, type WebhooksAnswer } from '../../sync/commandsApi';
import type { WorkshopSession } from '../../sync/workshop-types';
import { CopyField } from '../../ui/CopyField';
import { Icon } from '../../ui/icons';
import { useWorkshopCall } from './useWorkshopCall';

export function NotificationsTab({ workshop }: { workshop: WorkshopSession }) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<WebhooksAnswer | null>(null);
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<WebhookInfo['kind']>('slack');
  const [events, setEvents] = useState<WebhookInfo['events']>([...WEBHOOK_EVENTS]);

  const { run, problem } = useWorkshopCall(workshop, 'plan.notify.failed');
  const reload = useCallback(async () => {
    const answer = await run((token) => workshop.api.webhooks(token));
    if (answer) setState(answer);
  }, [run, workshop]);
  useEffect(() => {
    void reload();
    // The log moves while deliveries are retried: read it again now and then while shown.
    const timer = setInterval(() => void reload(), 5_000);
    return () => clearInterval(timer);
  }, [reload]);

  const add = async () => {
    if (url.trim() === '' || events.length === 0) return;
    if (await run((token) => workshop.api.addWebhook(token, { url: url.trim(), kind, events }))) {
      setUrl('');
      await reload();
    }
  };
  const toggle = (event: WebhookInfo['events'][number]) =>
    setEvents(events.includes(event) ? events.filter((e) => e !== event) : [...events, event]);
  const now = new Date(workshop.now());

  if (!workshop.canControl) return <p className="plan-hint">{t('plan.notify.facilitatorOnly')}</p>;
  return (
    <div className="plan-notify" data-testid="plan-notify">
      <h3>{t('plan.notify.title')}</h3>
      <p className="plan-hint">{t('plan.notify.hint')}</p>
      {problem && (
        <p className="plan-notify__problem" role="alert" data-testid="plan-notify-problem">
          {problem}
        </p>
      )}
      {state === null ? (
        <p className="muted">{t('plan.notify.loading')}</p>
      ) : (
        <>
          {state.webhooks.length === 0 && <p className="muted">{t('plan.notify.none')}</p>}
          <ul className="plan-notify__hooks" data-testid="plan-notify-hooks">
            {state.webhooks.map((hook) => (
              <li key={hook.id}>
                <code>{hook.url}</code>{' '}
                <span className="plan-chip">{t(`plan.notify.kind.${hook.kind}`)}</span>{' '}
                <span className="muted">
                  {hook.events.map((event) => t(`plan.notify.event.${event}`)).join(' · ')}
                </span>
                <button
                  type="button"
                  className="button button--secondary plan-small"
                  data-testid="plan-notify-test"
                  onClick={() => void run((token) => workshop.api.testWebhook(token, hook.id)).then(reload)}
                >
                  {t('plan.notify.test')}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('plan.notify.remove', { url: hook.url })}
                  onClick={() => void run((token) => workshop.api.removeWebhook(token, hook.id)).then(reload)}
                >
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ul>
          <div className="plan-add">
            <input
              type="url"
              value={url}
              placeholder="https://hooks.slack.com/services/…"
              aria-label={t('plan.notify.url')}
              data-testid="plan-notify-url"
              onChange={(event) => setUrl(event.target.value)}
            />
            <select
              value={kind}
              aria-label={t('plan.notify.kind')}
              data-testid="plan-notify-kind"
              onChange={(event) => setKind(event.target.value === 'json' ? 'json' : 'slack')}
            >
              <option value="slack">{t('plan.notify.kind.slack')}</option>
              <option value="json">{t('plan.notify.kind.json')}</option>
            </select>
            <button
              type="button"
              className="button button--primary plan-small"
              disabled={url.trim() === '' || events.length === 0}
              data-testid="plan-notify-add"
              onClick={() => void add()}
            >
              {t('plan.notify.add')}
            </button>
          </div>
          <fieldset className="plan-notify__events">
            <legend>{t('plan.notify.events')}</legend>
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event}>
                <input type="checkbox" checked={events.includes(event)} onChange={() => toggle(event)} />{' '}
                {t(`plan.notify.event.${event}`)}
              </label>
            ))}
          </fieldset>
          {state.secret && (
            <div className="plan-section">
              <h3>{t('plan.notify.secret')}</h3>
              <CopyField value={state.secret} label={t('plan.notify.secret')} />
            </div>
          )}
          <section className="plan-section">
            <h3>{t('plan.notify.log')}</h3>
            {state.deliveries.length === 0 && <p className="muted">{t('plan.notify.noLog')}</p>}
            <table className="plan-actions" data-testid="plan-notify-log">
              <tbody>
                {state.deliveries.map((delivery) => (
                  <tr key={delivery.id} data-status={delivery.status}>
                    <td>{formatLedgerTime(delivery.at, locale, now)}</td>
                    <td>{t(`plan.notify.event.${delivery.event}`)}</td>
                    <td>
                      <code>{state.webhooks.find((hook) => hook.id === delivery.webhook)?.url ?? '—'}</code>
                    </td>
                    <td className={`plan-notify__status plan-notify__status--${delivery.status}`}>
                      {t(`plan.notify.status.${delivery.status}`)}
                    </td>
                    <td>
                      {t('plan.notify.attempts', { count: delivery.attempts })}
                      {delivery.code > 0 && ` · HTTP ${delivery.code}`}
                      {delivery.error && ` · ${delivery.error}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
