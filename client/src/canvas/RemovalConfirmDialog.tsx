// Before a change takes synergy points with recorded agreements off the board (deleting them, or
// giving them another kind, which unlinks them): which points, who agreed, and that the ledger
// keeps the record. One company could otherwise undo what every company agreed with a key press.
import { useRef } from 'react';
import { useShapesById, useStore } from '../bindings/hooks';
import { countText } from '../i18n/countText';
import { useI18n } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';
import { Dialog, useDialogIds } from '../ui/Dialog';
import type { CanvasStores } from './canvasStores';

export function RemovalConfirmDialog({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const pending = useStore(stores.pendingRemoval);
  if (!pending) return null;
  return <RemovalConfirm session={session} stores={stores} key={pending.cards.join()} />;
}

function RemovalConfirm({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const { t } = useI18n();
  const { titleId, bodyId } = useDialogIds();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const pending = useStore(stores.pendingRemoval)!;
  const cards = useShapesById(session.shapes, pending.cards);
  const { companies } = useStore(session.meta);
  const close = () => {
    stores.pendingRemoval.set(null);
    stores.element.current?.focus();
  };
  const confirm = () => {
    pending.run();
    close();
  };
  const agreedBy = (id: (typeof pending.cards)[number]) => {
    const keys = stores.agreedBy.of(id);
    return companies
      .filter((company) => keys.includes(company.key))
      .map((company) => company.name)
      .join(t('removal.separator'));
  };
  return (
    <Dialog
      className="confirm-dialog"
      role="alertdialog"
      labelledBy={titleId}
      describedBy={bodyId}
      testId="removal-confirm"
      onDismiss={close}
      // The safe choice has the focus: Enter must not delete by accident.
      initialFocus={() => cancelButton.current}
    >
      <h2 id={titleId} className="dialog__title">
        {countText(t, `removal.${pending.action}.title`, pending.cards.length)}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        <ul className="confirm-dialog__list removal-dialog__cards">
          {cards.map((card) => (
            <li key={card.id}>
              <strong>{('text' in card && card.text.trim()) || t('synergy.untitled')}</strong>
              <span className="muted">{t('removal.agreedBy', { companies: agreedBy(card.id) })}</span>
            </li>
          ))}
        </ul>
        <p className="alert alert--warning">{t(`removal.${pending.action}.body`)}</p>
      </div>
      <div className="dialog__actions">
        <button ref={cancelButton} type="button" className="button button--ghost" onClick={close}>
          {t('removal.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid="removal-confirm-submit"
          onClick={confirm}
        >
          {t(`removal.${pending.action}.submit`)}
        </button>
      </div>
    </Dialog>
  );
}
