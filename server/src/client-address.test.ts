import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

const request = (remote: string, forwarded?: string | string[]) =>
  ({
    socket: { remoteAddress: remote },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('is the socket peer unless a trusted proxy says otherwise', () => {
    expect(clientAddress(request('10.0.0.9', '203.0.113.5'), false)).toBe('10.0.0.9');
    expect(clientAddress(request('10.0.0.9'), true)).toBe('10.0.0.9');
  });

  it('takes the entry the proxy appended, never one the client wrote before it', () => {
    expect(clientAddress(request('10.0.0.9', '1.2.3.4, 203.0.113.5'), true)).toBe('203.0.113.5');
    expect(clientAddress(request('10.0.0.9', ['1.2.3.4', '203.0.113.7']), true)).toBe('203.0.113.7');
  });
});
