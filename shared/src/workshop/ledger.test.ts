import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendLedgerEvents,
  ledgerEvents,
  parseLedgerEntry,
  parseLedgerEvent,
  readLedger,
  type LedgerEvent,
} from './ledger.js';

const at = '2025-05-01T10:00:00.000Z';
const member = { participant: 'p1234567', name: 'Aiko', role: 'member', company: 'acme' };
const facilitator = { participant: 'f1234567', name: 'Facil', role: 'facilitator', company: null };
const rules = { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: false };

const WELL_FORMED: Record<LedgerEvent['type'], Record<string, unknown>> = {
  revealed: { type: 'revealed', at, by: member, company: 'acme', cards: ['c1', 'c2'] },
  agreed: { type: 'agreed', at, by: member, company: 'acme', card: 'c1' },
  withdrawn: { type: 'withdrawn', at, by: member, company: 'acme', card: 'c1' },
  'vote-started': { type: 'vote-started', at, by: facilitator, round: 1, rules },
  'vote-ended': { type: 'vote-ended', at, by: facilitator, round: 1 },
  'votes-revealed': {
    type: 'votes-revealed',
    at,
    by: facilitator,
    round: 1,
    totals: { c1: 3, c2: 0 },
    voters: 2,
  },
  'checked-in': {
    type: 'checked-in',
    at,
    by: facilitator,
    checkIn: 'jan-2027',
    title: '1月の振り返り',
    points: [{ card: 'c1', progress: 'inProgress', actual: 12, note: 'PoC開始' }],
  },
};

/** The fixtures above, typed as the events the server appends. */
const stored = (...events: Record<string, unknown>[]) => events as unknown as LedgerEvent[];

describe('parseLedgerEvent', () => {
  it.each(Object.entries(WELL_FORMED))('accepts a well-formed %s event as it was', (_type, event) => {
    expect(parseLedgerEvent(event)).toEqual(event);
  });

  it('accepts an observer, and a facilitator without a company field', () => {
    const { company: _company, ...noCompany } = facilitator;
    expect(parseLedgerEvent({ ...WELL_FORMED['vote-ended'], by: noCompany })?.by.company).toBeNull();
    const observer = { participant: 'o1234567', name: 'Obs', role: 'observer', company: null };
    expect(parseLedgerEvent({ ...WELL_FORMED['vote-ended'], by: observer })).not.toBeNull();
  });

  it('accepts a reveal of no cards and a tally with no votes', () => {
    expect(parseLedgerEvent({ ...WELL_FORMED.revealed, cards: [] })).not.toBeNull();
    expect(parseLedgerEvent({ ...WELL_FORMED['votes-revealed'], totals: {}, voters: 0 })).not.toBeNull();
  });

  const broken = (type: LedgerEvent['type'], fields: Record<string, unknown>) => ({
    ...WELL_FORMED[type],
    ...fields,
  });
  const withoutField = (type: LedgerEvent['type'], field: string) => {
    const copy = { ...WELL_FORMED[type] };
    delete copy[field];
    return copy;
  };

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 12],
    ['an array', [WELL_FORMED.agreed]],
    ['a Y.Map', new Y.Map()],
    ['an unknown type', broken('agreed', { type: 'deleted' })],
    ['a missing type', withoutField('agreed', 'type')],
    ['a missing time', withoutField('agreed', 'at')],
    ['a numeric time', broken('agreed', { at: 1714557600000 })],
    ['a time that is not a date', broken('agreed', { at: 'yesterday-ish' })],
    ['a missing actor', withoutField('agreed', 'by')],
    ['an actor that is a string', broken('agreed', { by: 'Aiko' })],
    ['an actor with a bad participant id', broken('agreed', { by: { ...member, participant: 'AB' } })],
    ['an actor with no name', broken('agreed', { by: { ...member, name: undefined } })],
    ['an actor with a long name', broken('agreed', { by: { ...member, name: 'n'.repeat(81) } })],
    ['an actor with an unknown role', broken('agreed', { by: { ...member, role: 'admin' } })],
    ['a member without a company', broken('agreed', { by: { ...member, company: null } })],
    ['a member with a bad company', broken('agreed', { by: { ...member, company: 'ACME!' } })],
    ['a reveal without company', withoutField('revealed', 'company')],
    ['a reveal with a bad company', broken('revealed', { company: 'Acme Corp' })],
    ['a reveal whose cards are not a list', broken('revealed', { cards: 'c1' })],
    ['a reveal with a bad card id', broken('revealed', { cards: ['c1', 'bad id'] })],
    ['a reveal with a numeric card', broken('revealed', { cards: ['c1', 2] })],
    ['an agreement without card', withoutField('agreed', 'card')],
    ['an agreement with a bad card id', broken('agreed', { card: 'x'.repeat(65) })],
    ['an agreement without company', withoutField('agreed', 'company')],
    ['a withdrawal with a numeric card', broken('withdrawn', { card: 5 })],
    ['a vote start without round', withoutField('vote-started', 'round')],
    ['a vote start with round 0', broken('vote-started', { round: 0 })],
    ['a vote start with a fractional round', broken('vote-started', { round: 1.5 })],
    ['a vote start without rules', withoutField('vote-started', 'rules')],
    ['a vote start with bad rules', broken('vote-started', { rules: { ...rules, votesPerPerson: 0 } })],
    ['a vote end with a string round', broken('vote-ended', { round: '1' })],
    ['a tally with a negative round', broken('votes-revealed', { round: -1 })],
    ['a tally without totals', withoutField('votes-revealed', 'totals')],
    ['a tally whose totals are a list', broken('votes-revealed', { totals: [3] })],
    ['a tally with a negative count', broken('votes-revealed', { totals: { c1: -1 } })],
    ['a tally with a fractional count', broken('votes-revealed', { totals: { c1: 1.5 } })],
    ['a tally with a bad card id', broken('votes-revealed', { totals: { 'no way': 1 } })],
    ['a tally without voters', withoutField('votes-revealed', 'voters')],
    ['a tally with negative voters', broken('votes-revealed', { voters: -2 })],
    ['a check-in without points', withoutField('checked-in', 'points')],
    ['a check-in with a bad schedule id', broken('checked-in', { checkIn: 'no way' })],
    [
      'a check-in with an unknown progress',
      broken('checked-in', { points: [{ card: 'c1', progress: 'shipped', actual: null, note: '' }] }),
    ],
    [
      'a check-in with a text figure',
      broken('checked-in', { points: [{ card: 'c1', progress: 'done', actual: '12', note: '' }] }),
    ],
    [
      'a check-in with a bad card id',
      broken('checked-in', { points: [{ card: 'bad id', progress: 'done', actual: null, note: '' }] }),
    ],
  ])('rejects %s', (_label, value) => {
    expect(parseLedgerEvent(value)).toBeNull();
  });
});

