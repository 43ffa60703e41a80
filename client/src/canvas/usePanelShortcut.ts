// A single-key shortcut that opens or closes a panel (Shift+letter: plain letters pick canvas
// tools). Left alone while typing, while an input method composes, and under a modal dialog. A
// press made while the panel's code was still loading opens it once it arrives.
import { useKeyBinding } from './keyBindings';

/** `letter` is the upper-case Latin letter; its physical key works on any keyboard layout. */
export function usePanelShortcut(letter: string, onPress: () => void, enabled = true): void {
  useKeyBinding({ keys: `Shift+${letter}`, run: onPress, catchUp: true }, enabled);
}
