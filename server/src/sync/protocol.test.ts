import { describe, expect, it } from 'vitest';
import {
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncUpdate,
  MalformedMessage,
} from './protocol.js';

describe('decodeClientMessage', () => {
  it('reads every message the stock client sends', () => {
    expect(decodeClientMessage(encodeSyncStep1(new Uint8Array([0])))).toEqual({
      type: 'sync-step1',
      stateVector: new Uint8Array([0]),
    });
    expect(decodeClientMessage(encodeSyncUpdate(new Uint8Array([0, 0])))).toEqual({
      type: 'sync-update',
      update: new Uint8Array([0, 0]),
    });
    expect(decodeClientMessage(encodeAwareness(new Uint8Array([0])))).toEqual({
      type: 'awareness',
      update: new Uint8Array([0]),
    });
    expect(decodeClientMessage(new Uint8Array([3]))).toEqual({ type: 'query-awareness' });
  });

  it('refuses unknown types, unknown steps, truncation and trailing bytes', () => {
    for (const bytes of [
      [],
      [2, 0],
      [9],
      [0, 5, 0],
      [0, 2, 10, 1],
      [3, 0],
      [...encodeSyncUpdate(new Uint8Array([0, 0])), 0],
    ]) {
      expect(() => decodeClientMessage(new Uint8Array(bytes))).toThrow(MalformedMessage);
    }
  });
});
