// The agreements list, for everyone (the 'agree' phase above all): every card some company agreed
// on, who agreed for each company and when, cards agreed by all first; synergy cards nobody has
// agreed on yet below. Members agree or withdraw from here too. A launcher at the bottom left
// shows the tally and opens it.
import { companyName, excerpt, type ShapeId } from '@kyoso/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import { provideTestWorkshop } from '../../sync/testHandle';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { kindLabels } from '../../canvas/kindLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { Launcher } from '../../ui/Launcher';
import { SidePanel } from '../../ui/SidePanel';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import { useShowFromPanel } from '../../canvas/useShowFromPanel';
import { usePanelOpen } from '../usePanelOpen';
import { usePanelShortcut } from '../../canvas/usePanelShortcut';
import { WorkshopIcon } from '../../ui/WorkshopIcon';
import './agreement.css';
import { agreementEntries, agreementTally, synergiesWithoutAgreement } from './agreementList';
import { ChangesSinceAgreements } from './ChangesSinceAgreed';
import { agreementStatusText } from './statusText';
import { useAgree } from './useAgree';
import { useCurrentContent } from './useCurrentContent';

const SHORTCUT = 'A';
const OPEN_IN_PHASES = ['agree'] as const;
const openAtFirst = (phase: string | null) => phase === 'agree';

