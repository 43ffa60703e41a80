// The name this browser shows to others, remembered in localStorage across boards.
export const DISPLAY_NAME_KEY = 'kyoso.displayName';
export const MAX_DISPLAY_NAME = 40;

/** Trimmed, inner whitespace collapsed, at most MAX_DISPLAY_NAME characters; null when empty. */
export function normalizeName(raw: string): string | null {
  const name = [...raw.replace(/\s+/gu, ' ').trim()].slice(0, MAX_DISPLAY_NAME).join('').trim();
  return name.length > 0 ? name : null;
}

type NameStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function readDisplayName(storage: NameStorage | null): string | null {
  try {
    return normalizeName(storage?.getItem(DISPLAY_NAME_KEY) ?? '');
  } catch {
    return null; // storage disabled: ask every time
  }
}

export function storeDisplayName(storage: NameStorage | null, name: string): void {
  try {
    storage?.setItem(DISPLAY_NAME_KEY, name);
  } catch {
    // not remembered, still used for this visit
  }
}

export function browserStorage(): NameStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
