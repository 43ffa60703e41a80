// An entry for one act the server records itself rather than reading it off shapes (a version
// restored, a step of the agenda taken): now, by whoever the token says did it, naming no shape.
import { randomId, type ActivityEntry } from '@kyoso/shared';
import type { Writer } from '../trust/writer.js';
import { actorOf } from './recorder.js';

export function actEntry(who: Writer, act: Pick<ActivityEntry, 'type' | 'version' | 'step'>): ActivityEntry {
  return { id: randomId(16), at: new Date().toISOString(), by: actorOf(who), shapes: [], ...act };
}
