// The activity panel, for everyone: what happened on the board, newest first, as the server
// recorded it (the `activity` channel, and the ledger's reveals and agreements), with filters by
// company and by person; each entry can bring its cards into view. A launcher at the bottom left
// opens it (Shift+W).
import type { CompanyKey } from '@kyoso/shared';
import { useCallback, useMemo, useState } from 'react';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { IconFrame } from '../../ui/icons';
import { kindLabels } from '../../canvas/kindLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { Launcher } from '../../ui/Launcher';
import { SidePanel } from '../../ui/SidePanel';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import { useShowFromPanel } from '../../canvas/useShowFromPanel';
import { usePanelOpen } from '../usePanelOpen';
import { usePanelShortcut } from '../../canvas/usePanelShortcut';
import './activity.css';
import { actionText, actorCompany, actorName, whatText } from './activityText';
import {
  activityFeed,
  filterFeed,
  NO_FILTER,
  peopleIn,
  peopleOf,
  personKey,
  withCompany,
  type FeedFilter,
} from './feed';

export const ACTIVITY_SHORTCUT = 'W';
/** Entries drawn at first; more on request (a board keeps up to a thousand). */
const PAGE = 100;
const NO_PHASES = [] as const;
const closedAtFirst = () => false;

export function ActivityPanel({
  session,
  stores,
  workshop,
  actions,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop' | 'actions'>) {
  const { t, locale } = useI18n();
  const [open, setOpen] = usePanelOpen(
    workshop,
    'activity',
    closedAtFirst,
    NO_PHASES,
    actions.fitBesideArrivingPanel,
  );
  const toggle = useCallback(() => setOpen(!open), [open, setOpen]);
  usePanelShortcut(ACTIVITY_SHORTCUT, toggle);
  const entries = useStore(workshop.activity.entries);
  const { events } = useStore(workshop.ledger);
  const { companies } = useStore(session.meta);
  // Texts and areas are read from the board as it is now, while the panel is open (a closed
  // panel's launcher does not re-render on every edit).
  useStoreSelector(session.shapes, (snapshot) => (open ? snapshot : null));
  const [filter, setFilter] = useState<FeedFilter>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE);
  const kinds = useMemo(() => kindLabels(t), [t]);
  const items = useMemo(() => activityFeed(entries, events), [entries, events]);
  const people = useMemo(() => peopleIn(items), [items]);
  const shown = useMemo(() => filterFeed(items, filter), [items, filter]);
  const show = useShowFromPanel(session, stores, open, setOpen);

  const launcher = (
    <Launcher
      tone="activity"
      order={4}
      icon={<ActivityIcon />}
      label={t('activity.launcher')}
      count={items.length}
      ariaLabel={t('activity.launcherAria', { count: items.length })}
      open={open}
      shortcut={`Shift+${ACTIVITY_SHORTCUT}`}
      hint={open ? t('activity.panel.close') : t('activity.panel.open')}
      onClick={toggle}
      testId="activity-open"
    />
  );
  if (!open) return launcher;

  const now = new Date(workshop.now());
  const byId = session.shapes.byId;
  const companyColor = (key: CompanyKey | null) => companies.find((c) => c.key === key)?.color;
  const choose = (next: FeedFilter) => {
    setFilter(next);
    setLimit(PAGE);
  };

  const filters = (
    <div className="panel-filters">
      <label>
        <span>{t('activity.filter.company')}</span>
        <select
          data-testid="activity-filter-company"
          value={filter.company ?? ''}
          onChange={(event) =>
            choose(
              withCompany(
                filter,
                event.target.value === '' ? null : (event.target.value as CompanyKey),
                people,
              ),
            )
          }
        >
          <option value="">{t('activity.filter.all')}</option>
          {companies.map((company) => (
            <option key={company.key} value={company.key}>
              {company.name}
            </option>
          ))}
          <option value="none">{t('attribution.noCompany')}</option>
        </select>
      </label>
      <label>
        <span>{t('activity.filter.person')}</span>
        <select
          data-testid="activity-filter-person"
          value={filter.person ?? ''}
          onChange={(event) =>
            choose({ ...filter, person: event.target.value === '' ? null : event.target.value })
          }
        >
          <option value="">{t('activity.filter.all')}</option>
          {peopleOf(people, filter.company).map((who) => (
            <option key={personKey(who)} value={personKey(who)}>
              {t('activity.person', {
                name: actorName(who, t),
                company: actorCompany(who, companies, t),
              })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );

  return (
    <>
      {launcher}
      <SidePanel
        className="activity-panel"
        side="right"
        title={t('activity.panel.title')}
        closeLabel={t('activity.panel.close')}
        onClose={() => setOpen(false)}
        testId="activity-panel"
        closeTestId="activity-close"
        pinned={filters}
      >
        <p className="side-panel__intro">{t('activity.panel.intro')}</p>
        {shown.length === 0 && (
          <p className="side-panel__empty">
            {items.length === 0 ? t('activity.empty') : t('activity.emptyFiltered')}
          </p>
        )}
        <ol className="activity-list">
          {shown.slice(0, limit).map((item) => {
            const present = item.shapes.filter((id) => byId(id) !== undefined);
            const time = formatLedgerTime(item.at, locale, now);
            const until = item.until ? formatLedgerTime(item.until, locale, now) : '';
            return (
              <li
                key={item.key}
                className="activity-entry"
                data-testid="activity-entry"
                data-kind={item.kind}
                data-person={personKey(item.who)}
                data-shapes={item.shapes.join(' ')}
                style={{ borderLeftColor: companyColor(item.who.company) }}
              >
                <div className="activity-entry__head">
                  <span className="activity-entry__who">{actorName(item.who, t)}</span>
                  <span className="activity-entry__company">{actorCompany(item.who, companies, t)}</span>
                  <time className="activity-entry__time" dateTime={item.at}>
                    {time}
                    {until && until !== time ? ` ${t('activity.until', { time: until })}` : ''}
                  </time>
                </div>
                <div className="activity-entry__what">
                  <span>{actionText(item, byId, companies, kinds, t, locale)}</span>
                  {present.length > 0 && (
                    <button
                      type="button"
                      className="agreement-link"
                      aria-label={t('activity.showAria', { what: whatText(item, byId, t) })}
                      data-testid="activity-show"
                      onClick={() => show(present)}
                    >
                      {t('activity.show')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        {shown.length > limit && (
          <button
            type="button"
            className="agreement-link activity-more"
            onClick={() => setLimit(limit + PAGE)}
          >
            {t('activity.more', { count: shown.length - limit })}
          </button>
        )}
      </SidePanel>
    </>
  );
}

/** A clock: what happened, when. */
function ActivityIcon() {
  return (
    <IconFrame size={18}>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 6v4.2l2.8 1.8" strokeLinecap="round" strokeLinejoin="round" />
    </IconFrame>
  );
}
