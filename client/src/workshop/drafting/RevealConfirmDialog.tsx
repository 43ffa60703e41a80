// Before a reveal: which cards become visible to every company, and that it cannot be undone.
import type { Company, StickyShape } from '@kyoso/shared';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { KindLabels } from '../../canvas/kindLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { countText } from './countText';
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

/** Tab stays among the dialog's buttons while it is open. */
function trapTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const first = buttons[0];
  const last = buttons.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export function RevealConfirmDialog(props: RevealConfirmDialogProps) {
  const { scope, cards, companies, kinds, onConfirm, onCancel } = props;
  const { t } = useI18n();
  const titleId = useId();
  const bodyId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The safe choice has the focus: Enter must not reveal by accident.
    cancel.current?.focus();
  }, []);
  const names = companies.map((company) => company.name).join(t('drafting.confirm.separator'));
  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onCancel()}
    >
      <div
        className="dialog reveal-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        data-testid="reveal-confirm"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
            event.stopPropagation();
            onCancel();
          }
          trapTab(event);
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {scope === 'all'
            ? countText(t, 'drafting.confirm.titleAll', cards.length)
            : countText(t, 'drafting.confirm.titleSelected', cards.length)}
        </h2>
        <div id={bodyId} className="reveal-dialog__body">
          <p>{t('drafting.confirm.body', { companies: names })}</p>
          <ul className="reveal-dialog__kinds">
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
      </div>
    </div>
  );
}
