// Whether a media query matches now, re-rendering when that changes (a phone turned sideways, a
// window made narrower): for the few layout choices CSS alone cannot make, such as where in the
// page an element lives.
import { useSyncExternalStore } from 'react';

/** A phone held upright (the stylesheets' phone layout starts at this width too). */
export const PHONE = '(max-width: 560px)';
/** The primary pointer is a finger (a phone, a tablet): no Shift key, no hover. */
export const TOUCH_FIRST = '(pointer: coarse)';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => false,
  );
}
