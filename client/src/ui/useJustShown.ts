// Whether something that just appeared should still let clicks through. A bar that appears under
// the pointer on the first click of a double-click would otherwise take the second click (and
// with it perhaps a button's action) instead of what the person was double-clicking.
import { useLayoutEffect, useState } from 'react';

/** Longer than the usual double-click interval (500 ms on Windows, 400 ms on GNOME). */
export const DOUBLE_CLICK_MS = 500;

/** True for `ms` after `shown` turns true. */
export function useJustShown(shown: boolean, ms = DOUBLE_CLICK_MS): boolean {
  const [just, setJust] = useState(false);
  // A layout effect: set before the first paint, so no click can reach the new bar before it.
  useLayoutEffect(() => {
    if (!shown) return;
    setJust(true);
    const timer = setTimeout(() => setJust(false), ms);
    return () => clearTimeout(timer);
  }, [shown, ms]);
  return shown && just;
}
