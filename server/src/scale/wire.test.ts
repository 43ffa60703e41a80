import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from './wire.js';

describe('fan-out wire format', () => {
  it('carries each message type and the sender', () => {
    const update = new Uint8Array([1, 2, 3, 0, 255]);
    expect(decodeEnvelope(encodeEnvelope('node-1', { type: 'update', update }))).toEqual({
      from: 'node-1',
      message: { type: 'update', update },
    });
    expect(decodeEnvelope(encodeEnvelope('n', { type: 'awareness', entries: update }))).toEqual({
      from: 'n',
      message: { type: 'awareness', entries: update },
    });
    expect(decodeEnvelope(encodeEnvelope('n', { type: 'awareness-query' }))).toEqual({
      from: 'n',
      message: { type: 'awareness-query' },
    });
  });

  it('answers null for malformed bytes rather than throwing', () => {
    const good = encodeEnvelope('node', { type: 'update', update: new Uint8Array([9, 9, 9]) });
    expect(decodeEnvelope(good.slice(0, good.length - 1))).toBeNull();
    expect(decodeEnvelope(new Uint8Array([...good, 0]))).toBeNull();
    expect(decodeEnvelope(new Uint8Array([1, 65, 7]))).toBeNull();
    expect(decodeEnvelope(new Uint8Array([]))).toBeNull();
  });
});
