// The bottom-of-board message: why a shape did not move or change (locked, another company's card),
// that a card took the kind of the area it was dropped in (with a way back) or stayed its maker's
// company in another company's lane, that a summon went out, or what failed. Refusals and kind changes come from the editor (`stores.refusals`,
// `stores.kindChanges`), the rest from notices.ts.
import { useEffect, useRef, useState } from 'react';
import { setCompanyAndKind, companyName } from '@kyoso/shared';
import { useStore } from '../../bindings/hooks';
import type { CanvasStores } from '../../canvas/canvasStores';
import { shortcutLabel } from '../../ui/platform';
import { useI18n } from '../../i18n/I18nProvider';
import type { BoardSession } from '../../sync/session-types';
import type { WorkshopSession } from '../../sync/workshop-types';
import { readOnlyReason } from '../../canvas/readOnlyReason';
import { runStep } from '../../canvas/runCommand';
import { FacilitationIcon } from './FacilitationIcon';
import { noticesOf, showNotice } from './notices';
import { LOCK_SHORTCUT } from './useLocks';

const SHOWN_MS = { lock: 3500, info: 3500, error: 8000 } as const;

export function NoticeToast({
  session,
  stores,
  workshop,
}: {
  session: BoardSession;
  stores: CanvasStores;
  workshop: WorkshopSession;
}) {
  const { t } = useI18n();
  const notice = useStore(noticesOf(stores));
  const refusals = useStore(stores.refusals);
  const seenRefusals = useRef(refusals.count);
  const { companies } = useStore(session.meta);
  const kindChanges = useStore(stores.kindChanges);
  const seenKindChanges = useRef(kindChanges.count);
  const [hiddenId, setHiddenId] = useState<number | null>(null);

  // Each refusal shows (again) why the shape did not change.
  useEffect(() => {
    if (refusals.count === seenRefusals.current || !refusals.reason) return;
    seenRefusals.current = refusals.count;
    const { reason } = refusals;
    showNotice(
      stores,
      'lock',
      reason.code === 'locked'
        ? workshop.canControl
          ? t('facilitation.lock.refused.facilitator', { shortcut: shortcutLabel(LOCK_SHORTCUT) })
          : t('facilitation.lock.refused.member')
        : readOnlyReason(reason, session, companies, t),
    );
  }, [refusals, stores, workshop, session, companies, t]);

  // A card dropped alone into an area of another kind took that kind: say so, with a way back.
  useEffect(() => {
    if (kindChanges.count === seenKindChanges.current || !kindChanges.change) return;
    seenKindChanges.current = kindChanges.count;
    const { id, from, to } = kindChanges.change;
    if (!to) return;
    showNotice(stores, 'info', t('canvas.kindChanged', { kind: t(`kind.${to}`) }), {
      label: from ? t('canvas.kindChanged.keep', { kind: t(`kind.${from}`) }) : t('canvas.kindChanged.clear'),
      run: () => {
        if (session.shapes.byId(id))
          runStep(session, (doc, origin) => setCompanyAndKind(doc, { ids: [id], kind: from }, origin));
      },
    });
  }, [kindChanges, stores, session, t]);

  // A member's new card in another company's lane stayed their own company's: say so.
  const laneKept = useStore(stores.laneKept);
  const seenLaneKept = useRef(laneKept.count);
  useEffect(() => {
    if (laneKept.count === seenLaneKept.current || !laneKept.lane) return;
    seenLaneKept.current = laneKept.count;
    const name = (key: string | null) => companyName(companies, key);
    showNotice(
      stores,
      'info',
      t('canvas.laneKept', { lane: name(laneKept.lane), own: name(session.identity.company) }),
    );
  }, [laneKept, stores, session, companies, t]);

  useEffect(() => {
    if (!notice) return;
    // A notice with a way back stays long enough to take it.
    const timer = setTimeout(
      () => setHiddenId(notice.id),
      notice.action ? SHOWN_MS.error : SHOWN_MS[notice.kind],
    );
    return () => clearTimeout(timer);
  }, [notice]);

  const visible = notice && notice.id !== hiddenId ? notice : null;
  return (
    <div className="facilitation-toast-slot" role={visible?.kind === 'error' ? 'alert' : 'status'}>
      {visible && (
        <div
          key={visible.id}
          className={`facilitation-toast facilitation-toast--${visible.kind}`}
          data-testid="facilitation-notice"
          data-kind={visible.kind}
        >
          {visible.kind === 'lock' && <FacilitationIcon name="lock" size={16} />}
          <span>{visible.text}</span>
          {visible.action && (
            <button
              type="button"
              className="facilitation-toast__action"
              data-testid="facilitation-notice-action"
              onClick={() => {
                visible.action?.run();
                setHiddenId(visible.id);
              }}
            >
              {visible.action.label}
            </button>
          )}
          <button
            type="button"
            className="facilitation-toast__close"
            aria-label={t('facilitation.links.close')}
            onClick={() => setHiddenId(visible.id)}
          >
            <FacilitationIcon name="remove" size={14} />
          </button>
        </div>
      )}
    </div>
  );
}
