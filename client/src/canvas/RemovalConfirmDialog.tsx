// Before a change takes synergy points with recorded agreements off the board (deleting them, or
// giving them another kind, which unlinks them): which points, who agreed, and that the ledger
// keeps the record. One company could otherwise undo what every company agreed with a key press.
import { useShapesById, useStore } from '../bindings/hooks';
import { countText } from '../i18n/countText';
import { useI18n } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { CanvasStores, PendingRemoval } from './canvasStores';

export function RemovalConfirmDialog({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const pending = useStore(stores.pendingRemoval);
  if (!pending) return null;
  return <RemovalConfirm session={session} stores={stores} pending={pending} key={pending.cards.join()} />;
}

function RemovalConfirm(props: { session: BoardSession; stores: CanvasStores; pending: PendingRemoval }) {
  const { session, stores, pending } = props;
  const { t } = useI18n();
  const cards = useShapesById(session.shapes, pending.cards);
  const { companies } = useStore(session.meta);
  const close = () => {
    stores.pendingRemoval.set(null);
    stores.element.current?.focus();
  };
  const agreedBy = (id: PendingRemoval['cards'][number]) => {
    const keys = stores.agreedBy.of(id);
    return companies
      .filter((company) => keys.includes(company.key))
      .map((company) => company.name)
      .join(t('removal.separator'));
  };
  return (
    <ConfirmDialog
      title={countText(t, `removal.${pending.action}.title`, pending.cards.length)}
      cancelLabel={t('removal.cancel')}
      confirmLabel={t(`removal.${pending.action}.submit`)}
      tone="danger"
      testId="removal-confirm"
      onCancel={close}
      onConfirm={() => {
        pending.run();
        close();
      }}
    >
      <ul className="confirm-dialog__list removal-dialog__cards">
        {cards.map((card) => (
          <li key={card.id}>
            <strong>{('text' in card && card.text.trim()) || t('synergy.untitled')}</strong>
            <span className="muted">{t('removal.agreedBy', { companies: agreedBy(card.id) })}</span>
          </li>
        ))}
      </ul>
      <p className="alert alert--warning">{t(`removal.${pending.action}.body`)}</p>
    </ConfirmDialog>
  );
}
