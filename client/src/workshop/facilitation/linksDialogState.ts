// Whether the "Share links" dialog is open, and the links a rotation just issued. Kept per board
// outside React: replacing the links reopens the board with the new facilitator link (a new
// session), and the dialog stays open across that, showing the new links.
import { createValueStore, type ValueStore } from '../../sync/store';
import type { RoleLinks } from '../../sync/commandsApi';

export interface LinksDialogState {
  open: boolean;
  /** Links issued by a rotation from this page, shown with a "replaced" note. */
  rotated: RoleLinks | null;
}

const CLOSED: LinksDialogState = { open: false, rotated: null };
const states = new Map<string, ValueStore<LinksDialogState>>();

export function linksDialogOf(boardId: string): ValueStore<LinksDialogState> {
  let store = states.get(boardId);
  if (!store) {
    store = createValueStore<LinksDialogState>(CLOSED);
    states.set(boardId, store);
  }
  return store;
}

export const closeLinksDialog = (boardId: string) => linksDialogOf(boardId).set(CLOSED);