/** Chain fields as the server writes them (the values only need to be well formed here). */
const chain = { seq: 0, prev: '0'.repeat(64), hash: 'ab'.repeat(32), sig: `${'A'.repeat(85)}Q` };
const seal = { type: 'sealed', at, covers: 2, ...chain };
const unverified = {
  type: 'unverified',
  at,
  reason: 'the file carries no seal of its ledger',
  event: { ...WELL_FORMED.agreed, by: { ...member, name: 'Mallory' } },
  ...chain,
};

describe('chain fields and entries that are no facts', () => {
  it('carries chain fields on an event without needing them', () => {
    expect(parseLedgerEvent({ ...WELL_FORMED.agreed, ...chain })).toEqual({
      ...WELL_FORMED.agreed,
      ...chain,
    });
    expect(parseLedgerEvent(WELL_FORMED.agreed)).not.toHaveProperty('hash');
  });

  it.each<[string, Record<string, unknown>]>([
    ['a partial chain', { seq: 0, hash: chain.hash }],
    ['a negative seq', { ...chain, seq: -1 }],
    ['a short hash', { ...chain, hash: 'ab' }],
    ['an upper-case hash', { ...chain, hash: 'AB'.repeat(32) }],
    ['a signature in base64 rather than base64url', { ...chain, sig: `${'+'.repeat(85)}Q` }],
    ['a signature whose unused bits are set', { ...chain, sig: `${'A'.repeat(85)}B` }],
    ['a short signature', { ...chain, sig: 'AAAA' }],
  ])('refuses an event with %s', (_label, fields) => {
    expect(parseLedgerEvent({ ...WELL_FORMED.agreed, ...fields })).toBeNull();
  });

  it('reads seals and unverified entries as entries, never as events', () => {
    expect(parseLedgerEntry(seal)).toEqual(seal);
    expect(parseLedgerEntry(unverified)).toEqual(unverified);
    expect(parseLedgerEvent(seal)).toBeNull();
    expect(parseLedgerEvent(unverified)).toBeNull();
    expect(parseLedgerEntry({ ...seal, covers: 0 })).toBeNull();
    expect(parseLedgerEntry({ ...unverified, event: 'agreed' })).toBeNull();
    expect(parseLedgerEntry({ ...unverified, reason: 'x'.repeat(501) })).toBeNull();
    expect(parseLedgerEntry({ ...unverified, seq: 'one' })).toBeNull();
  });

  it('counts an unverified agreement nowhere but in `unverified`', () => {
    const doc = new Y.Doc();
    ledgerEvents(doc).push([WELL_FORMED.revealed, seal, unverified, WELL_FORMED.withdrawn]);
    const read = readLedger(doc);
    expect(read.events.map((e) => e.type)).toEqual(['revealed', 'withdrawn']);
    expect(read.entries.map((e) => e.type)).toEqual(['revealed', 'sealed', 'unverified', 'withdrawn']);
    expect(read).toMatchObject({ skipped: 0, unverified: 1 });
  });
});

describe('readLedger', () => {
  it('reads an empty ledger', () => {
    expect(readLedger(new Y.Doc())).toEqual({ events: [], entries: [], skipped: 0, unverified: 0 });
  });

  it('keeps well-formed events in order and skips and counts bad ones', () => {
    const doc = new Y.Doc();
    ledgerEvents(doc).push([
      WELL_FORMED['vote-started'],
      42,
      'agreed',
      null,
      { ...WELL_FORMED.agreed, card: '' },
      new Y.Map(),
      WELL_FORMED.agreed,
      WELL_FORMED.withdrawn,
    ]);
    const { events, skipped } = readLedger(doc);
    expect(events.map((e) => e.type)).toEqual(['vote-started', 'agreed', 'withdrawn']);
    expect(skipped).toBe(5);
  });

  it('reads back what the server appended, in one transaction with its origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const events = stored(WELL_FORMED['vote-started'], WELL_FORMED['vote-ended']);
    appendLedgerEvents(doc, events, 'server');
    appendLedgerEvents(doc, stored(WELL_FORMED['votes-revealed']), 'server');
    expect(origins).toEqual(['server', 'server']);
    const all = [...events, WELL_FORMED['votes-revealed']];
    expect(readLedger(doc)).toEqual({ events: all, entries: all, skipped: 0, unverified: 0 });
  });

  it('reads the same events on a peer that received the ledger', () => {
    const server = new Y.Doc();
    appendLedgerEvents(server, stored(WELL_FORMED.revealed), 'server');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    expect(readLedger(client).events).toEqual([WELL_FORMED.revealed]);
  });
});
