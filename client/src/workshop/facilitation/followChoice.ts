// This page's follow choice (whom it follows from the presence list, which walk it left), shared
// by the presence list in the header and the canvas that moves the camera. Kept per board
// session: a new session (after a rename) starts following nobody.
import type { BoardSession } from '../../sync/session-types';
import { createValueStore, type ValueStore } from '../../sync/store';
import { NO_FOLLOW, type FollowChoice } from './followTarget';

const choices = new WeakMap<BoardSession, ValueStore<FollowChoice>>();

export function followChoiceOf(session: BoardSession): ValueStore<FollowChoice> {
  let store = choices.get(session);
  if (!store) {
    store = createValueStore<FollowChoice>(NO_FOLLOW);
    choices.set(session, store);
  }
  return store;
}
