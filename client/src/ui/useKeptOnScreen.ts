// A popup under a button (the property bar's tags, reactions and arrange menu) is centred below
// its button by its stylesheet; near the screen's edge (a phone, where the bar spans the screen)
// half of it would run past that edge. This moves it sideways, by `--popup-shift`, just as far as
// it must to stay on the screen, and again when it or the window changes size.
import { useLayoutEffect, type RefObject } from 'react';

/** Kept this far from the screen's edges. */
const MARGIN_PX = 8;

/** How far to move a box from `left` to `right` sideways to keep it within `width`, `margin` in. */
export function shiftOnScreen(left: number, right: number, width: number, margin = MARGIN_PX): number {
  if (right - left > width - 2 * margin) return margin - left;
  if (right > width - margin) return width - margin - right;
  if (left < margin) return margin - left;
  return 0;
}

export function useKeptOnScreen(popup: RefObject<HTMLElement | null>, open: boolean): void {
  useLayoutEffect(() => {
    const element = popup.current;
    if (!open || !element) return;
    const place = () => {
      element.style.removeProperty('--popup-shift');
      const box = element.getBoundingClientRect();
      const shift = shiftOnScreen(box.left, box.right, document.documentElement.clientWidth);
      if (shift !== 0) element.style.setProperty('--popup-shift', `${Math.round(shift)}px`);
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(element);
    window.addEventListener('resize', place);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [popup, open]);
}
