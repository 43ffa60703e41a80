// A yes/no remembered in this browser (localStorage), for choices a person makes once: a panel
// left open, others' cursors hidden, the first-visit guide seen. Where the browser keeps nothing
// (private mode, storage off), reading gives the fallback and writing is a no-op.

export function readFlag(key: string, fallback: boolean): boolean {
  try {
    const value = localStorage.getItem(key);
    return value === null ? fallback : value === '1';
  } catch {
    return fallback;
  }
}

export function writeFlag(key: string, value: boolean): void {
  try {
    localStorage.setItem(key, value ? '1' : '0');
  } catch {
    // not remembered; the choice still holds for this page
  }
}
