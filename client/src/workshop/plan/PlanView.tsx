// The joint action plan (Shift+P, or the launcher at the bottom): the agreed synergy points as a
// plan everyone shares, as a table (actions with an owner on each side, due dates, status, the
// KPI) and as a board by status; check-ins over the months after the workshop; partner fit for
// many-company programmes; and the plan's exports. Overdue actions are shown to everyone.
import { useCallback, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { usePanelShortcut } from '../../canvas/usePanelShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog, useDialogIds } from '../../ui/Dialog';
import { Icon } from '../../ui/icons';
import { Launcher } from '../../ui/Launcher';
import { WorkshopIcon } from '../../ui/WorkshopIcon';
import { AccountsTab } from './AccountsTab';
import { CheckInsTab } from './CheckInsTab';
import { NotificationsTab } from './NotificationsTab';
import { PartnerFitTab } from './PartnerFitTab';
import { PlanBoard } from './PlanBoard';
import { PlanExports } from './PlanExports';
import { PlanTable } from './PlanTable';
import { usePlan } from './usePlan';
import './plan.css';

export const PLAN_SHORTCUT = 'P';
const TABS = ['table', 'board', 'checkIns', 'fit', 'accounts', 'notify'] as const;
type Tab = (typeof TABS)[number];

export function PlanView(props: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>) {
  const { session, workshop } = props;
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<Tab>('table');
  const toggle = useCallback(() => setOpen((was) => !was), []);
  usePanelShortcut(PLAN_SHORTCUT, toggle);
  const plan = usePlan(props);
  const { companies } = useStore(session.meta);
  const { titleId, bodyId } = useDialogIds();

  const launcher = (
    <Launcher
      tone="plan"
      order={3}
      icon={<WorkshopIcon name="plan" size={18} />}
      label={t('plan.launcher')}
      count={
        plan.overdue > 0 ? (
          <span className="plan-launcher__overdue">
            {plan.items.length} · ⚠ {plan.overdue}
          </span>
        ) : (
          plan.items.length
        )
      }
      countTestId="plan-count"
      ariaLabel={t('plan.launcherAria', { count: plan.items.length, overdue: plan.overdue })}
      open={open}
      shortcut={`Shift+${PLAN_SHORTCUT}`}
      hint={open ? t('plan.close') : t('plan.open')}
      onClick={toggle}
      testId="plan-open"
    />
  );
  if (!open) return launcher;
  return (
    <>
      {launcher}
      <Dialog
        className="plan-view"
        labelledBy={titleId}
        describedBy={bodyId}
        testId="plan-view"
        onDismiss={() => setOpen(false)}
        dismissOnBackdrop={false}
      >
        <header className="plan-view__header">
          <div>
            <h2 id={titleId} className="dialog__title">
              {t('plan.title')}
            </h2>
            <p id={bodyId} className="muted">
              {t('plan.subtitle')}
            </p>
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label={t('plan.close')}
            data-testid="plan-close"
            onClick={() => setOpen(false)}
          >
            <Icon name="close" />
          </button>
        </header>
        <div className="plan-view__bar">
          <div className="plan-tabs" role="tablist" aria-label={t('plan.title')}>
            {TABS.filter(
              (name) =>
                (name !== 'notify' || workshop.canControl) &&
                (name !== 'accounts' || workshop.identity.role !== 'observer'),
            ).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={tab === name}
                className="plan-tab"
                data-testid={`plan-tab-${name}`}
                onClick={() => setTab(name)}
              >
                {t(`plan.tab.${name}`)}
              </button>
            ))}
          </div>
          <PlanExports workshop={workshop} companies={companies} />
        </div>
        {plan.overdue > 0 && (tab === 'table' || tab === 'board' || tab === 'checkIns') && (
          <p className="plan-overdue-banner" role="alert" data-testid="plan-overdue">
            ⚠ {t('plan.overdueBanner', { count: plan.overdue })}
          </p>
        )}
        <div className="plan-view__body" role="tabpanel">
          {tab === 'table' && <PlanTable {...props} plan={plan} onClose={() => setOpen(false)} />}
          {tab === 'board' && <PlanBoard {...props} plan={plan} />}
          {tab === 'checkIns' && <CheckInsTab {...props} plan={plan} />}
          {tab === 'fit' && <PartnerFitTab session={session} />}
          {tab === 'accounts' && <AccountsTab session={session} workshop={workshop} />}
          {tab === 'notify' && <NotificationsTab workshop={workshop} />}
        </div>
      </Dialog>
    </>
  );
}
