// The synergy panel: every synergy point, sortable by status, company, owner, votes or due date and
// filterable by status and company; a row brings its card into view and selects it. With one
// synergy card selected the panel shows its details instead (the inspector). A launcher at the
// bottom left opens it (Shift+Y), as does the property bar's synergy button.
import {
  SYNERGY_SORT_KEYS,
  SYNERGY_STATUS_ORDER,
  filterSynergyPoints,
  ownerNames,
  sortSynergyPoints,
  synergyPoints,
  type CompanyKey,
  type ShapeId,
  type SynergyFilter,
  type SynergySortKey,
  type SynergyStatus,
  excerpt,
} from '@kyoso/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { Icon } from '../../ui/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { countText } from '../../i18n/countText';
import { Launcher } from '../../ui/Launcher';
import { InSlot } from '../../ui/PanelDock';
import { leavesRoomToShow, showCards } from '../../canvas/showCards';
import { useShowFromPanel } from '../../canvas/useShowFromPanel';
import { usePanelOpen } from '../usePanelOpen';
import { usePanelShortcut } from '../../canvas/usePanelShortcut';
import { WorkshopIcon } from '../../ui/WorkshopIcon';
import { TOUCH_FIRST, useMedia } from '../../ui/useMedia';
import { useEditRights } from '../../canvas/rightsNow';
import { formatDue, isOverdue } from './dueDate';
import { updatePageUi, usePageUi, useUiRequests } from '../../bindings/pageUi';
import { StatusChip } from './StatusChip';
import { SynergyInspector } from './SynergyInspector';
import './synergy.css';

export const SYNERGY_SHORTCUT = 'Y';
// Opened by itself where owners, next steps and due dates are filled in (converging: before the
// companies agree, since a change after it asks them to agree again) and to review them in the
// next steps; while agreeing the agreements panel and the canvas need the room.
const OPEN_IN_PHASES = ['converge', 'nextSteps'] as const;
const openAtFirst = (phase: string | null) => phase === 'converge' || phase === 'nextSteps';
const isStatus = (value: string): value is SynergyStatus => SYNERGY_STATUS_ORDER.some((s) => s === value);
const isSortKey = (value: string): value is SynergySortKey => SYNERGY_SORT_KEYS.some((k) => k === value);

