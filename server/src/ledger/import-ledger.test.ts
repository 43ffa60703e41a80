// An exported ledger read back by an import: kept as facts only when this server's seal and
// signatures cover it unchanged. Every single byte flipped in the exported ledger or its seal is
// caught, by the JSON parser, by the file's checks, or by the verification.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BoardFileError,
  DEFAULT_PHASES,
  addSticky,
  createSynergy,
  currentAgreementContent,
  foldAgreements,
  initContentDoc,
  latestVoteRound,
  ledgerEvents,
  parseBoardFile,
  readLedger,
  readShapes,
  verifyFileLedger,
  verifyLedgerChain,
  writeBoardFile,
  type BoardFile,
  type BoardId,
  type Company,
  type CompanyKey,
  type ExportInput,
  type LedgerEvent,
} from '@kyoso/shared';
import { appendToLedger } from './append.js';
import { sealExport } from './export-seal.js';
import { importedLedger } from './import-ledger.js';
import { ledgerSignerFromSecret, type LedgerSigner } from './signing-key.js';

const signer = ledgerSignerFromSecret('test-secret-0123456789-abcdefghijklmnopqrstuvwxyz');
const stranger = ledgerSignerFromSecret('another server’s secret, long enough to be one');
const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;
const companies: Company[] = [
  { key: a, name: '株式会社あさひ', color: '#2f6fde' },
  { key: b, name: 'Blue Ocean Inc.', color: '#e0572b' },
];
const member = (company: CompanyKey, name: string) => ({
  participant: `p${company}000000` as never,
  name,
  role: 'member' as const,
  company,
});
const facilitator = {
  participant: 'pfacil0000' as never,
  name: '進行役',
  role: 'facilitator' as const,
  company: null,
};

/** A board whose synergy point both companies agreed to, after a revealed vote, as a file. */
function exportedFile(key: LedgerSigner = signer): { text: string; file: BoardFile } {
  const content = new Y.Doc();
  initContentDoc(content, { title: '提携ワークショップ', companies });
  const asset = addSticky(content, { x: 0, y: 0, text: '全国の物流網', company: a, kind: 'asset' }, null);
  const gap = addSticky(content, { x: 400, y: 0, text: '販路', company: b, kind: 'gap' }, null);
  const synergy = createSynergy(content, { title: '共同配送', from: [asset], to: [gap] }, null);
  const shapes = readShapes(content).shapes;
  const agreed = currentAgreementContent(shapes)(synergy)!;
  const at = '2026-11-24T10:00:00.000Z';
  const events: LedgerEvent[] = [
    {
      type: 'vote-started',
      at,
      by: facilitator,
      round: 1,
      rules: { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: false },
    },
    { type: 'votes-revealed', at, by: facilitator, round: 1, totals: { [synergy]: 2 }, voters: 2 },
    { type: 'agreed', at, by: member(a, '田中'), company: a, card: synergy, ...agreed },
    { type: 'agreed', at, by: member(b, 'Smith'), company: b, card: synergy, ...agreed },
  ];
  const ledger = new Y.Doc();
  appendToLedger(ledger, events, key, null);
  const { entries } = readLedger(ledger);
  const input: ExportInput = {
    board: {
      id: 'board0000001' as BoardId,
      title: '提携ワークショップ',
      locale: 'ja',
      template: 'blank',
      companies,
    },
    shapes,
    ledger: readLedger(ledger).events,
    control: { phases: [...DEFAULT_PHASES], lockFrames: false, locked: [] },
    drafts: {},
    exportedAt: '2026-11-24T12:00:00.000Z',
  };
  const seal = sealExport(input.board, entries, input.exportedAt, key);
  const file = writeBoardFile(input, { entries, seal });
  const text = JSON.stringify(file, null, 2);
  return { text, file: parseBoardFile(JSON.parse(text)) };
}

/** The new board's ledger as a client would read it. */
function importedDoc(file: BoardFile): Y.Doc {
  const { state } = importedLedger(file, signer);
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc;
}

