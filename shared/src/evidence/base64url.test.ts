import { describe, expect, it } from 'vitest';
import { isBase64urlOf, isPublicKey, isSignature } from './base64url.js';

const encode = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('canonical base64url', () => {
  it('accepts what an encoder writes for the given length', () => {
    for (const length of [1, 2, 3, 32, 64]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 255) % 256);
      expect(isBase64urlOf(encode(bytes), length)).toBe(true);
      expect(isBase64urlOf(encode(bytes), length + 1)).toBe(false);
    }
    expect(isSignature(encode(new Uint8Array(64).fill(255)))).toBe(true);
    expect(isPublicKey(encode(new Uint8Array(32).fill(7)))).toBe(true);
  });

  it('refuses padding, the base64 alphabet and non-zero unused bits (two spellings of one key)', () => {
    const key = encode(new Uint8Array(32).fill(7));
    expect(isPublicKey(`${key}=`)).toBe(false);
    expect(isPublicKey(key.replace(/.$/, '+'))).toBe(false);
    // 32 bytes leave 2 unused bits in the last character: 'c' (28) is canonical, 'd' (29) is not.
    expect(isPublicKey(`${key.slice(0, -1)}c`)).toBe(true);
    expect(isPublicKey(`${key.slice(0, -1)}d`)).toBe(false);
    expect(isSignature(42)).toBe(false);
  });
});
