import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Company } from '../companies.js';
import type { BoardId, CompanyKey, ShapeId } from '../ids.js';
import { addConnector, addShape, addSticky } from '../model/commands/create.js';
import { initContentDoc } from '../model/document.js';
import { CURRENT_SCHEMA_VERSION } from '../model/migrations.js';
import { readShapes } from '../model/shape.js';
import { createSynergy, updateSynergy } from '../synergy/commands.js';
import { tagCards } from '../model/commands/tags.js';
import { DEFAULT_PHASES } from '../workshop/phases.js';
import type { LedgerEvent } from '../workshop/ledger.js';
import type { LedgerSeal } from '../evidence/ledger-seal.js';
import { BoardFileError, parseBoardFile, writeBoardFile, type BoardFile } from './board-file.js';
import type { ExportInput } from './input.js';
import { boardFileRefusal } from './board-file-refusal.js';

const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;
const companies: Company[] = [
  { key: a, name: '株式会社あさひ', color: '#2f6fde' },
  { key: b, name: 'Blue Ocean Inc.', color: '#e0572b' },
];

function sampleInput(): ExportInput {
  const doc = new Y.Doc();
  initContentDoc(doc, { title: '提携ワークショップ', companies });
  const asset = addSticky(doc, { x: 0, y: 0, text: '物流網', company: a, kind: 'asset' }, null);
  const gap = addSticky(doc, { x: 400, y: 0, text: '販路が足りない', company: b, kind: 'gap' }, null);
  tagCards(doc, { ids: [asset, gap], add: ['優先', 'PoC'] }, null);
  addShape(doc, { type: 'frame', x: -100, y: -100, w: 900, h: 600, text: '現状' }, null);
  addConnector(doc, { from: asset, to: gap, text: '補完' }, null);
  const synergy = createSynergy(doc, { title: '共同配送', from: [asset], to: [gap] }, null);
  updateSynergy(
    doc,
    { id: synergy, owners: { a: '田中', b: 'Smith' }, nextStep: '試験運用', due: '2026-12-01' },
    null,
  );
  const drafts = new Y.Doc();
  addSticky(drafts, { x: 0, y: 0, text: 'まだ秘密', kind: 'idea' }, null);
  const agreed: LedgerEvent = {
    type: 'agreed',
    at: '2026-11-24T10:00:00.000Z',
    by: { participant: 'participant0001' as never, name: '田中', role: 'member', company: a },
    company: a,
    card: synergy,
  };
  return {
    board: {
      id: 'board00000001' as BoardId,
      title: '提携ワークショップ',
      locale: 'ja',
      template: 'blank',
      companies,
    },
    shapes: readShapes(doc).shapes,
    ledger: [agreed],
    control: { phases: [...DEFAULT_PHASES], lockFrames: true, locked: [asset], tags: { 優先: '#d6336c' } },
    drafts: { [a]: readShapes(drafts).shapes },
    exportedAt: '2026-11-24T12:00:00.000Z',
  };
}

/** The file as it travels: JSON text parsed back, as the import endpoint receives it. */
const onTheWire = (file: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(file)) as Record<string, unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the parsed JSON at will
type EditableFile = Record<string, any>;

const refusal = boardFileRefusal;

