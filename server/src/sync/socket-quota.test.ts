import { describe, expect, it } from 'vitest';
import { SocketQuota, type Place } from './socket-quota.js';

describe('SocketQuota', () => {
  it('holds each holder and each address to its limit per channel, and frees places once', () => {
    const quota = new SocketQuota({ perHolder: 2, perAddress: 3 });
    const first = quota.reserve('b/content', 'link-a', '10.0.0.1') as Place;
    quota.reserve('b/content', 'link-a', '10.0.0.1');
    expect(quota.reserve('b/content', 'link-a', '10.0.0.2')).toMatch(/with this link/);
    // Another channel, another holder: counted apart.
    expect(typeof quota.reserve('b/ledger', 'link-a', '10.0.0.1')).toBe('object');
    quota.reserve('b/content', 'link-b', '10.0.0.1');
    expect(quota.reserve('b/content', 'link-c', '10.0.0.1')).toMatch(/from this address/);
    first.release();
    first.release();
    expect(typeof quota.reserve('b/content', 'link-c', '10.0.0.1')).toBe('object');
    expect(quota.reserve('b/content', 'link-d', '10.0.0.1')).toMatch(/from this address/);
  });
});
