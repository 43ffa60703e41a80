import { describe, expect, it } from 'vitest';
import type { BoardId, CompanyKey, Principal } from '@kyoso/shared';
import { checkAwareness, decodeEntries, encodeEntries } from './awareness-guard.js';

const member: Principal = { board: 'board0000001' as BoardId, role: 'member', company: 'b' as CompanyKey };
const update = (entries: [number, number, unknown][]) =>
  encodeEntries(
    entries.map(([clientId, clock, state]) => ({
      clientId,
      clock,
      state: state as Record<string, unknown> | null,
    })),
  );

describe('checkAwareness', () => {
  it('stamps role and company from the token over what the client claims', () => {
    const check = checkAwareness(
      update([[5, 1, { user: { name: 'Ann', role: 'facilitator', company: 'a' } }]]),
      null,
      member,
      1000,
    );
    expect(check).toMatchObject({
      ok: true,
      entries: [{ clientId: 5, clock: 1, state: { user: { name: 'Ann', role: 'member', company: 'b' } } }],
    });
  });

  it('stamps the name of a participant token over the claimed one', () => {
    const check = checkAwareness(
      update([[5, 1, { user: { name: 'CEO' }, cursor: null }]]),
      null,
      member,
      1000,
      '佐藤',
    );
    expect(check).toMatchObject({
      ok: true,
      entries: [
        {
          clientId: 5,
          clock: 1,
          state: { user: { name: '佐藤', role: 'member', company: 'b' }, cursor: null },
        },
      ],
    });
  });

  it('skips entries for other clients once the own id is known (the stock client echoes)', () => {
    const check = checkAwareness(
      update([
        [9, 4, { x: 1 }],
        [5, 2, { y: 2 }],
      ]),
      5,
      member,
      1000,
    );
    expect(check.ok && check.entries.map((e) => e.clientId)).toEqual([5]);
    // Only the client's own state counts toward its presence budget.
    expect(check.ok && check.bytes).toBe(JSON.stringify({ y: 2 }).length);
  });

  it('keeps removals and refuses states that are not objects or too large', () => {
    expect(checkAwareness(update([[5, 3, null]]), 5, member, 1000)).toMatchObject({
      ok: true,
      entries: [{ clientId: 5, clock: 3, state: null }],
    });
    expect(checkAwareness(update([[5, 3, [1]]]), 5, member, 1000).ok).toBe(false);
    expect(checkAwareness(update([[5, 3, 'text']]), 5, member, 1000).ok).toBe(false);
    expect(checkAwareness(update([[5, 3, { pad: 'x'.repeat(2000) }]]), 5, member, 1000).ok).toBe(false);
  });

  it('refuses a truncated echo entry even though echoes are skipped unread', () => {
    const full = update([
      [9, 4, { x: 1 }],
      [5, 2, { y: 2 }],
    ]);
    const cut = full.slice(0, 6);
    expect(checkAwareness(cut, 5, member, 1000).ok).toBe(false);
  });

  it('refuses bytes that are not an awareness update', () => {
    expect(checkAwareness(new Uint8Array([1, 5]), null, member, 1000).ok).toBe(false);
    expect(
      checkAwareness(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 1]), null, member, 1000).ok,
    ).toBe(false);
    expect(checkAwareness(new Uint8Array([...update([[5, 1, {}]]), 7]), null, member, 1000).ok).toBe(false);
  });
});

describe('decodeEntries (between server nodes)', () => {
  it('reads back what encodeEntries wrote, removals included', () => {
    const entries = [
      { clientId: 7, clock: 3, state: { user: { name: '田中', role: 'member', company: 'a' } } },
      { clientId: 9, clock: 12, state: null },
    ];
    expect(decodeEntries(encodeEntries(entries))).toEqual(entries);
  });

  it('throws on anything else', () => {
    const good = encodeEntries([{ clientId: 1, clock: 1, state: {} }]);
    expect(() => decodeEntries(good.slice(0, -1))).toThrow();
    expect(() => decodeEntries(new Uint8Array([...good, 0]))).toThrow();
    expect(() => decodeEntries(encodeEntries([{ clientId: 1, clock: 1, state: [] as never }]))).toThrow();
  });
});
