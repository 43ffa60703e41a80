// Check-ins over the months after the workshop. The facilitator schedules them and records each
// one: per synergy point its progress, the KPI's actual figure and a note, kept by the server in
// the ledger. Everyone sees the next one, what each recorded, and how each point moved from its
// agreement to shipped.
import {
  PLAN_STATUSES,
  isPlanStatus,
  pointTimeline,
  recordedCheckIns,
  scheduleCheckIn,
  unscheduleCheckIn,
  type CheckInPoint,
  type PlanStatus,
  type ShapeId,
  companyName,
} from '@kyoso/shared';
import { useMemo, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import { Icon } from '../../ui/icons';
import { formatDue } from '../synergy/dueDate';
import { JOIN_WAIT_MS, tokenWithin } from '../participantToken';
import { AddRow } from './AddRow';
import { progressLabel } from './PlanTable';
import type { PlanState } from './usePlan';

type Props = Pick<CanvasPartProps, 'session' | 'workshop'> & { plan: PlanState };

interface Entry {
  progress: PlanStatus;
  actual: string;
  note: string;
}

export function CheckInsTab({ session, workshop, plan }: Props) {
  const { t, locale } = useI18n();
  const { checkIns } = useStore(workshop.control);
  const { events } = useStore(workshop.ledger);
  const { companies } = useStore(session.meta);
  const now = new Date(workshop.now());
  const next = checkIns.find((entry) => entry.date >= plan.today);
  const history = useMemo(() => recordedCheckIns(events), [events]);
  useStore(workshop.activity.revision);
  const titleOf = (card: ShapeId) => plan.items.find((item) => item.point.id === card)?.point.title ?? card;
  const nameOf = (key: string) => companyName(companies, key);

  return (
    <div className="plan-checkins">
      <p className="plan-hint" data-testid="plan-next-checkin">
        {next ? t('plan.checkIns.next', { date: formatDue(next.date, locale), title: next.title }) : ''}
        {!workshop.canControl && ` ${t('plan.checkIns.facilitatorOnly')}`}
      </p>
      {workshop.canControl && <Schedule workshop={workshop} />}
      {workshop.canControl && plan.items.length > 0 && <RecordForm workshop={workshop} plan={plan} />}
      <section className="plan-section">
        <h3>{t('plan.checkIns.history')}</h3>
        {history.length === 0 && <p className="muted">{t('plan.checkIns.noHistory')}</p>}
        <ol className="plan-history" data-testid="plan-history">
          {history.map((event) => (
            <li key={`${event.at}-${event.title}`}>
              <strong>{event.title}</strong>{' '}
              <span className="muted">
                {formatLedgerTime(event.at, locale, now)} · {t('plan.checkIns.by', { name: event.by.name })}
              </span>
              <ul>
                {event.points.map((point: CheckInPoint) => (
                  <li key={point.card}>
                    {titleOf(point.card)}: {progressLabel(point.progress, t)}
                    {point.actual !== null && ` · ${t('plan.kpi.actual')} ${point.actual}`}
                    {point.note !== '' && ` · ${point.note}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      {plan.items.map((item) => {
        const timeline = pointTimeline(events, item.point.id);
        // Where it started: the card's creation, as the server recorded it.
        const created = workshop.activity.attribution(item.point.id)?.created ?? null;
        return (
          <section key={item.point.id} className="plan-section" data-testid="plan-timeline">
            <h3>{t('plan.timeline', { title: item.point.title })}</h3>
            <ol className="plan-timeline">
              {created && (
                <li className="plan-timeline__step plan-timeline__step--notStarted">
                  <span className="muted">{formatLedgerTime(created.at, locale, now)}</span>
                  <span>
                    {created.name
                      ? t('plan.timeline.created', { name: created.name })
                      : t('plan.timeline.createdAnon')}
                  </span>
                </li>
              )}
              {timeline.map((entry, i) => (
                <li
                  key={i}
                  className={`plan-timeline__step plan-timeline__step--${entry.kind === 'checkIn' ? entry.progress : entry.kind}`}
                >
                  <span className="muted">{formatLedgerTime(entry.at, locale, now)}</span>
                  <span>
                    {entry.kind === 'checkIn'
                      ? `${entry.title}: ${progressLabel(entry.progress, t)}${entry.actual === null ? '' : ` (${entry.actual})`}`
                      : t(`plan.timeline.${entry.kind}`, {
                          company: nameOf(entry.company),
                          name: entry.name,
                        })}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function Schedule({ workshop }: Pick<Props, 'workshop'>) {
  const { t, locale } = useI18n();
  const { checkIns } = useStore(workshop.control);
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const add = () => {
    if (date === '' || title.trim() === '') return;
    workshop.runControl((doc, origin) => scheduleCheckIn(doc, { date, title }, origin));
    setDate('');
    setTitle('');
  };
  return (
    <section className="plan-section">
      <h3>{t('plan.checkIns.schedule')}</h3>
      {checkIns.length === 0 && <p className="muted">{t('plan.checkIns.none')}</p>}
      <ul className="plan-schedule" data-testid="plan-schedule">
        {checkIns.map((entry) => (
          <li key={entry.id}>
            <span>{formatDue(entry.date, locale)}</span> <strong>{entry.title}</strong>
            <button
              type="button"
              className="icon-button"
              aria-label={t('plan.checkIns.remove', { title: entry.title })}
              onClick={() => workshop.runControl((doc, origin) => unscheduleCheckIn(doc, entry.id, origin))}
            >
              <Icon name="close" />
            </button>
          </li>
        ))}
      </ul>
      <AddRow
        value={title}
        onChange={setTitle}
        onAdd={add}
        ready={date !== '' && title.trim() !== ''}
        maxLength={500}
        placeholder={t('plan.checkIns.namePlaceholder')}
        label={t('plan.checkIns.name')}
        button={t('plan.checkIns.add')}
        testId="plan-schedule-title"
        buttonTestId="plan-schedule-add"
      >
        <input
          type="date"
          value={date}
          aria-label={t('plan.checkIns.date')}
          data-testid="plan-schedule-date"
          onChange={(event) => setDate(event.target.value)}
        />
      </AddRow>
    </section>
  );
}

function RecordForm({ workshop, plan }: Pick<Props, 'workshop' | 'plan'>) {
  const { t, locale } = useI18n();
  const { checkIns } = useStore(workshop.control);
  const due = checkIns.filter((entry) => entry.date <= plan.today);
  const [which, setWhich] = useState<string>(due.at(-1)?.id ?? '');
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(
      plan.items.map((item) => [
        item.point.id,
        {
          progress: item.plan.progress,
          actual: item.plan.kpi.actual === null ? '' : String(item.plan.kpi.actual),
          note: '',
        },
      ]),
    ),
  );
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const change = (card: string, next: Partial<Entry>) =>
    setEntries({ ...entries, [card]: { ...entries[card]!, ...next } });
  const record = async () => {
    setStatus({ busy: true, message: '' });
    const token = workshop.participant.token() ?? (await tokenWithin(workshop.participant, JOIN_WAIT_MS));
    const points = plan.items.map((item) => {
      const entry = entries[item.point.id]!;
      const actual = Number(entry.actual.normalize('NFKC').replace(/[,，\s]/g, ''));
      return {
        card: item.point.id,
        progress: entry.progress,
        actual: entry.actual.trim() === '' || !Number.isFinite(actual) ? null : actual,
        note: entry.note,
      };
    });
    const result = token
      ? await workshop.api.checkIn(token, { ...(which ? { checkIn: which } : {}), points })
      : ({ ok: false, status: 0, message: '' } as const);
    setStatus({
      busy: false,
      message: result.ok
        ? t('plan.checkIns.saved', { title: result.value.title })
        : t('plan.checkIns.failed', { message: result.message || String(result.status) }),
    });
    if (result.ok)
      setEntries(
        Object.fromEntries(Object.entries(entries).map(([card, entry]) => [card, { ...entry, note: '' }])),
      );
  };
  return (
    <section className="plan-section" data-testid="plan-record">
      <h3>{t('plan.checkIns.record')}</h3>
      <label className="plan-field">
        <span>{t('plan.checkIns.which')}</span>
        <select
          value={which}
          data-testid="plan-record-which"
          onChange={(event) => setWhich(event.target.value)}
        >
          <option value="">{t('plan.checkIns.unscheduled')}</option>
          {checkIns.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {formatDue(entry.date, locale)} {entry.title}
            </option>
          ))}
        </select>
      </label>
      <table className="plan-actions">
        <thead>
          <tr>
            <th scope="col">{t('plan.point')}</th>
            <th scope="col">{t('plan.progress')}</th>
            <th scope="col">{t('plan.kpi.actual')}</th>
            <th scope="col">{t('plan.checkIns.note')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.items.map((item) => {
            const entry = entries[item.point.id];
            if (!entry) return null;
            return (
              <tr key={item.point.id} data-testid="plan-record-point">
                <th scope="row">{item.point.title}</th>
                <td>
                  <select
                    value={entry.progress}
                    aria-label={`${t('plan.progress')}: ${item.point.title}`}
                    data-testid="plan-record-progress"
                    onChange={(event) =>
                      isPlanStatus(event.target.value) &&
                      change(item.point.id, { progress: event.target.value })
                    }
                  >
                    {PLAN_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {progressLabel(status, t)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="text"
                    inputMode="decimal"
                    className="plan-number"
                    value={entry.actual}
                    aria-label={`${t('plan.kpi.actual')}: ${item.point.title}`}
                    data-testid="plan-record-actual"
                    onChange={(event) => change(item.point.id, { actual: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    value={entry.note}
                    maxLength={2000}
                    aria-label={`${t('plan.checkIns.note')}: ${item.point.title}`}
                    data-testid="plan-record-note"
                    onChange={(event) => change(item.point.id, { note: event.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="plan-add">
        <button
          type="button"
          className="button button--primary"
          disabled={status.busy}
          data-testid="plan-record-save"
          onClick={() => void record()}
        >
          {status.busy ? t('plan.checkIns.saving') : t('plan.checkIns.save')}
        </button>
        <span role="status" data-testid="plan-record-status">
          {status.message}
        </span>
      </div>
    </section>
  );
}
