// Mod+Shift+E opens the export dialog (listed in the help panel). Left alone while an input
// method composes and under another modal dialog.
import { useEffect, useRef } from 'react';

export const EXPORT_SHORTCUT = 'Mod+Shift+E';

export function useExportShortcut(onPress: () => void): void {
  const latest = useRef(onPress);
  useEffect(() => {
    latest.current = onPress;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return;
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (event.code !== 'KeyE' && event.key.toUpperCase() !== 'E') return;
      if (document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
