// The launchers of the board's panels (agreements, synergy points, suggestions, activity) sit in
// one dock at the bottom left, laid out by flex: each launcher says its place in the row, the dock
// wraps them upwards when the row is full (on a phone held upright: one row that scrolls
// sideways), and none depends on another's width. Where their names do not fit in one row, they
// show their icons and counts only (a laptop: three rows of them covered the board's corner).
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { PHONE, useMedia } from './useMedia';
import './ui.css';

const DockElement = createContext<HTMLElement | null>(null);

/** Renders the dock and gives the launchers inside `children` a place in it. */
export function LauncherDock({ children }: { children: ReactNode }) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  usePublishedTop(element);
  useCompactWhenCrowded(element);
  useScrollEdges(element);
  return (
    <>
      <div ref={setElement} className="launcher-dock" data-testid="launcher-dock" />
      <DockElement.Provider value={element}>{children}</DockElement.Provider>
    </>
  );
}

/**
 * Publishes how far up from the board area's bottom the launchers reach, as `--launchers-top` on
 * the area: how many rows they wrap into depends on the screen, the language and which panel is
 * open, and the panels above them (ui.css) must end there to leave every launcher in reach.
 */
function usePublishedTop(dock: HTMLElement | null): void {
  useLayoutEffect(() => {
    const area = dock?.closest<HTMLElement>('.board-area');
    if (!dock || !area) return;
    const publish = () => {
      const box = dock.getBoundingClientRect();
      if (box.height === 0) area.style.removeProperty('--launchers-top');
      else
        area.style.setProperty(
          '--launchers-top',
          `${Math.round(area.getBoundingClientRect().bottom - box.top)}px`,
        );
    };
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(dock);
    observer.observe(area);
    return () => {
      observer.disconnect();
      area.style.removeProperty('--launchers-top');
    };
  }, [dock]);
}

/**
 * Marks the dock `data-compact` while its launchers, with their names, would not fit in one row
 * of the dock's width (ui.css then shows icons and counts). Decided from the named widths in
 * either state, so showing or hiding the names never flips it back. A dock that scrolls sideways
 * instead of wrapping (a phone held upright) keeps the names.
 */
function useCompactWhenCrowded(dock: HTMLElement | null): void {
  useLayoutEffect(() => {
    const area = dock?.closest<HTMLElement>('.board-area');
    if (!dock || !area) return;
    const decide = () => {
      const style = getComputedStyle(dock);
      const items = [...dock.children].filter((child) => child.getBoundingClientRect().width > 0);
      const crowded =
        style.flexWrap !== 'nowrap' &&
        items.reduce((sum, item) => sum + namedWidth(item), 0) +
          Math.max(0, items.length - 1) * (parseFloat(style.columnGap) || 0) >
          dock.clientWidth + 0.5;
      if (crowded !== dock.hasAttribute('data-compact')) dock.toggleAttribute('data-compact', crowded);
    };
    const stop = watchDock(dock, area, decide);
    return () => {
      stop();
      dock.removeAttribute('data-compact');
    };
  }, [dock]);
}

/**
 * Marks the sides a dock that scrolls sideways (a phone held upright) has more launchers past,
 * `data-more-start` and `data-more-end`: ui.css fades that edge, so the row says it goes on.
 */
function useScrollEdges(dock: HTMLElement | null): void {
  useLayoutEffect(() => {
    if (!dock) return;
    const mark = () => {
      const end = dock.scrollWidth - dock.clientWidth - dock.scrollLeft > 1;
      const start = dock.scrollLeft > 1;
      if (end !== dock.hasAttribute('data-more-end')) dock.toggleAttribute('data-more-end', end);
      if (start !== dock.hasAttribute('data-more-start')) dock.toggleAttribute('data-more-start', start);
    };
    dock.addEventListener('scroll', mark, { passive: true });
    const stop = watchDock(dock, null, mark);
    return () => {
      dock.removeEventListener('scroll', mark);
      stop();
    };
  }, [dock]);
}

/**
 * Calls `check` now and whenever the dock (or `area`) is resized, a launcher is added or removed,
 * or a count or a language changes; returns what stops it.
 */
function watchDock(dock: HTMLElement, area: HTMLElement | null, check: () => void): () => void {
  check();
  const resized = new ResizeObserver(check);
  resized.observe(dock);
  if (area) resized.observe(area);
  const changed = new MutationObserver(check);
  changed.observe(dock, { childList: true, subtree: true, characterData: true });
  return () => {
    resized.disconnect();
    changed.disconnect();
  };
}

/** A launcher's width with its name shown, whether it is shown now or not. */
function namedWidth(item: Element): number {
  const width = item.getBoundingClientRect().width;
  const label = item.querySelector<HTMLElement>('.panel-launcher__label');
  if (!label || !item.closest('[data-compact]')) return width;
  return width + label.scrollWidth + (parseFloat(getComputedStyle(item).columnGap) || 0);
}

/** Places `children` in the dock (or where it stands, on a page without one). */
export function InDock({ children }: { children: ReactNode }) {
  const dock = useContext(DockElement);
  return dock ? createPortal(children, dock) : children;
}

/**
 * A corner launcher (a member's drafts, the facilitator's templates): at the board's top left,
 * beside the toolbar; on a phone held upright, first in the launchers' row at the bottom, where it
 * takes no row of the board's height of its own.
 */
export function InCorner({ children }: { children: ReactNode }) {
  const phone = useMedia(PHONE);
  return phone ? <InDock>{children}</InDock> : children;
}
