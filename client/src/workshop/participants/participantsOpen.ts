// Whether the facilitator's participants panel is open, per board: the dock's button and the
// panel live in different parts of the page, and the panel stays open across a new session.
import { createValueStore, type ValueStore } from '../../sync/store';

const states = new Map<string, ValueStore<boolean>>();

export function participantsOpenOf(boardId: string): ValueStore<boolean> {
  let store = states.get(boardId);
  if (!store) {
    store = createValueStore(false);
    states.set(boardId, store);
  }
  return store;
}