export function SynergyPanel({
  session,
  stores,
  workshop,
  actions,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop' | 'actions'>) {
  const { t, locale } = useI18n();
  const touch = useMedia(TOUCH_FIRST);
  const [open, setOpen] = usePanelOpen(
    workshop,
    'synergy',
    openAtFirst,
    OPEN_IN_PHASES,
    actions.fitBesideArrivingPanel,
  );
  const toggle = useCallback(() => setOpen(!open), [open, setOpen]);
  usePanelShortcut(SYNERGY_SHORTCUT, toggle);
  useUiRequests('synergyPanelRequests', () => setOpen(true));
  // Cards to frame once this panel is open and in the dock (so the framing leaves room for it);
  // where it covers the board (a phone's sheet), once it is closed again: framed in the sliver
  // beside it, the cards were too small to read.
  const frame = usePageUi((ui) => ui.synergyFrame);
  const waitsForClose = useRef(false);
  useEffect(() => {
    if (!frame) return;
    if (open && !leavesRoomToShow(stores)) {
      waitsForClose.current = true;
      return;
    }
    if (!open && !waitsForClose.current) return;
    waitsForClose.current = false;
    updatePageUi({ synergyFrame: null });
    const [point] = frame;
    showCards(session, stores, frame as ShapeId[]);
    if (point) stores.editor.update({ selection: [point as ShapeId], editing: null });
  }, [open, frame, session, stores]);
  const { events } = useStore(workshop.ledger);
  const { companies } = useStore(session.meta);
  const shapes = useStore(session.shapes);
  const { selection } = useStore(stores.editor);
  const rights = useEditRights(session, stores);
  const [sort, setSort] = useState<SynergySortKey>('status');
  const [descending, setDescending] = useState(false);
  const [filter, setFilter] = useState<SynergyFilter>({ status: null, company: null });

  const points = useMemo(() => synergyPoints(shapes, events, companies), [shapes, events, companies]);
  const shown = useMemo(
    () => sortSynergyPoints(filterSynergyPoints(points, filter), sort, companies, descending, locale),
    [points, filter, sort, companies, descending, locale],
  );
  const selected =
    selection.length === 1 ? (points.find((point) => point.id === selection[0]) ?? null) : null;
  const show = useShowFromPanel(session, stores, open, setOpen);
  const now = new Date(workshop.now());

  const launcher = (
    <Launcher
      tone="synergy"
      order={2}
      icon={<WorkshopIcon name="synergy" size={18} />}
      label={t('synergy.panel.launcher')}
      count={points.length}
      countTestId="synergy-count"
      ariaLabel={t('synergy.panel.launcherAria', { count: points.length })}
      open={open}
      shortcut={`Shift+${SYNERGY_SHORTCUT}`}
      hint={open ? t('synergy.panel.close') : t('synergy.panel.open')}
      onClick={toggle}
      testId="synergy-open"
    />
  );
  if (!open) return launcher;

  return (
    <>
      {launcher}
      <InSlot side="left" onClose={() => setOpen(false)}>
        <aside
          className="side-panel synergy-panel"
          aria-labelledby="synergy-title"
          data-testid="synergy-panel"
        >
          <header className="synergy-panel__header">
            {selected ? (
              <button
                type="button"
                className="synergy-link-button"
                data-testid="synergy-back"
                onClick={() => stores.editor.update({ selection: [], editing: null })}
              >
                ← {t('synergy.panel.back')}
              </button>
            ) : (
              <h2 id="synergy-title">{t('synergy.panel.title')}</h2>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={t('synergy.panel.close')}
              data-testid="synergy-close"
              onClick={() => setOpen(false)}
            >
              <Icon name="close" />
            </button>
          </header>
          {selected ? (
            <>
              <h2 id="synergy-title" className="synergy-panel__subtitle">
                {t('synergy.edit')}
              </h2>
              <SynergyInspector
                key={selected.id}
                session={session}
                workshop={workshop}
                point={selected}
                locked={rights.whyNot(selected.id) !== null}
                companies={companies}
                onShow={show}
              />
            </>
          ) : (
            <>
              <p className="synergy-panel__intro">
                {t(
                  session.identity.role === 'observer'
                    ? 'synergy.panel.intro.observer'
                    : touch
                      ? 'synergy.panel.intro.touch'
                      : 'synergy.panel.intro',
                )}
              </p>
              <div className="synergy-controls">
                <label>
                  <span>{t('synergy.panel.sort')}</span>
                  <select
                    value={sort}
                    data-testid="synergy-sort"
                    onChange={(event) => {
                      if (isSortKey(event.target.value)) setSort(event.target.value);
                    }}
                  >
                    {SYNERGY_SORT_KEYS.map((key) => (
                      <option key={key} value={key}>
                        {t(`synergy.sort.${key}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="synergy-sort-direction"
                  aria-label={t('synergy.panel.sortDirection')}
                  aria-pressed={descending}
                  data-tooltip={t('synergy.panel.sortDirection')}
                  data-testid="synergy-sort-direction"
                  onClick={() => setDescending(!descending)}
                >
                  {descending ? '↑' : '↓'}
                </button>
                <label>
                  <span>{t('synergy.panel.filterStatus')}</span>
                  <select
                    value={filter.status ?? ''}
                    data-testid="synergy-filter-status"
                    onChange={(event) => {
                      const value = event.target.value;
                      setFilter({ ...filter, status: isStatus(value) ? value : null });
                    }}
                  >
                    <option value="">{t('synergy.panel.all')}</option>
                    {SYNERGY_STATUS_ORDER.map((status) => (
                      <option key={status} value={status}>
                        {t(`synergy.status.${status}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span>{t('synergy.panel.filterCompany')}</span>
                  <select
                    value={filter.company ?? ''}
                    data-testid="synergy-filter-company"
                    onChange={(event) => {
                      const value = event.target.value;
                      const company = companies.find((entry) => entry.key === value);
                      setFilter({ ...filter, company: company ? (company.key as CompanyKey) : null });
                    }}
                  >
                    <option value="">{t('synergy.panel.all')}</option>
                    {companies.map((company) => (
                      <option key={company.key} value={company.key}>
                        {company.name}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              {points.length > 0 && (
                <p className="synergy-panel__count" aria-live="polite">
                  {t('synergy.panel.count', { shown: shown.length, total: points.length })}
                </p>
              )}
              {points.length === 0 && <p className="synergy-panel__empty">{t('synergy.panel.empty')}</p>}
              {points.length > 0 && shown.length === 0 && (
                <p className="synergy-panel__empty">{t('synergy.panel.noMatch')}</p>
              )}
              <ol className="synergy-list">
                {shown.map((point) => {
                  const title = excerpt(point.title, 60) || t('synergy.untitled');
                  // Each company names its own owner: the row shows them all, in the board's order.
                  const owners = ownerNames(point, companies);
                  return (
                    <li key={point.id}>
                      <button
                        type="button"
                        className="synergy-row"
                        data-testid="synergy-row"
                        data-card={point.id}
                        data-status={point.status}
                        aria-label={t('synergy.panel.showAria', { text: title })}
                        onClick={() => show([point.id])}
                      >
                        <span className="synergy-row__head">
                          <span className="synergy-row__title">{title}</span>
                          <StatusChip status={point.status} changed={point.changedSince.length > 0} t={t} />
                        </span>
                        <span className="synergy-row__meta">
                          <span className="synergy-row__companies">
                            {point.companies.map((key) => {
                              const company = companies.find((entry) => entry.key === key);
                              return (
                                <span
                                  key={key}
                                  className="synergy-dot synergy-dot--filled"
                                  style={{ backgroundColor: company?.color }}
                                  title={company?.name}
                                />
                              );
                            })}
                          </span>
                          <span data-testid="synergy-row-owners">
                            {owners.length > 0 ? owners.join(' · ') : t('synergy.panel.noOwner')}
                          </span>
                          <span data-testid="synergy-row-votes">
                            {countText(t, 'synergy.panel.votes', point.votes)}
                          </span>
                          {point.fields.due && (
                            <span
                              className={
                                isOverdue(point.fields.due, now) && point.status !== 'agreed'
                                  ? 'synergy-row__due--late'
                                  : undefined
                              }
                            >
                              {t('synergy.panel.due', { date: formatDue(point.fields.due, locale) })}
                            </span>
                          )}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </aside>
      </InSlot>
    </>
  );
}
