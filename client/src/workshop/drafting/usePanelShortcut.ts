// A single-key shortcut that opens or closes a panel (Shift+letter: plain letters pick canvas
// tools). Left alone while typing, while an input method composes, and under a modal dialog.
import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../canvas/shortcuts';

/** `letter` is the upper-case Latin letter; its physical key works on any keyboard layout. */
export function usePanelShortcut(letter: string, onPress: () => void, enabled = true): void {
  const latest = useRef(onPress);
  useEffect(() => {
    latest.current = onPress;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return;
      if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.code !== `Key${letter}` && event.key.toUpperCase() !== letter) return;
      if (isTypingTarget(event.target as HTMLElement | null)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [letter, enabled]);
}
