// The chain and the file verification with a stand-in signature (shared has no Ed25519; the
// server's tests use the real key): a keyed SHA-256 pair, 64 bytes, that only `KEY` reproduces.
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import type { BoardId, CompanyKey } from '../ids.js';
import { digestOf } from './digest.js';
import { GENESIS_HASH, chainHead, entryHash, legacyDigest, linkEntry } from './ledger-chain.js';
import { companiesDigest, sealHash, type LedgerSeal } from './ledger-seal.js';
import { verifyFileLedger, type VerifyingKey } from './verify-file-ledger.js';
import { verifyLedgerChain } from './verify-ledger.js';

const encode = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fakeKey(secret: string): VerifyingKey & { sign(hash: string): string } {
  const sign = (hash: string) => {
    const out = new Uint8Array(64);
    out.set(sha256(utf8ToBytes(`${secret}:${hash}`)), 0);
    out.set(sha256(utf8ToBytes(`${hash}:${secret}`)), 32);
    return encode(out);
  };
  return {
    publicKey: encode(sha256(utf8ToBytes(secret))),
    sign,
    verify: (hash, sig) => sign(hash) === sig,
  };
}

const KEY = fakeKey('this server');
const OTHER = fakeKey('another server');

const at = '2026-11-24T10:00:00.000Z';
const by = { participant: 'p1234567', name: '田中', role: 'member', company: 'a' };
const EVENTS: Record<string, unknown>[] = [
  { type: 'revealed', at, by, company: 'a', cards: ['c1'] },
  { type: 'agreed', at, by, company: 'a', card: 'c1' },
  { type: 'agreed', at, by: { ...by, name: 'Smith', company: 'b' }, company: 'b', card: 'c1' },
  { type: 'withdrawn', at, by, company: 'a', card: 'c1' },
];

/** Entries appended one by one as the server does, signed with `key`. */
function chainOf(events: readonly Record<string, unknown>[], key = KEY, before: unknown[] = []): unknown[] {
  const out = [...before];
  for (const event of events) {
    const linked = linkEntry(event, out.length, chainHead(out));
    out.push({ ...linked, sig: key.sign(linked.hash) });
  }
  return out;
}

type Entry = Record<string, unknown>;
const copy = (entries: unknown[]) => structuredClone(entries) as Entry[];
/** Runs `change` on the entries and answers them. */
const edit = (entries: Entry[], change: () => unknown): Entry[] => {
  change();
  return entries;
};

describe('the ledger chain', () => {
  it('links each entry to the one before and hashes it without hash and sig', () => {
    const chain = copy(chainOf(EVENTS));
    expect(chain[0]).toMatchObject({ seq: 0, prev: GENESIS_HASH });
    expect(chain[1]!.prev).toBe(chain[0]!.hash);
    for (const entry of chain) expect(entryHash(entry)).toBe(entry.hash);
    expect(chainHead(chain)).toBe(chain.at(-1)!.hash);
    expect(chainHead([])).toBe(GENESIS_HASH);
  });

  it('verifies an intact chain, and an empty one', () => {
    expect(verifyLedgerChain(chainOf(EVENTS), KEY.verify)).toEqual({
      intact: true,
      entries: 4,
      signed: 4,
      unverified: 0,
      brokenAt: null,
      head: chainHead(chainOf(EVENTS)),
    });
    expect(verifyLedgerChain([], KEY.verify)).toMatchObject({ intact: true, entries: 0, head: GENESIS_HASH });
  });

  it.each<[string, (chain: Entry[]) => unknown[], number, RegExp]>([
    [
      'an edited name',
      (c) => edit(c, () => ((c[1]!.by as Entry).name = 'Mallory')),
      1,
      /content does not match/,
    ],
    [
      'an edited time',
      (c) => edit(c, () => (c[2]!.at = '2026-11-25T10:00:00.000Z')),
      2,
      /content does not match/,
    ],
    [
      'an edited entry whose hash was recomputed',
      (c) => {
        c[1]!.card = 'c2';
        c[1]!.hash = entryHash(c[1]!);
        return c;
      },
      1,
      /signature does not verify/,
    ],
    [
      'an entry re-signed by another key',
      (c) => {
        c[3]!.sig = OTHER.sign(c[3]!.hash as string);
        return c;
      },
      3,
      /signature does not verify/,
    ],
    [
      'a removed entry',
      (c) => c.filter((_, i) => i !== 1),
      1,
      /seq 2 at position 1: entries before it are missing/,
    ],
    ['two entries swapped', (c) => [c[0], c[2], c[1], c[3]], 1, /seq 2 at position 1/],
    ['an unsigned entry appended', (c) => [...c, EVENTS[0]], 4, /unsigned entry after signed ones/],
    ['a malformed signature', (c) => edit(c, () => (c[0]!.sig = 'x')), 0, /malformed chain fields/],
    ['no object at all', (c) => [c[0], 42, ...c.slice(1)], 1, /not a ledger entry/],
  ])('finds %s', (_label, tamper, index, reason) => {
    const report = verifyLedgerChain(tamper(copy(chainOf(EVENTS))), KEY.verify);
    expect(report.intact).toBe(false);
    expect(report.brokenAt?.index).toBe(index);
    expect(report.brokenAt?.reason).toMatch(reason);
  });

  it('reports two entries appended at the same position (a fork) where the second one is', () => {
    const base = chainOf(EVENTS.slice(0, 2));
    const one = chainOf([EVENTS[2]!], KEY, base);
    const other = chainOf([EVENTS[3]!], KEY, base);
    const merged = [...one, other.at(-1)];
    const report = verifyLedgerChain(merged, KEY.verify);
    expect(report.signed).toBe(4);
    expect(report.brokenAt).toEqual({ index: 3, reason: expect.stringMatching(/claim position 2.*fork/) });
  });

  it('accepts unsigned entries only as a prefix that a seal covers and links to', () => {
    const legacy = EVENTS.slice(0, 2);
    const seal = { type: 'sealed', at, covers: 2 };
    const sealed = chainOf([seal, EVENTS[2]!], KEY, [...legacy]);
    expect((sealed[2] as Entry).prev).toBe(legacyDigest(legacy));
    expect(verifyLedgerChain(sealed, KEY.verify)).toMatchObject({ intact: true, entries: 4, signed: 2 });

    expect(verifyLedgerChain(legacy, KEY.verify).brokenAt).toEqual({
      index: 0,
      reason: '2 unsigned entries, not sealed by the server',
    });
    const edited = copy(sealed);
    (edited[0]!.by as Entry).name = 'Mallory';
    expect(verifyLedgerChain(edited, KEY.verify).brokenAt?.index).toBe(2);
    const undercovered = chainOf([{ ...seal, covers: 1 }], KEY, [...legacy]);
    expect(verifyLedgerChain(undercovered, KEY.verify).brokenAt?.reason).toMatch(
      /2 unsigned entries before it/,
    );
  });

  it('counts unverified entries', () => {
    const wrapped = { type: 'unverified', at, reason: 'no seal', event: EVENTS[1] };
    expect(verifyLedgerChain(chainOf([EVENTS[0]!, wrapped]), KEY.verify)).toMatchObject({
      intact: true,
      unverified: 1,
    });
  });
});

