// How much of the canvas the open side panels cover (agreements, synergy points, suggestions,
// history on either side; a member's drafts on the left), so that "zoom to fit" fits the board
// into what stays visible instead of under a panel.
const PANELS = '.side-panel, .drafting-panel';

export function sidePanelInsets(canvas: HTMLElement | null): { left: number; right: number } {
  const insets = { left: 0, right: 0 };
  if (!canvas) return insets;
  const c = canvas.getBoundingClientRect();
  for (const panel of canvas.ownerDocument.querySelectorAll<HTMLElement>(PANELS)) {
    const p = panel.getBoundingClientRect();
    if (p.width === 0 || p.right <= c.left || p.left >= c.right) continue;
    if (p.left + p.width / 2 >= c.left + c.width / 2) insets.right = Math.max(insets.right, c.right - p.left);
    else insets.left = Math.max(insets.left, p.right - c.left);
  }
  return insets;
}
