import { describe, it, expect } from 'vitest';
import { SignJWT } from 'jose';
import type { BoardId, CompanyKey, ParticipantId } from '@kyoso/shared';
import { bearerToken, createTokenAuth } from './tokens.js';

const board = 'board00000001' as BoardId;
const auth = createTokenAuth('a-test-secret-that-is-long-enough-0123456789');

describe('board tokens', () => {
  it('round-trips each role', async () => {
    for (const principal of [
      { board, role: 'facilitator' as const },
      { board, role: 'observer' as const },
      { board, role: 'member' as const, company: 'a' as CompanyKey },
    ]) {
      const token = await auth.sign(principal, 3);
      expect(await auth.verify(token)).toEqual({ principal, generation: 3, participant: null });
    }
  });

  it('round-trips a participant token: the link claims plus the person', async () => {
    const principal = { board, role: 'member' as const, company: 'b' as CompanyKey };
    const participant = { id: 'participant00001' as ParticipantId, name: '佐藤 花子' };
    const token = await auth.signParticipant(principal, 2, participant);
    expect(await auth.verify(token)).toEqual({ principal, generation: 2, participant });
  });

  it('refuses a signed participant token with a malformed id or name', async () => {
    const key = new TextEncoder().encode('a-test-secret-that-is-long-enough-0123456789');
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);
    const base = { board, role: 'observer', gen: 0 };
    expect(await auth.verify(await sign({ ...base, pid: 'x', name: 'A' }))).toBeNull();
    expect(await auth.verify(await sign({ ...base, pid: 'participant00001' }))).toBeNull();
    expect(
      await auth.verify(await sign({ ...base, pid: 'participant00001', name: 'n'.repeat(81) })),
    ).toBeNull();
  });

  it('refuses a token signed with another key', async () => {
    const other = createTokenAuth('another-secret-that-is-long-enough-0123456789');
    expect(await auth.verify(await other.sign({ board, role: 'facilitator' }, 0))).toBeNull();
  });

  it('refuses an expired token', async () => {
    const key = new TextEncoder().encode('a-test-secret-that-is-long-enough-0123456789');
    const expired = await new SignJWT({ board, role: 'facilitator', gen: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    expect(await auth.verify(expired)).toBeNull();
  });

  it('refuses a tampered payload, the none algorithm and garbage', async () => {
    const token = await auth.sign({ board, role: 'observer' }, 0);
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ board, role: 'facilitator', gen: 0 })).toString(
      'base64url',
    );
    expect(await auth.verify(`${header}.${forgedPayload}.${signature}`)).toBeNull();
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expect(await auth.verify(`${none}.${forgedPayload}.`)).toBeNull();
    expect(await auth.verify('not-a-token')).toBeNull();
    expect(await auth.verify('x'.repeat(5000))).toBeNull();
  });

  it('refuses a validly signed token with an invalid role or company', async () => {
    const key = new TextEncoder().encode('a-test-secret-that-is-long-enough-0123456789');
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);
    expect(await auth.verify(await sign({ board, role: 'admin', gen: 0 }))).toBeNull();
    expect(await auth.verify(await sign({ board, role: 'member', gen: 0 }))).toBeNull();
    expect(await auth.verify(await sign({ board, role: 'member', company: '../x', gen: 0 }))).toBeNull();
    expect(await auth.verify(await sign({ board: 'BAD ID', role: 'observer', gen: 0 }))).toBeNull();
  });

  it('reads bearer tokens', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer  xyz ')).toBe('xyz');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