export function AgreementsPanel({
  session,
  stores,
  workshop,
  actions,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop' | 'actions'>) {
  const { t, locale } = useI18n();
  const [open, setOpen] = usePanelOpen(
    workshop,
    'agreements',
    openAtFirst,
    OPEN_IN_PHASES,
    actions.fitBesideArrivingPanel,
  );
  const toggle = useCallback(() => setOpen(!open), [open, setOpen]);
  usePanelShortcut(SHORTCUT, toggle);
  const { agreements, unverified } = useStore(workshop.ledger);
  const { companies } = useStore(session.meta);
  const shapes = useStore(session.shapes);
  const current = useCurrentContent(session);
  const kinds = useMemo(() => kindLabels(t), [t]);
  const agree = useAgree(workshop, t);
  // `window.kyoso.drafts()` and `agreements()` (this panel is on every page with a canvas).
  useEffect(() => provideTestWorkshop(session, workshop), [session, workshop]);

  const entries = useMemo(
    () => agreementEntries(agreements, companies, session.shapes.byId, current),
    // `current` follows the shapes: a card deleted or edited changes the list.
    [agreements, companies, session, current],
  );
  const tally = agreementTally(entries);
  const undecided = useMemo(() => synergiesWithoutAgreement(shapes, agreements), [shapes, agreements]);
  const own = session.identity.role === 'member' ? session.identity.company : null;
  const ownName = companyName(companies, own);
  // The points nobody agreed yet: open for a member, who agrees them one after another (the list
  // folded away as the first was agreed), and for anyone while nothing else is listed; then as
  // the person leaves it.
  const [undecidedOpen, setUndecidedOpen] = useState(own !== null || entries.length === 0);
  const now = new Date(workshop.now());
  const showIds = useShowFromPanel(session, stores, open, setOpen);
  const show = (id: ShapeId) => showIds([id]);

  const launcher = (
    <Launcher
      tone="agreement"
      order={1}
      icon={<WorkshopIcon name="agreement" size={18} />}
      label={t('agreement.launcher')}
      count={t('agreement.launcherCount', tally)}
      countTestId="agreements-tally"
      ariaLabel={t('agreement.launcherAria', tally)}
      open={open}
      shortcut={`Shift+${SHORTCUT}`}
      hint={open ? t('agreement.panel.close') : t('agreement.panel.open')}
      onClick={toggle}
      testId="agreements-open"
    />
  );
  if (!open) return launcher;

  const agreeButton = (id: ShapeId, agreedByUs: boolean, staleForUs: boolean) =>
    own && (
      <button
        type="button"
        className={`agreement-link ${agreedByUs ? 'agreement-link--muted' : ''}`}
        disabled={agree.pending === id}
        aria-label={agreedByUs ? t('agreement.withdrawAria', { company: ownName }) : undefined}
        onClick={() => void agree.agree(id, !agreedByUs, current(id)?.digest)}
      >
        {agree.pending === id
          ? t('agreement.sending')
          : agreedByUs
            ? t('agreement.withdraw')
            : staleForUs
              ? t('agreement.agreeAgain', { company: ownName })
              : t('agreement.agree', { company: ownName })}
      </button>
    );

  return (
    <>
      {launcher}
      <SidePanel
        className="agreements-panel"
        side="right"
        title={t('agreement.panel.title')}
        closeLabel={t('agreement.panel.close')}
        onClose={() => setOpen(false)}
        testId="agreements-panel"
        closeTestId="agreements-close"
      >
        <p className="side-panel__intro">{t('agreement.panel.intro')}</p>
        <p className="side-panel__intro">
          {own ? t('agreement.panel.howTo', { company: ownName }) : t('agreement.panel.viewOnly')}
        </p>
        {unverified > 0 && (
          // Imported entries the server could not verify are kept but never counted: say so.
          <p className="side-panel__intro" role="note" data-testid="agreements-unverified">
            {t(unverified === 1 ? 'agreement.panel.unverified.one' : 'agreement.panel.unverified', {
              count: unverified,
            })}
          </p>
        )}
        {agree.problem && (
          <div className="agreement-error" role="alert">
            <span>{agree.problem.message}</span>
            <button type="button" className="agreement-link agreement-link--muted" onClick={agree.dismiss}>
              {t('drafting.dismiss')}
            </button>
          </div>
        )}
        {entries.length === 0 && <p className="side-panel__empty">{t('agreement.panel.empty')}</p>}
        <ol className="agreements-panel__list">
          {entries.map((entry) => {
            const title = entry.card
              ? excerpt(entry.card.text, 60) || t('agreement.panel.untitled')
              : t('agreement.panel.deleted');
            const company = companies.find((c) => c.key === entry.card?.company);
            return (
              <li
                key={entry.id}
                className={`agreement-entry ${entry.status.agreed ? 'agreement-entry--all' : ''}`}
                data-testid="agreement-entry"
                data-card={entry.id}
                data-agreed={entry.status.agreed ? 'all' : entry.status.agreedBy.join(',')}
                data-changed={entry.status.changedSince.join(',')}
                style={{ borderLeftColor: company?.color ?? undefined }}
              >
                <div className="agreement-entry__head">
                  <span className="agreement-entry__title">
                    {entry.card?.kind && (
                      <span className="agreement-entry__kind">{kinds[entry.card.kind]}</span>
                    )}
                    <span className={entry.card ? undefined : 'muted'}>{title}</span>
                  </span>
                  <span
                    className={`agreement-entry__status ${entry.status.agreed ? 'agreement-entry__status--all' : ''} ${
                      !entry.status.agreed && entry.status.changedSince.length > 0
                        ? 'agreement-entry__status--changed'
                        : ''
                    }`}
                  >
                    {entry.status.agreed && <WorkshopIcon name="check" size={14} />}
                    {agreementStatusText(entry.status, companies, t)}
                  </span>
                </div>
                <ul className="agreement-entry__companies">
                  {entry.companies.map(({ company: party, mark }) => {
                    const standing = mark && entry.status.agreedBy.includes(party.key);
                    const vars = mark && { name: mark.name, time: formatLedgerTime(mark.at, locale, now) };
                    return (
                      <li
                        key={party.key}
                        data-company={party.key}
                        data-standing={standing ? 'yes' : mark ? 'changed' : 'no'}
                      >
                        <span
                          className={`agreement-mark ${standing ? 'agreement-mark--agreed' : ''}`}
                          style={{
                            borderColor: party.color,
                            backgroundColor: standing ? party.color : undefined,
                          }}
                          aria-hidden="true"
                        />
                        <span className="agreement-entry__company">{party.name}</span>
                        <span className="agreement-entry__who">
                          {vars
                            ? t(standing ? 'agreement.panel.agreedBy' : 'agreement.panel.agreedBefore', vars)
                            : t('agreement.panel.notYet')}
                        </span>
                      </li>
                    );
                  })}
                </ul>
                {entry.card && (
                  <ChangesSinceAgreements
                    changedSince={entry.status.changedSince}
                    marks={agreements.get(entry.id)}
                    current={current(entry.id)?.content ?? null}
                    companies={companies}
                  />
                )}
                {entry.card && (
                  <div className="agreement-entry__actions">
                    <button
                      type="button"
                      className="agreement-link"
                      aria-label={t('agreement.panel.showAria', { text: title })}
                      onClick={() => show(entry.id)}
                    >
                      {t('agreement.panel.show')}
                    </button>
                    {agreeButton(
                      entry.id,
                      own !== null && entry.status.agreedBy.includes(own),
                      own !== null && entry.status.changedSince.includes(own),
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        {undecided.length > 0 && (
          <details
            className="agreements-panel__open"
            open={undecidedOpen}
            onToggle={(event) => setUndecidedOpen(event.currentTarget.open)}
          >
            <summary>{t('agreement.panel.open.title', { count: undecided.length })}</summary>
            <ul>
              {undecided.map((card) => {
                const title = excerpt(card.text, 60) || t('agreement.panel.untitled');
                return (
                  <li key={card.id} className="agreement-open">
                    <span className="agreement-open__title">{title}</span>
                    <span className="agreement-entry__actions">
                      <button
                        type="button"
                        className="agreement-link"
                        aria-label={t('agreement.panel.showAria', { text: title })}
                        onClick={() => show(card.id)}
                      >
                        {t('agreement.panel.show')}
                      </button>
                      {agreeButton(card.id, false, false)}
                    </span>
                  </li>
                );
              })}
            </ul>
          </details>
        )}
      </SidePanel>
    </>
  );
}
