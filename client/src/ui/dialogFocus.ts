// Focus for modal dialogs (Dialog.tsx): focus moves in when one opens, Tab stays inside while it
// is open, and focus goes back where it was when it closes.
import { useEffect, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Focuses `initial()` on open, or leaves the focus where the dialog's content put it, or focuses
 * the dialog; gives the focus back to `opener` on close.
 */
export function useDialogFocus(
  dialog: RefObject<HTMLElement | null>,
  opener: HTMLElement | null,
  initial?: () => HTMLElement | null,
): void {
  useEffect(() => {
    const target = initial?.();
    if (target) target.focus();
    else if (!dialog.current?.contains(document.activeElement)) dialog.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
    // Once per opening: `initial` is read then only.
  }, []);
}

/** onKeyDown of a dialog: Tab wraps around its focusable elements. */
export function trapTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (item) => item.offsetParent !== null || item === document.activeElement,
  );
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  if (
    event.shiftKey &&
    (document.activeElement === first || document.activeElement === event.currentTarget)
  ) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
