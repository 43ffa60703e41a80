// Websocket frames a rogue client could send on an open channel: the y-websocket messages (sync
// steps, updates, awareness, awareness queries) with random or hostile payloads, text frames,
// noise, and mutations of all of them.
import type * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import type { Rng } from '@kyoso/shared';
import { mutateBytes, randomBytes, randomJson, randomNumber, randomString } from './values.js';
import { randomUpdate } from './yjs-inputs.js';

export type Frame = { binary: Uint8Array } | { text: string };

const PRESENCE_KEYS = [
  'user',
  'name',
  'color',
  'cursor',
  'x',
  'y',
  'selection',
  'editing',
  'company',
  'follow',
];

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** An awareness update: entries of client id, clock and a JSON state (or not quite JSON). */
export function awarenessMessage(rng: Rng, ownClient: number): Uint8Array {
  const inner = encoding.createEncoder();
  const entries = rng.chance(0.05) ? rng.int(10, 300) : rng.int(0, 2);
  encoding.writeVarUint(inner, entries);
  for (let i = 0; i < entries; i++) {
    encoding.writeVarUint(inner, rng.chance(0.6) ? ownClient : rng.int(0, 2 ** 32 - 1));
    encoding.writeVarUint(inner, rng.chance(0.5) ? rng.int(0, 50) : Math.abs(randomNumber(rng)) % 2 ** 53);
    const state = rng.chance(0.1)
      ? randomString(rng, 80) // not JSON
      : JSON.stringify(rng.chance(0.2) ? null : randomJson(rng, PRESENCE_KEYS));
    encoding.writeVarString(inner, state);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** One frame for a connection whose copy of the channel is `doc`. */
export function randomFrame(rng: Rng, doc: Y.Doc, knownClients: readonly number[]): Frame {
  const roll = rng.int(0, 19);
  let bytes: Uint8Array;
  if (roll < 9) bytes = syncMessage(rng.chance(0.8) ? 2 : 1, randomUpdate(rng, doc, knownClients));
  else if (roll < 11) bytes = syncMessage(0, rng.chance(0.5) ? randomBytes(rng, 24) : new Uint8Array([0]));
  else if (roll < 15) bytes = awarenessMessage(rng, doc.clientID);
  else if (roll < 16) bytes = new Uint8Array([3]);
  else if (roll < 17) return { text: randomString(rng, 100) };
  else if (roll < 18) bytes = new Uint8Array([rng.int(0, 255), ...randomBytes(rng, 16)]);
  else bytes = syncMessage(rng.int(0, 5), randomBytes(rng));
  return { binary: rng.chance(0.15) ? mutateBytes(rng, bytes) : bytes };
}
