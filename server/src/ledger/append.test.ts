import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendLedgerEvents,
  ledgerEvents,
  readLedger,
  verifyLedgerChain,
  type LedgerEvent,
} from '@kyoso/shared';
import { appendToLedger, sealLegacyLedger } from './append.js';
import { ledgerSignerFromSecret } from './signing-key.js';

const signer = ledgerSignerFromSecret('test-secret-0123456789-abcdefghijklmnopqrstuvwxyz');
const at = '2026-11-24T10:00:00.000Z';
const by = { participant: 'p1234567', name: '田中', role: 'member', company: 'a' } as LedgerEvent['by'];
const event = (card: string, type: 'agreed' | 'withdrawn' = 'agreed') =>
  ({ type, at, by, company: 'a', card }) as LedgerEvent;

const verify = (doc: Y.Doc) => verifyLedgerChain(ledgerEvents(doc).toArray(), signer.verify);

describe('appendToLedger', () => {
  it('links and signs every entry, and readers carry the chain fields', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    appendToLedger(doc, [event('c1'), event('c2')], signer, 'server');
    appendToLedger(doc, [event('c1', 'withdrawn')], signer, 'server');
    expect(origins).toEqual(['server', 'server']);
    expect(verify(doc)).toMatchObject({ intact: true, entries: 3, signed: 3, brokenAt: null });
    const { events } = readLedger(doc);
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [0, 'agreed'],
      [1, 'agreed'],
      [2, 'withdrawn'],
    ]);
    expect(events[1]!.prev).toBe(events[0]!.hash);
  });

  it('keeps what a peer receives verifiable', () => {
    const server = new Y.Doc();
    appendToLedger(server, [event('c1')], signer, 'server');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    expect(verify(client)).toMatchObject({ intact: true, signed: 1 });
  });

  it('makes a fork when two nodes append at once, which verification reports', () => {
    const base = new Y.Doc();
    appendToLedger(base, [event('c1')], signer, 'server');
    const one = new Y.Doc();
    const other = new Y.Doc();
    Y.applyUpdate(one, Y.encodeStateAsUpdate(base));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(base));
    appendToLedger(one, [event('c2')], signer, 'node 1');
    appendToLedger(other, [event('c3')], signer, 'node 2');
    Y.applyUpdate(one, Y.encodeStateAsUpdate(other));
    const report = verify(one);
    expect(report).toMatchObject({ intact: false, entries: 3, signed: 3 });
    expect(report.brokenAt).toEqual({ index: 2, reason: expect.stringMatching(/claim position 1.*fork/) });
  });
});

describe('a ledger written before signing', () => {
  it('is sealed once, on load, and then verifies; its events still count', () => {
    const doc = new Y.Doc();
    appendLedgerEvents(doc, [event('c1'), event('c2')], null);
    expect(verify(doc).intact).toBe(false);
    expect(sealLegacyLedger(doc, signer)).toBe(true);
    expect(sealLegacyLedger(doc, signer)).toBe(false);
    expect(verify(doc)).toMatchObject({ intact: true, entries: 3, signed: 1 });
    appendToLedger(doc, [event('c3')], signer, 'server');
    expect(verify(doc)).toMatchObject({ intact: true, entries: 4, signed: 2 });
    const read = readLedger(doc);
    expect(read.events.map((e) => (e.type === 'agreed' ? e.card : null))).toEqual(['c1', 'c2', 'c3']);
    expect(read.entries[2]).toMatchObject({ type: 'sealed', covers: 2, seq: 2 });
  });

  it('is sealed by the first append when no load sealed it', () => {
    const doc = new Y.Doc();
    appendLedgerEvents(doc, [event('c1')], null);
    appendToLedger(doc, [event('c2')], signer, 'server');
    expect(readLedger(doc).entries.map((e) => e.type)).toEqual(['agreed', 'sealed', 'agreed']);
    expect(verify(doc).intact).toBe(true);
  });

  it('leaves an empty ledger alone', () => {
    const doc = new Y.Doc();
    expect(sealLegacyLedger(doc, signer)).toBe(false);
    expect(ledgerEvents(doc).length).toBe(0);
  });
});
