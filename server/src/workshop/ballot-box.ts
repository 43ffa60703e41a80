// The ballots of dot-vote rounds, kept in a server-only room, `<board>/server/ballots`: no
// websocket can open it (parseChannel refuses the name), so nobody, the facilitator included,
// sees anyone's ballot; only the totals reach the ledger, at the reveal.
import type * as Y from 'yjs';
import {
  asParticipantId,
  asShapeId,
  idRecord,
  type Ballot,
  type BoardId,
  type ParticipantId,
  type ShapeId,
} from '@kyoso/shared';
import { roomKey } from '../boards.js';

export const ballotsRoomKey = (board: BoardId) => roomKey(board, 'server/ballots');

/**
 * Root `ballots`: `<round>/<participant id>` -> the ballot as `[card, dots]` pairs. Pairs, not an
 * object: a card may be called `constructor`, which Yjs cannot store as a plain object's key.
 * Ballots stored as objects by earlier versions are still read.
 */
const ballotsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>('ballots');
const entryKey = (round: number, participant: ParticipantId) => `${round}/${participant}`;

function parseBallot(value: unknown): Ballot {
  const ballot: Record<ShapeId, number> = idRecord();
  if (typeof value !== 'object' || value === null) return ballot;
  const pairs: unknown[] = Array.isArray(value) ? value : Object.entries(value);
  for (const pair of pairs) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string') continue;
    const [key, count] = pair as [string, unknown];
    const card = asShapeId(key);
    if (card && typeof count === 'number' && Number.isSafeInteger(count) && count > 0) ballot[card] = count;
  }
  return ballot;
}

export function readBallot(doc: Y.Doc, round: number, participant: ParticipantId): Ballot {
  return parseBallot(ballotsMap(doc).get(entryKey(round, participant)));
}

/** Stores a ballot; an empty one is removed, so only people with dots count as voters. */
export function writeBallot(doc: Y.Doc, round: number, participant: ParticipantId, ballot: Ballot): void {
  const key = entryKey(round, participant);
  if (Object.keys(ballot).length === 0) ballotsMap(doc).delete(key);
  else ballotsMap(doc).set(key, Object.entries(ballot));
}

/** The participants with at least one dot in the round. */
export function roundVoters(doc: Y.Doc, round: number): ParticipantId[] {
  const prefix = `${round}/`;
  const voters: ParticipantId[] = [];
  ballotsMap(doc).forEach((value, key) => {
    const id = key.startsWith(prefix) ? asParticipantId(key.slice(prefix.length)) : null;
    if (id && Object.keys(parseBallot(value)).length > 0) voters.push(id);
  });
  return voters;
}

export function roundBallots(doc: Y.Doc, round: number): Ballot[] {
  const prefix = `${round}/`;
  const ballots: Ballot[] = [];
  ballotsMap(doc).forEach((value, key) => {
    if (key.startsWith(prefix)) ballots.push(parseBallot(value));
  });
  return ballots;
}
