// Checks and rewrites an awareness update from a client: its state must be a small JSON object,
// and its role and company (and, for a participant token, its name) are the ones its token names,
// whatever the client claims. Which
// client id a connection may speak for is the room's business (Room.applyAwareness).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Principal } from '@kyoso/shared';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The rewritten state, or null when the client removes its state. */
  state: Record<string, unknown> | null;
  /** The state as the client sent it, kept to stamp again when the name rule changes. */
  claimed?: Record<string, unknown> | null;
}

export type AwarenessCheck =
  /** `bytes`: the size of the states read (echoes of other clients' states are not). */
  { ok: true; entries: AwarenessEntry[]; bytes: number } | { ok: false; reason: string };

/** More entries than any real room has clients is not an awareness update. */
const MAX_ENTRIES = 10_000;

/**
 * Decodes an awareness update. Once the connection's own client id is known, entries for other
 * ids are skipped unread: the stock client re-sends every state it receives (an echo).
 */
export function checkAwareness(
  update: Uint8Array,
  ownClientId: number | null,
  who: Principal,
  maxStateBytes: number,
  /** The participant token's name; null for a link token, whose name is the client's own. */
  name: string | null = null,
): AwarenessCheck {
  const entries: AwarenessEntry[] = [];
  let bytes = 0;
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_ENTRIES) return { ok: false, reason: 'too many awareness entries' };
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      if (ownClientId !== null && clientId !== ownClientId) {
        // An echo of someone else's state: step over its bytes without decoding them.
        skipVarBytes(decoder);
        continue;
      }
      const json = decoding.readVarString(decoder);
      if (json.length > maxStateBytes) return { ok: false, reason: 'awareness state too large' };
      bytes += json.length;
      const parsed: unknown = JSON.parse(json);
      if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
        return { ok: false, reason: 'awareness state must be an object' };
      }
      const claimed = parsed as Record<string, unknown> | null;
      const state = claimed === null ? null : withIdentity(claimed, who, name);
      entries.push({ clientId, clock, state, claimed });
    }
    if (decoding.hasContent(decoder)) return { ok: false, reason: 'trailing bytes in awareness' };
  } catch {
    return { ok: false, reason: 'awareness cannot be decoded' };
  }
  return { ok: true, entries, bytes };
}

function skipVarBytes(decoder: decoding.Decoder): void {
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.length - decoder.pos) throw new RangeError('truncated awareness entry');
  decoder.pos += length;
}

/** `state` with the role and company of `who` and, unless `name` is null, that name. */
export function withIdentity(
  state: Record<string, unknown>,
  who: Principal,
  name: string | null,
): Record<string, unknown> {
  const claimed = state.user;
  const user = claimed !== null && typeof claimed === 'object' && !Array.isArray(claimed) ? claimed : {};
  const stamped = { ...user, role: who.role, company: who.role === 'member' ? who.company : null };
  return { ...state, user: name === null ? stamped : { ...stamped, name } };
}

export function encodeEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Decodes entries that another server node already checked (`encodeEntries` on the wire between
 * nodes). Throws on anything that is not that shape.
 */
export function decodeEntries(bytes: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(bytes);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_ENTRIES) throw new RangeError('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const parsed: unknown = JSON.parse(decoding.readVarString(decoder));
    if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
      throw new TypeError('awareness state must be an object');
    }
    entries.push({ clientId, clock, state: parsed as Record<string, unknown> | null });
  }
  if (decoding.hasContent(decoder)) throw new RangeError('trailing bytes in awareness');
  return entries;
}
