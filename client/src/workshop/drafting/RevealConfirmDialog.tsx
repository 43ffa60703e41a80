// Before a reveal: which cards become visible to every company, and that it cannot be undone.
import type { Company, StickyShape } from '@kyoso/shared';
import { useRef } from 'react';
import type { KindLabels } from '../../canvas/kindLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog, useDialogIds } from '../../ui/Dialog';
import { countText } from '../../i18n/countText';
import { countByKind } from './draftGroups';
import type { RevealScope } from './useReveal';

interface RevealConfirmDialogProps {
  scope: RevealScope;
  cards: readonly StickyShape[];
  companies: readonly Company[];
  kinds: KindLabels;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RevealConfirmDialog(props: RevealConfirmDialogProps) {
  const { scope, cards, companies, kinds, onConfirm, onCancel } = props;
  const { t } = useI18n();
  const { titleId, bodyId } = useDialogIds();
  const cancel = useRef<HTMLButtonElement>(null);
  const names = companies.map((company) => company.name).join(t('drafting.confirm.separator'));
  return (
    <Dialog
      className="confirm-dialog"
      role="alertdialog"
      labelledBy={titleId}
      describedBy={bodyId}
      testId="reveal-confirm"
      onDismiss={onCancel}
      // The safe choice has the focus: Enter must not reveal by accident.
      initialFocus={() => cancel.current}
    >
      <h2 id={titleId} className="dialog__title">
        {scope === 'all'
          ? countText(t, 'drafting.confirm.titleAll', cards.length)
          : countText(t, 'drafting.confirm.titleSelected', cards.length)}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        <p>{t('drafting.confirm.body', { companies: names })}</p>
        <ul className="confirm-dialog__list reveal-dialog__kinds">
          {countByKind(cards).map(({ kind, count }) => (
            <li key={kind ?? '-'}>
              <span>{kind ? kinds[kind] : t('props.kindNone')}</span>
              <span className="reveal-dialog__count">{countText(t, 'drafting.count', count)}</span>
            </li>
          ))}
        </ul>
        {scope === 'all' && <p className="muted">{t('drafting.confirm.allNote')}</p>}
        <p className="alert alert--warning">{t('drafting.confirm.irreversible')}</p>
      </div>
      <div className="dialog__actions">
        <button ref={cancel} type="button" className="button button--ghost" onClick={onCancel}>
          {t('drafting.confirm.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="reveal-confirm-submit"
          onClick={onConfirm}
        >
          {t('drafting.confirm.submit')}
        </button>
      </div>
    </Dialog>
  );
}
