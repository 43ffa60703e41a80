// A confirmation before something others will see or that cannot be undone: a title, what it
// touches and a warning (the caller's), and two buttons, the safe one focused so that Enter never
// confirms by accident. Escape and the backdrop cancel.
import { useRef, type ReactNode } from 'react';
import { Dialog, useDialogIds } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  /** `danger` for what takes something away (red), else the primary colour. */
  tone?: 'primary' | 'danger';
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, children, cancelLabel, confirmLabel, tone = 'primary', testId, onConfirm, onCancel } = props;
  const { titleId, bodyId } = useDialogIds();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      className="confirm-dialog"
      role="alertdialog"
      labelledBy={titleId}
      describedBy={bodyId}
      testId={testId}
      onDismiss={onCancel}
      initialFocus={() => cancel.current}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        {children}
      </div>
      <div className="dialog__actions">
        <button ref={cancel} type="button" className="button button--ghost" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={`button button--${tone}`}
          data-testid={`${testId}-submit`}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