describe('a board file’s ledger', () => {
  const companies = [
    { key: 'a' as CompanyKey, name: '株式会社あさひ' },
    { key: 'b' as CompanyKey, name: 'Blue Ocean Inc.' },
  ];
  function sealOf(ledger: unknown[], key = KEY, companyList = companies): LedgerSeal {
    const unsigned: Omit<LedgerSeal, 'sig'> = {
      type: 'ledger-seal',
      alg: 'Ed25519',
      board: 'board0000001' as BoardId,
      entries: ledger.length,
      head: chainHead(ledger),
      companies: companiesDigest(companyList),
      sealedAt: at,
      publicKey: key.publicKey,
    };
    return { ...unsigned, sig: key.sign(sealHash(unsigned)) };
  }
  const fileOf = (ledger: unknown[], ledgerSeal: LedgerSeal | null = sealOf(ledger)) => ({
    ledger,
    ledgerSeal,
    board: { companies },
  });

  it('is verified when this key sealed exactly these entries and companies', () => {
    expect(verifyFileLedger(fileOf(chainOf(EVENTS)), KEY)).toEqual({ verified: true });
    expect(verifyFileLedger(fileOf([], null), KEY)).toEqual({ verified: true });
  });

  it.each<[string, () => ReturnType<typeof fileOf>, RegExp]>([
    ['no seal', () => fileOf(chainOf(EVENTS), null), /no seal/],
    [
      'another server’s chain and seal',
      () => fileOf(chainOf(EVENTS, OTHER), sealOf(chainOf(EVENTS, OTHER), OTHER)),
      /another server/,
    ],
    [
      'another server’s seal claiming this key',
      () => {
        const ledger = chainOf(EVENTS, OTHER);
        const forged = { ...sealOf(ledger, OTHER), publicKey: KEY.publicKey };
        return fileOf(ledger, forged);
      },
      /seal’s signature does not verify/,
    ],
    [
      'the last entry cut off',
      () => {
        const ledger = chainOf(EVENTS);
        return fileOf(ledger.slice(0, -1), sealOf(ledger));
      },
      /covers 4 entries, the file holds 3/,
    ],
    [
      'an edited seal',
      () => {
        const ledger = chainOf(EVENTS);
        return fileOf(ledger, { ...sealOf(ledger), sealedAt: '2027-01-01T00:00:00.000Z' });
      },
      /seal’s signature does not verify/,
    ],
    [
      'an entry edited',
      () => {
        const ledger = copy(chainOf(EVENTS));
        ledger[2]!.card = 'c9';
        return fileOf(ledger, sealOf(chainOf(EVENTS)));
      },
      /^entry 2: its content does not match its hash/,
    ],
    [
      'the last entry replaced by a validly signed one of another ledger',
      () => {
        const ledger = chainOf(EVENTS);
        const other = chainOf([...EVENTS.slice(0, 3), { ...EVENTS[3]!, card: 'c2' }]);
        return fileOf(other, { ...sealOf(ledger) });
      },
      /last entry is not the one the seal covers/,
    ],
    [
      'renamed companies',
      () => {
        const ledger = chainOf(EVENTS);
        return fileOf(
          ledger,
          sealOf(ledger, KEY, [companies[0]!, { key: 'b' as CompanyKey, name: 'Evil Corp' }]),
        );
      },
      /companies differ/,
    ],
  ])('is not verified with %s', (_label, file, reason) => {
    const verdict = verifyFileLedger(file(), KEY);
    expect(verdict.verified).toBe(false);
    expect(!verdict.verified && verdict.reason).toMatch(reason);
  });

  it('commits to the companies’ keys and names, not their colours', () => {
    expect(companiesDigest(companies)).toBe(digestOf(companies.map(({ key, name }) => ({ key, name }))));
  });
});
