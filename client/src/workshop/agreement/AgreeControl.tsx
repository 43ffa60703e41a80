// In the property bar, for one selected synergy point: its agreement status for everyone, and for
// a member the button that agrees on behalf of their company (or withdraws it, or agrees again to
// content that changed since), with what changed since the agreement. The facilitator sees the
// status only: agreeing is the companies' act. Synergy points are what companies agree on; any
// other card shows the control only once someone agreed to it (through the API, or before it
// stopped being a synergy point), so that the agreement can still be seen and withdrawn.
import { agreementStatus, type ShapeId, companyName } from '@kyoso/shared';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { BAR_POPOVER } from '../../canvas/sidePanelInsets';
import { keepCanvasFocus } from '../../canvas/ToolButton';
import { useI18n } from '../../i18n/I18nProvider';
import { WorkshopIcon } from '../../ui/WorkshopIcon';
import './agreement.css';
import { AgreementMarks } from './AgreementMarks';
import { ChangesSinceAgreed } from './ChangesSinceAgreed';
import { agreementStatusText } from './statusText';
import { useAgree } from './useAgree';
import { useCurrentContent } from './useCurrentContent';

const onlyCard = (state: { selection: readonly ShapeId[] }) =>
  state.selection.length === 1 ? (state.selection[0] ?? null) : null;

export function AgreeControl({
  session,
  stores,
  workshop,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>) {
  const { t } = useI18n();
  const id = useStoreSelector(stores.editor, onlyCard);
  const kind = useStoreSelector(session.shapes, () => {
    const shape = id ? session.shapes.byId(id) : undefined;
    return shape?.type === 'sticky' ? (shape.kind ?? 'none') : null;
  });
  const { agreements } = useStore(workshop.ledger);
  const { companies } = useStore(session.meta);
  const agree = useAgree(workshop, t);
  const current = useCurrentContent(session);
  if (!id || kind === null || (kind !== 'synergy' && !agreements.get(id)?.size)) return null;

  const content = current(id);
  const status = agreementStatus(agreements, id, companies, content?.digest ?? null);
  const own = session.identity.role === 'member' ? session.identity.company : null;
  const ownName = companyName(companies, own);
  const agreedByUs = own !== null && status.agreedBy.includes(own);
  const staleForUs = own !== null && status.changedSince.includes(own);
  // Whose earlier agreement to show the changes against: ours if it is stale, else the first stale one.
  const staleCompany = staleForUs ? own : status.changedSince[0];
  const staleMark = staleCompany ? agreements.get(id)?.get(staleCompany) : undefined;
  const staleName = companyName(companies, staleCompany);
  const sending = agree.pending === id;
  const problem = agree.problem?.card === id ? agree.problem.message : null;
  const statusText = agreementStatusText(status, companies, t);
  // Short on the button (a company's name can be long, the bar is narrow); whole when read out.
  const buttonLabel = sending
    ? t('agreement.sending')
    : agreedByUs
      ? t('agreement.withdraw')
      : staleForUs
        ? t('agreement.agreeAgainShort')
        : t('agreement.agreeShort');
  const buttonName = agreedByUs
    ? t('agreement.withdrawAria', { company: ownName })
    : staleForUs
      ? t('agreement.agreeAgain', { company: ownName })
      : t('agreement.agree', { company: ownName });
  return (
    <div
      className="agree-control"
      role="group"
      aria-label={t('agreement.status.label')}
      data-testid="agree-control"
      data-agreed={status.agreed ? 'all' : status.agreedBy.join(',')}
      data-changed={status.changedSince.join(',')}
    >
      <span className="property-bar__divider" aria-hidden="true" />
      <AgreementMarks
        companies={companies}
        marks={agreements.get(id)}
        status={status}
        now={new Date(workshop.now())}
      />
      <span
        className={`agree-control__status ${status.agreed ? 'agree-control__status--all' : ''} ${
          status.changedSince.length > 0 && !status.agreed ? 'agree-control__status--changed' : ''
        }`}
        title={statusText}
        data-testid="agreement-status"
        aria-live="polite"
      >
        {statusText}
      </span>
      {own && (
        <button
          type="button"
          className={`button ${agreedByUs ? 'button--ghost' : 'button--primary'} agree-control__button`}
          disabled={sending}
          data-testid={agreedByUs ? 'withdraw-button' : 'agree-button'}
          title={buttonName}
          aria-label={sending ? undefined : buttonName}
          onMouseDown={keepCanvasFocus}
          onClick={() => void agree.agree(id, !agreedByUs, content?.digest)}
        >
          {!agreedByUs && <WorkshopIcon name="check" size={16} />}
          <span className="agree-control__label">{buttonLabel}</span>
        </button>
      )}
      {staleMark && (
        <details className="agree-control__changes" open={staleForUs} {...BAR_POPOVER}>
          <summary>{t('agreement.changes.title')}</summary>
          <ChangesSinceAgreed
            mark={staleMark}
            current={content?.content ?? null}
            companies={companies}
            title={t('agreement.changes.yours', { company: staleName })}
          />
        </details>
      )}
      {problem && (
        <div className="agree-control__error" role="alert" data-testid="agree-error" {...BAR_POPOVER}>
          <span>{problem}</span>
          <button type="button" className="agreement-link" onClick={agree.dismiss}>
            {t('drafting.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
