// The launchers of the board's panels (agreements, synergy points, suggestions, activity) sit in
// one dock at the bottom left, laid out by flex: each launcher says its place in the row, the dock
// wraps them upwards when the row is full, and none depends on another's width.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './ui.css';

const DockElement = createContext<HTMLElement | null>(null);

/** Renders the dock and gives the launchers inside `children` a place in it. */
export function LauncherDock({ children }: { children: ReactNode }) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  return (
    <>
      <div ref={setElement} className="launcher-dock" data-testid="launcher-dock" />
      <DockElement.Provider value={element}>{children}</DockElement.Provider>
    </>
  );
}

/** Places `children` in the dock (or where it stands, on a page without one). */
export function InDock({ children }: { children: ReactNode }) {
  const dock = useContext(DockElement);
  return dock ? createPortal(children, dock) : children;
}