describe('importing a board file’s ledger', () => {
  it('keeps this server’s own ledger verbatim, as facts, and the chain continues from it', () => {
    const { file } = exportedFile();
    const imported = importedLedger(file, signer);
    expect(imported).toMatchObject({ verified: true, reason: null });
    const doc = importedDoc(file);
    expect(ledgerEvents(doc).toArray()).toEqual(file.ledger);
    const { events } = readLedger(doc);
    expect(foldAgreements(events).size).toBe(1);
    expect(latestVoteRound(events)?.status).toBe('revealed');
    appendToLedger(doc, [{ ...events[3]!, type: 'withdrawn' } as LedgerEvent], signer, null);
    expect(verifyLedgerChain(ledgerEvents(doc).toArray(), signer.verify)).toMatchObject({
      intact: true,
      entries: 5,
      signed: 5,
    });
  });

  it('keeps another server’s ledger as unverified entries of a new chain this server signs', () => {
    const { file } = exportedFile(stranger);
    expect(importedLedger(file, signer)).toMatchObject({
      verified: false,
      reason: 'the ledger was sealed by another server',
    });
    const doc = importedDoc(file);
    const read = readLedger(doc);
    expect(read.events).toEqual([]);
    expect(read.unverified).toBe(4);
    expect(foldAgreements(read.events).size).toBe(0);
    expect(latestVoteRound(read.events)).toBeNull();
    expect(read.entries[2]).toMatchObject({
      type: 'unverified',
      seq: 2,
      reason: 'the ledger was sealed by another server',
      event: file.ledger[2],
    });
    expect(verifyLedgerChain(ledgerEvents(doc).toArray(), signer.verify)).toMatchObject({
      intact: true,
      signed: 4,
      unverified: 4,
    });
  });

  it('does not nest unverified entries when such a board is exported and imported again', () => {
    const { file } = exportedFile(stranger);
    const once = readLedger(importedDoc(file)).entries;
    const seal = { ...file.ledgerSeal!, publicKey: stranger.publicKey };
    const again = readLedger(importedDoc({ ...file, ledger: once, ledgerSeal: seal })).entries;
    expect(again.map((entry) => entry.type === 'unverified' && entry.event)).toEqual(file.ledger);
    expect(again.map((entry) => entry.type === 'unverified' && entry.reason)).toEqual(
      file.ledger.map(() => 'the ledger was sealed by another server'),
    );
  });

  it('catches every single byte flipped in the exported ledger and its seal', () => {
    const { text, file } = exportedFile();
    expect(verifyFileLedger(file, signer)).toEqual({ verified: true });
    const bytes = Buffer.from(text, 'utf8');
    const start = bytes.indexOf('"ledger":');
    const end = bytes.indexOf('"control":');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start + 1000);
    const decoder = new TextDecoder();
    const caught = { json: 0, checks: 0, verification: 0 };
    const missed: number[] = [];
    for (let i = start; i < end; i++) {
      const flipped = Buffer.from(bytes);
      flipped[i] = flipped[i]! ^ 0x01;
      let value: unknown;
      try {
        value = JSON.parse(decoder.decode(flipped));
      } catch {
        caught.json += 1;
        continue;
      }
      let parsed: BoardFile;
      try {
        parsed = parseBoardFile(value);
      } catch (error) {
        if (!(error instanceof BoardFileError)) throw error;
        caught.checks += 1;
        continue;
      }
      if (verifyFileLedger(parsed, signer).verified) missed.push(i);
      else caught.verification += 1;
    }
    expect(missed.map((i) => `byte ${i}: …${text.slice(Math.max(0, i - 30), i + 10)}…`)).toEqual([]);
    // Each way of catching it is exercised (a flip that leaves well-formed JSON and fields is the
    // case that matters: the signatures must catch it).
    expect(caught.verification).toBeGreaterThan(100);
    expect(caught.checks).toBeGreaterThan(0);
    expect(caught.json).toBeGreaterThan(0);
  });
});
