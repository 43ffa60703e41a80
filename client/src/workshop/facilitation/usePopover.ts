// A small popover (menu, timer settings): open and close, closed by Escape or a press outside,
// with the keyboard focus put back on the button that opened it.
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject,
} from 'react';

export interface Popover {
  open: boolean;
  toggle(): void;
  close(options?: { restoreFocus?: boolean }): void;
  /** The button that opens it (focus returns there). */
  trigger: RefObject<HTMLButtonElement | null>;
  /** The popover itself (presses inside keep it open). */
  panel: RefObject<HTMLDivElement | null>;
}

export function usePopover(): Popover {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = useCallback((options: { restoreFocus?: boolean } = {}) => {
    setOpen(false);
    if (options.restoreFocus !== false) trigger.current?.focus({ preventScroll: true });
  }, []);
  const toggle = useCallback(() => setOpen((value) => !value), []);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (panel.current?.contains(target) || trigger.current?.contains(target)) return;
      close({ restoreFocus: false });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    // Capture: Escape closes the popover before the canvas treats it as "deselect".
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [open, close]);

  return { open, toggle, close, trigger, panel };
}

/** Up/Down/Home/End move the focus between the popover's buttons (a menu's arrow keys). */
export function moveFocusInList(event: ReactKeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  if (items.length === 0) return;
  event.preventDefault();
  const index = items.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? items.length - 1
        : (index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
  items[next]?.focus();
}
