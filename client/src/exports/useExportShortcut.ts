// Mod+Shift+E opens the export dialog (listed in the help panel), from anywhere on the board, a
// text field included; left alone while an input method composes and under another modal dialog.
import { useKeyBinding } from '../canvas/keyBindings';

export const EXPORT_SHORTCUT = 'Mod+Shift+E';

export function useExportShortcut(onPress: () => void): void {
  useKeyBinding({ keys: EXPORT_SHORTCUT, whileTyping: true, run: onPress });
}
