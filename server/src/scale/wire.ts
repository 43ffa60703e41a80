// The bytes of a fan-out message between nodes: the sender's node id, the message type and its
// payload. Binary, because updates are binary and most messages are updates.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { FanOutMessage } from './fan-out.js';

const TYPE = { update: 0, awareness: 1, 'awareness-query': 2 } as const;

export interface Envelope {
  from: string;
  message: FanOutMessage;
}

export function encodeEnvelope(from: string, message: FanOutMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, from);
  encoding.writeVarUint(encoder, TYPE[message.type]);
  if (message.type === 'update') encoding.writeVarUint8Array(encoder, message.update);
  else if (message.type === 'awareness') encoding.writeVarUint8Array(encoder, message.entries);
  return encoding.toUint8Array(encoder);
}

/** Decodes a message; null for anything malformed (another version, another program). */
export function decodeEnvelope(bytes: Uint8Array): Envelope | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const from = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    let message: FanOutMessage;
    if (type === TYPE.update) message = { type: 'update', update: readBytes(decoder) };
    else if (type === TYPE.awareness) message = { type: 'awareness', entries: readBytes(decoder) };
    else if (type === TYPE['awareness-query']) message = { type: 'awareness-query' };
    else return null;
    if (decoding.hasContent(decoder)) return null;
    return { from, message };
  } catch {
    return null;
  }
}

function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.length - decoder.pos) throw new RangeError('truncated');
  // A copy: the caller keeps it beyond the buffer it came in.
  return decoding.readUint8Array(decoder, length).slice();
}
