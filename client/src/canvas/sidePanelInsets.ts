// How much of the canvas the open panels of the panel dock (ui/PanelDock.tsx) and the bars cover,
// so that "zoom to fit" and "show on board" frame cards in what stays visible, not under a panel.
// A chip at the top of a slot (the folded voting panel) sits in the room kept for the bars.
const SLOTTED = '.panel-slot > :not(.dock-chip)';
const LAUNCHERS = '.launcher-dock';

export interface PanelInsets {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function sidePanelInsets(canvas: HTMLElement | null): PanelInsets {
  const insets = { left: 0, right: 0, top: 0, bottom: 0 };
  if (!canvas) return insets;
  const c = canvas.getBoundingClientRect();
  for (const panel of canvas.ownerDocument.querySelectorAll<HTMLElement>(SLOTTED)) {
    const p = panel.getBoundingClientRect();
    if (p.width === 0 || p.right <= c.left || p.left >= c.right) continue;
    // A narrow screen's one slot is a sheet across the board, below the bars at the top.
    if (p.width > c.width / 2) {
      if (p.top + p.height / 2 < c.top + c.height / 2) insets.top = Math.max(insets.top, p.bottom - c.top);
      else insets.bottom = Math.max(insets.bottom, c.bottom - p.top);
    } else if (p.left + p.width / 2 >= c.left + c.width / 2)
      insets.right = Math.max(insets.right, c.right - p.left);
    else insets.left = Math.max(insets.left, p.right - c.left);
  }
  return insets;
}

/** Room kept for what sits over the board's top (property bar, agenda bar) and bottom (launchers). */
const BAR_INSETS = { top: 140, bottom: 110 } as const;

/**
 * Marks what hangs below the selection's property bar over the board (what changed since an
 * agreement, an error): it and its children count as covering the board's top.
 */
export const BAR_POPOVER = { 'data-bar-popover': '' } as const;
const TOP_BARS = '[data-testid="property-bar"], [data-bar-popover]';

/**
 * How far down the selection's bar and what hangs below it reach: two or three rows on a tablet
 * (and an agreement's changes below them) reach further than the room kept for the bars, and a
 * card tapped near the top was left under them.
 */
function topBarsInset(canvas: HTMLElement): number {
  const c = canvas.getBoundingClientRect();
  let inset = 0;
  for (const bar of canvas.ownerDocument.querySelectorAll<HTMLElement>(TOP_BARS))
    for (const part of [bar, ...bar.children]) {
      const p = part.getBoundingClientRect();
      if (p.height > 0 && p.top < c.top + c.height / 2) inset = Math.max(inset, p.bottom - c.top);
    }
  return inset;
}

/**
 * How far up the launchers reach: across the board on a phone (in as many rows as it takes), and
 * beside the zoom controls on a wider screen, where two or three rows stand taller than the room
 * kept for the bars (a new synergy card shown at the map's foot was under them).
 */
function launchersInset(canvas: HTMLElement): number {
  const dock = canvas.ownerDocument.querySelector<HTMLElement>(LAUNCHERS);
  if (!dock) return 0;
  const c = canvas.getBoundingClientRect();
  const d = dock.getBoundingClientRect();
  return d.height > 0 ? c.bottom - d.top : 0;
}

/** What covers the canvas at each side: the open panels, and the bars at the top and bottom. */
export function coveredInsets(canvas: HTMLElement | null) {
  const panels = sidePanelInsets(canvas);
  const launchers = canvas ? launchersInset(canvas) : 0;
  return {
    ...panels,
    top: Math.max(BAR_INSETS.top, panels.top, canvas ? topBarsInset(canvas) : 0),
    bottom: Math.max(BAR_INSETS.bottom, panels.bottom, launchers),
  };
}
