// A modal dialog: on <body> above everything (panels are stacking contexts under the page header),
// focus moved in when it opens and given back when it closes, Tab kept inside, and Escape or a
// press on the backdrop dismissing it unless the dialog says a choice must be made. While it is
// open the board's shortcuts stand still (canvas/keyBindings.ts sees `aria-modal`).
import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { trapTab, useDialogFocus } from './dialogFocus';
import './ui.css';

interface DialogProps {
  /** The dialog's own class besides `dialog` (its width, its layout). */
  className?: string;
  backdropClassName?: string;
  /** `alertdialog` for a confirmation that asks before something cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  /** The id of the element that names the dialog (its title); see `useDialogIds`. */
  labelledBy: string;
  describedBy?: string;
  testId?: string;
  /** Escape and a press on the backdrop; without it neither closes the dialog. */
  onDismiss?: () => void;
  /** Whether a press on the backdrop dismisses too (not for dialogs that hold typed work). */
  dismissOnBackdrop?: boolean;
  /** What has the focus when it opens; else what its content focused, else the dialog itself. */
  initialFocus?: () => HTMLElement | null;
  ref?: RefObject<HTMLDivElement | null>;
  children: ReactNode;
}

/** Ids for a dialog's title and description. */
export function useDialogIds(): { titleId: string; bodyId: string } {
  return { titleId: useId(), bodyId: useId() };
}

export function Dialog(props: DialogProps) {
  const { className, backdropClassName, role = 'dialog', labelledBy, describedBy, testId } = props;
  const { onDismiss, dismissOnBackdrop = true, initialFocus, children } = props;
  const own = useRef<HTMLDivElement>(null);
  const dialog = props.ref ?? own;
  // Read on the first render, before the content's own effects move the focus in.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useDialogFocus(dialog, opener, initialFocus);
  return createPortal(
    <div
      className={`dialog-backdrop ${backdropClassName ?? ''}`}
      onMouseDown={(event) => {
        if (dismissOnBackdrop && event.target === event.currentTarget) onDismiss?.();
      }}
    >
      <div
        ref={dialog}
        className={`dialog ${className ?? ''}`}
        role={role}
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        tabIndex={-1}
        data-testid={testId}
        onKeyDown={(event) => {
          trapTab(event);
          if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
          // Not to the canvas (which would deselect) nor to a popover under the dialog.
          event.preventDefault();
          event.stopPropagation();
          onDismiss?.();
        }}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
