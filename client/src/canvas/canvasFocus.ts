// Giving the canvas the keyboard focus after a click or after editing text: marked so that no
// focus ring is drawn (the ring is for people who Tab to the canvas, see styles.css).
export function focusCanvasQuietly(element: HTMLElement | null): void {
  if (!element) return;
  element.dataset.focus = 'pointer';
  if (document.activeElement !== element) element.focus({ preventScroll: true });
}
