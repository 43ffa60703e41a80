// The page's UI state that parts in different places share: a button in the header and the panel
// it opens, a property-bar button and the panel it brings up. One store for all of it, instead of
// a module-level bus per feature. Requests are counters: a part that opens on request acts when
// its counter goes up (so asking twice opens twice, after a close in between).
import { useEffect, useRef } from 'react';
import type { RoleLinks } from '../sync/commandsApi';
import { createValueStore } from '../sync/store';
import { useStoreSelector } from './hooks';

/** The "Share links" dialog of one board, open. */
export interface LinksDialogUi {
  boardId: string;
  /** Links a rotation from this page just issued, shown with a "replaced" note. */
  rotated: RoleLinks | null;
}

export interface PageUi {
  /** The history (versions) panel is open. */
  historyOpen: boolean;
  /** "Open the export dialog" (header button, shortcut). */
  exportRequests: number;
  /** "Open the synergy panel" (property-bar buttons). */
  synergyPanelRequests: number;
  /** "Show the guide again" (the shortcut list). */
  guideRequests: number;
  /** "Open the comments panel" (the property bar's, a draft's comment button). */
  commentsPanelRequests: number;
  /** The card whose thread the comments panel shows, null for the list of threads. */
  commentThread: string | null;
  /** Cards the synergy panel frames in view once it is open (a point just made, and its cards). */
  synergyFrame: readonly string[] | null;
  /**
   * Per board, so that they stay open across a new session of the same board (replacing the links
   * reopens the board with the new facilitator link) and not into another board's page.
   */
  linksDialog: LinksDialogUi | null;
  /** The board whose participants panel is open. */
  participantsOpen: string | null;
}

export type UiRequest = 'exportRequests' | 'synergyPanelRequests' | 'guideRequests' | 'commentsPanelRequests';

const pageUi = createValueStore<PageUi>({
  historyOpen: false,
  exportRequests: 0,
  synergyPanelRequests: 0,
  guideRequests: 0,
  commentsPanelRequests: 0,
  commentThread: null,
  synergyFrame: null,
  linksDialog: null,
  participantsOpen: null,
});

export function updatePageUi(change: Partial<PageUi>): void {
  pageUi.set({ ...pageUi.get(), ...change });
}

export const readPageUi = (): PageUi => pageUi.get();

/** Asks whoever handles `request` to act (opens the export dialog, the synergy panel). */
export function requestUi(request: UiRequest): void {
  updatePageUi({ [request]: pageUi.get()[request] + 1 });
}

/** One slice of the page's UI state; the component re-renders only when it changes. */
export function usePageUi<S>(select: (ui: PageUi) => S): S {
  return useStoreSelector(pageUi, select);
}

/** Runs `onRequest` each time `request` is asked for while mounted (not for earlier requests). */
export function useUiRequests(request: UiRequest, onRequest: () => void): void {
  const count = usePageUi((ui) => ui[request]);
  const seen = useRef(count);
  const latest = useRef(onRequest);
  useEffect(() => {
    latest.current = onRequest;
  });
  useEffect(() => {
    if (count === seen.current) return;
    seen.current = count;
    latest.current();
  }, [count]);
}
