import { describe, expect, it } from 'vitest';
import { decodeBase64Url, decodeTokenPayload, isExpired, tokenFromHash } from './token';
import { b64url, jwt } from './testTokens';

describe('decodeTokenPayload', () => {
  it('reads a facilitator token', () => {
    expect(decodeTokenPayload(jwt({ board: 'abcd1234efgh5678', role: 'facilitator', iat: 1 }))).toEqual({
      board: 'abcd1234efgh5678',
      role: 'facilitator',
    });
  });

  it('reads a member token with its company and expiry', () => {
    expect(
      decodeTokenPayload(jwt({ board: 'b1234567', role: 'member', company: 'c2', exp: 2_000_000_000 })),
    ).toEqual({
      board: 'b1234567',
      role: 'member',
      company: 'c2',
      exp: 2_000_000_000,
    });
  });

  it('decodes UTF-8 and base64url characters (- and _) in the payload', () => {
    const token = jwt({ board: 'b1234567', role: 'observer', note: '共創?>~~' });
    expect(token.split('.')[1]).toMatch(/-/);
    expect(decodeTokenPayload(token)).toEqual({ board: 'b1234567', role: 'observer' });
    const withUnderscore = jwt({ board: 'b1234567', role: 'observer', note: '???' });
    expect(withUnderscore.split('.')[1]).toMatch(/_/);
    expect(decodeTokenPayload(withUnderscore)).toEqual({ board: 'b1234567', role: 'observer' });
  });

  it('rejects what is not a board token', () => {
    expect(decodeTokenPayload('')).toBeNull();
    expect(decodeTokenPayload('not-a-jwt')).toBeNull();
    expect(decodeTokenPayload('a.b')).toBeNull();
    expect(decodeTokenPayload('a.!!!.c')).toBeNull();
    expect(decodeTokenPayload(`x.${b64url('not json')}.y`)).toBeNull();
    expect(decodeTokenPayload(`x.${b64url('[1,2]')}.y`)).toBeNull();
    expect(decodeTokenPayload(jwt({ board: 'b1234567', role: 'admin' }))).toBeNull();
    expect(decodeTokenPayload(jwt({ role: 'observer' }))).toBeNull();
    // A member token must name its company.
    expect(decodeTokenPayload(jwt({ board: 'b1234567', role: 'member' }))).toBeNull();
  });

  it('ignores a company on roles that have none', () => {
    expect(decodeTokenPayload(jwt({ board: 'b1234567', role: 'observer', company: 'c1' }))).toEqual({
      board: 'b1234567',
      role: 'observer',
    });
  });
});

describe('decodeBase64Url', () => {
  it('accepts input with or without padding', () => {
    expect(Array.from(decodeBase64Url('AQI') ?? [])).toEqual([1, 2]);
    expect(Array.from(decodeBase64Url('AQI=') ?? [])).toEqual([1, 2]);
  });

  it('rejects standard base64 characters and impossible lengths', () => {
    expect(decodeBase64Url('a+b/')).toBeNull();
    expect(decodeBase64Url('abcde')).toBeNull();
  });
});

describe('isExpired', () => {
  it('compares exp (seconds) with now (milliseconds)', () => {
    expect(isExpired({ board: 'b', role: 'observer', exp: 100 }, 99_000)).toBe(false);
    expect(isExpired({ board: 'b', role: 'observer', exp: 100 }, 100_000)).toBe(true);
    expect(isExpired({ board: 'b', role: 'observer' }, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});

describe('tokenFromHash', () => {
  it('reads the token parameter of the fragment', () => {
    expect(tokenFromHash('#token=a.b.c')).toBe('a.b.c');
    expect(tokenFromHash('token=a.b.c&x=1')).toBe('a.b.c');
    expect(tokenFromHash('#x=1&token=a.b.c')).toBe('a.b.c');
  });

  it('is null without one', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
  });
});
