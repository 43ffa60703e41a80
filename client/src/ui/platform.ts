// How to write a shortcut for this platform: ⌘ on Apple devices, Ctrl elsewhere.
export const isApplePlatform = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);

/** `Mod+Z` → `⌘Z` or `Ctrl+Z`; `Shift+` → `⇧` on Apple. */
export function shortcutLabel(keys: string, apple = isApplePlatform()): string {
  if (apple)
    return keys
      .replace(/Mod\+/g, '⌘')
      .replace(/Shift\+/g, '⇧')
      .replace(/Alt\+/g, '⌥');
  return keys.replace(/Mod\+/g, 'Ctrl+');
}

/** A touch screen is the main pointer (a phone, a tablet): key hints mean nothing there. */
export const isTouchFirst = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
