// One ballot store per workshop session: the panel, the canvas overlay and the pointer all see
// the same dots.
import type { WorkshopSession } from '../../sync/workshop-types';
import { createBallotStore, type BallotStore } from './ballotStore';

const stores = new WeakMap<WorkshopSession, BallotStore>();

export function ballotOf(workshop: WorkshopSession): BallotStore {
  let store = stores.get(workshop);
  if (!store) {
    store = createBallotStore({ api: workshop.api, token: () => workshop.participant.token() });
    stores.set(workshop, store);
  }
  return store;
}