describe('board file', () => {
  it('reads back exactly what was written, every shape field included', () => {
    const input = sampleInput();
    const file = writeBoardFile(input);
    expect(file).toMatchObject({ format: 'kyoso-board', version: 3, schemaVersion: CURRENT_SCHEMA_VERSION });
    const parsed = parseBoardFile(onTheWire(file));
    expect(parsed).toEqual(onTheWire(file));
    expect(parsed.shapes).toEqual(input.shapes);
    expect(parsed.shapes.find((s) => s.type === 'sticky' && s.kind === 'synergy')).toMatchObject({
      synergy: { owners: { a: '田中', b: 'Smith' }, nextStep: '試験運用', due: '2026-12-01' },
    });
    expect(parsed.shapes.find((s) => s.type === 'sticky' && s.kind === 'gap')).toMatchObject({
      tags: ['PoC', '優先'],
    });
    expect(parsed.control.tags).toEqual({ 優先: '#d6336c' });
  });

  it('keeps a synergy type not set as null, and an older schema’s type as it was', () => {
    const point = (file: EditableFile) =>
      (file.shapes as { synergy?: { synergyType: unknown } }[]).find((s) => s.synergy)!.synergy!;
    const file = onTheWire(writeBoardFile(sampleInput())) as EditableFile;
    expect(point(file).synergyType).toBeNull();
    expect(point(parseBoardFile(file) as EditableFile).synergyType).toBeNull();
    // A schema 5 server read every point with a type ('complement' when none was stored) and wrote
    // it: such a file keeps it, and one without a type is no file it wrote.
    const old = structuredClone(file);
    old.schemaVersion = 5;
    point(old).synergyType = 'complement';
    expect(point(parseBoardFile(old) as EditableFile).synergyType).toBe('complement');
    point(old).synergyType = null;
    expect(refusal(old)).toMatch(
      /^shapes\[\d+\]\.synergy\.synergyType: a schema 5 file names a type for every synergy point/,
    );
    const bogus = structuredClone(file);
    point(bogus).synergyType = 'merger';
    expect(refusal(bogus)).toMatch(/^shapes\[\d+\]\.synergy\.synergyType: invalid value/);
  });

  it('reads a file from before tags, and refuses tags the model would not keep', () => {
    const old = onTheWire(writeBoardFile(sampleInput())) as EditableFile;
    delete old.control.tags;
    expect(parseBoardFile(old).control.tags).toEqual({});
    const sticky = (file: EditableFile) =>
      (file.shapes as { type: string }[]).findIndex((s) => s.type === 'sticky');
    const broken = (change: (file: EditableFile) => void) => {
      const file = onTheWire(writeBoardFile(sampleInput())) as EditableFile;
      change(file);
      return refusal(file);
    };
    expect(broken((f) => (f.shapes[sticky(f)].tags = '優先'))).toMatch(/tags: expected a list of tags/);
    expect(broken((f) => (f.shapes[sticky(f)].tags = ['優先\u0007']))).toMatch(/^shapes\[\d+\]/);
    expect(broken((f) => (f.control.tags = { '#優先': '#d6336c' }))).toMatch(/control\.tags.*not a tag/);
    expect(broken((f) => (f.control.tags = { 優先: 'red' }))).toMatch(/control\.tags.*#rrggbb/);
  });

  const mutated = (change: (file: EditableFile) => void): Record<string, unknown> => {
    const file = onTheWire(writeBoardFile(sampleInput()));
    change(file);
    return file;
  };
  const stickyIndex = (file: EditableFile) =>
    (file.shapes as { type: string }[]).findIndex((s) => s.type === 'sticky');

  it.each<[string, (file: EditableFile) => void, RegExp]>([
    ['another format', (f) => (f.format = 'excalidraw'), /^format: expected "kyoso-board"/],
    ['a future version', (f) => (f.version = 99), /^version: .*not 99/],
    ['a newer schema', (f) => (f.schemaVersion = CURRENT_SCHEMA_VERSION + 1), /^schemaVersion: .*newer/],
    [
      'a negative size',
      (f) => (f.shapes[stickyIndex(f)].w = -5),
      /^shapes\[\d+\]\.w: expected a positive number/,
    ],
    [
      'a huge size',
      (f) => (f.shapes[stickyIndex(f)].h = 1e300),
      /^shapes\[\d+\]\.h: expected a positive number/,
    ],
    ['a size as text', (f) => (f.shapes[stickyIndex(f)].w = 'NaN'), /^shapes\[\d+\]\.w: expected/],
    ['an unknown type', (f) => (f.shapes[0].type = 'iframe'), /^shapes\[0\]\.type: expected one of/],
    [
      'an unknown field',
      (f) => (f.shapes[0].onclick = 'x'),
      /^shapes\[0\]\.onclick: unknown or invalid field/,
    ],
    ['a missing field', (f) => delete f.shapes[stickyIndex(f)].color, /^shapes\[\d+\]\.color: missing/],
    [
      'a bad synergy status',
      (f) => {
        const synergy = (f.shapes as { synergy?: { status: string } }[]).find((s) => s.synergy)!;
        synergy.synergy!.status = 'agreed';
      },
      /^shapes\[\d+\]\.synergy\.status: invalid value/,
    ],
    ['a repeated id', (f) => (f.shapes[1].id = f.shapes[0].id), /^shapes\[1\]\.id: repeats shape/],
    ['an invalid id', (f) => (f.shapes[0].id = 'no spaces allowed'), /^shapes\[0\]\.id: expected a shape id/],
    [
      'a dangling connector',
      (f) => {
        const connector = (f.shapes as { type: string; to: string }[]).find((s) => s.type === 'connector')!;
        connector.to = 'gone';
      },
      /\.to: no box shape gone in shapes/,
    ],
    [
      'a company not on the board',
      (f) => (f.shapes[stickyIndex(f)].company = 'z'),
      /\.company: company z is not on this board/,
    ],
    [
      'nine companies',
      (f) => {
        f.board.companies = Array.from({ length: 9 }, (_, i) => ({
          key: `c${i}`,
          name: `社${i}`,
          color: '#000000',
        }));
      },
      /^board\.companies: more than 8/,
    ],
    ['one company', (f) => f.board.companies.pop(), /^board\.companies: expected 2 to 8/],
    [
      'a text over the limit',
      (f) => (f.shapes[0].text = 'x'.repeat(10_001)),
      /^shapes\[0\]\.text: longer than/,
    ],
    [
      'half a surrogate pair',
      (f) => (f.shapes[0].text = 'ok \ud800'),
      /^shapes\[0\]\.text: contains half a surrogate pair/,
    ],
    ['a draft of another company', (f) => (f.drafts.z = []), /^drafts\.z: company z is not on this board/],
    ['a malformed ledger event', (f) => (f.ledger[0].type = 'paid'), /^ledger\[0\]: not a ledger event/],
    ['a repeated lock', (f) => f.control.locked.push(f.control.locked[0]), /^control\.locked\[1\]: repeats/],
    ['an unknown template', (f) => (f.board.template = '../etc'), /^board\.template/],
  ])('refuses %s, naming where', (_name, change, reason) => {
    expect(refusal(mutated(change))).toMatch(reason);
  });

  it('refuses keys that could reach a prototype, wherever they are', () => {
    const text = JSON.stringify(writeBoardFile(sampleInput())).replace(
      '"synergy":{',
      '"synergy":{"__proto__":{"polluted":true},',
    );
    expect(refusal(JSON.parse(text))).toMatch(/synergy\.__proto__: the key "__proto__" is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refusal(mutated((f) => (f.board.constructor = { name: 'x' })))).toMatch(/board\.constructor/);
  });

  it('refuses what is not a board file at all, without throwing anything else', () => {
    for (const value of [null, 42, 'kyoso', [], {}, { format: 'kyoso-board' }]) {
      expect(() => parseBoardFile(value)).toThrow(BoardFileError);
    }
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusal(mutated((f) => (f.shapes = deep)))).toMatch(/nested deeper/);
  });

  describe('the signed ledger', () => {
    const chain = { prev: '0'.repeat(64), hash: 'ab'.repeat(32), sig: `${'A'.repeat(85)}Q` };
    const seal: LedgerSeal = {
      type: 'ledger-seal',
      alg: 'Ed25519',
      board: 'board00000001' as BoardId,
      entries: 2,
      head: 'cd'.repeat(32),
      companies: 'ef'.repeat(32),
      sealedAt: '2026-11-24T12:00:00.000Z',
      publicKey: `${'B'.repeat(42)}A`,
      sig: `${'C'.repeat(85)}g`,
    };
    const signedFile = () => {
      const input = sampleInput();
      const entries = [
        { ...input.ledger[0]!, seq: 0, ...chain },
        {
          type: 'unverified' as const,
          at: '2026-11-24T11:00:00.000Z',
          reason: 'the file carries no seal of its ledger',
          event: { type: 'agreed', company: 'z', card: 'anything' },
          seq: 1,
          ...chain,
        },
      ];
      return onTheWire(writeBoardFile(input, { entries, seal }));
    };

    it('carries every entry with its chain fields, and the seal', () => {
      const file = signedFile();
      expect(parseBoardFile(file)).toEqual(file);
      expect(parseBoardFile(file).ledgerSeal).toEqual(seal);
    });

    it('reads a version 1 file, which has neither', () => {
      const file: EditableFile = onTheWire(writeBoardFile(sampleInput()));
      file.version = 1;
      delete file.ledgerSeal;
      delete file.discussion;
      expect(parseBoardFile(file)).toMatchObject({ version: 1, ledgerSeal: null });
    });

    it.each<[string, (file: EditableFile) => void, RegExp]>([
      ['a short head', (f) => (f.ledgerSeal.head = 'cd'), /^ledgerSeal\.head: expected 64 hex digits/],
      ['an unknown seal field', (f) => (f.ledgerSeal.note = 'x'), /^ledgerSeal\.note: unknown field/],
      ['a seal that is no object', (f) => (f.ledgerSeal = 'sealed'), /^ledgerSeal: expected an object/],
      ['a padded signature', (f) => (f.ledgerSeal.sig += '=='), /^ledgerSeal\.sig: expected a 64-byte/],
      ['a partial chain', (f) => delete f.ledger[0].prev, /^ledger\[0\]: not a ledger event/],
      [
        'an unverified entry without its event',
        (f) => delete f.ledger[1].event,
        /^ledger\[1\]: not a ledger/,
      ],
    ])('refuses %s, naming where', (_name, change, reason) => {
      const file: EditableFile = signedFile();
      change(file);
      expect(refusal(file)).toMatch(reason);
    });
  });

  it('a file from a facilitator has no drafts; one from a member keeps only that company’s', () => {
    const input = sampleInput();
    expect(writeBoardFile({ ...input, drafts: {} }).drafts).toEqual({});
    const file: BoardFile = writeBoardFile(input);
    expect(Object.keys(file.drafts)).toEqual(['a']);
    expect(file.drafts[a]!.map((s) => s.text)).toEqual(['まだ秘密']);
    expect(file.control.locked).toEqual([input.shapes.find((s) => s.type === 'sticky')!.id as ShapeId]);
  });
});
