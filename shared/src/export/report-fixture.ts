// A board for the synergy report's unit tests: two companies, three synergy points (agreed,
// candidate, idea), Japanese text, and cards that try formula, link, HTML and table injection.
import type * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../ids.js';
import { addSticky } from '../model/commands/create.js';
import { tagCards } from '../model/commands/tags.js';
import { createFixtureBoard, V1_FIXTURE_COMPANIES } from '../model/fixtures.js';
import { readShapes } from '../model/shape.js';
import { createSynergy, updateSynergy } from '../synergy/commands.js';
import { currentAgreementContent } from '../workshop/agreement-content.js';
import type { LedgerEvent } from '../workshop/ledger.js';
import type { ExportInput } from './input.js';

export const ACME = 'acme' as CompanyKey;
export const KUMO = 'kumo' as CompanyKey;
export const HOSTILE_FORMULA = '=HYPERLINK("http://evil","click")';
export const HOSTILE_MARKUP = '](javascript:alert(1)) <script>alert(1)</script>';

const origin = 'local';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute)).toISOString();
const by = (company: CompanyKey, name: string) => ({
  participant: `p${company}0000` as never,
  name,
  role: 'member' as const,
  company,
});
/** An agreement (to the card's content as it is on `doc` now) or a withdrawal. */
const agreementOn =
  (doc: Y.Doc) =>
  (
    type: 'agreed' | 'withdrawn',
    card: ShapeId,
    company: CompanyKey,
    name: string,
    minute: number,
  ): LedgerEvent => {
    const base = { at: at(minute), by: by(company, name), company, card };
    if (type === 'withdrawn') return { ...base, type };
    const current = currentAgreementContent(readShapes(doc).shapes)(card);
    return { ...base, type, ...(current ?? {}) };
  };

export interface ReportFixture {
  input: ExportInput;
  ids: { agreed: ShapeId; candidate: ShapeId; idea: ShapeId };
}

export function reportFixture(options: { revealed?: boolean } = {}): ReportFixture {
  const doc = createFixtureBoard();
  const card = (text: string, company: CompanyKey, kind: 'asset' | 'gap' | 'goal', x: number) =>
    addSticky(doc, { x, y: 0, text, company, kind }, origin);
  const network = card('物流網（関西）', ACME, 'asset', 0);
  const warehouse = card('倉庫, "24h"', ACME, 'asset', 300);
  const gap = card(HOSTILE_FORMULA, KUMO, 'gap', 900);
  const goal = card(HOSTILE_MARKUP, KUMO, 'goal', 1200);
  const candidate = createSynergy(
    doc,
    { title: '共同配送で物流コスト削減', from: [network, warehouse], to: [gap] },
    origin,
  );
  tagCards(doc, { ids: [candidate], add: ['優先', ' #ＰｏＣ '] }, origin);
  updateSynergy(
    doc,
    {
      id: candidate,
      synergyType: 'coDevelopment',
      expectedValue: '年間1億円, 30%削減',
      effort: 'medium',
      owners: { acme: '佐藤', kumo: '@SUM(1+1)*cmd|' },
      nextStep: '物流データを共有して試算する\n来週まで',
      due: '2026-12-01',
      status: 'candidate',
    },
    origin,
  );
  const agreed = createSynergy(doc, { title: '# Bundle | <b>bold</b>', from: [network], to: [goal] }, origin);
  updateSynergy(
    doc,
    {
      id: agreed,
      synergyType: 'custom',
      synergyTypeLabel: '合弁会社',
      effort: 'Two sprints',
      owners: { acme: 'Alice', kumo: '鈴木' },
      nextStep: '-1 day review',
      status: 'parked',
    },
    origin,
  );
  const idea = createSynergy(doc, { title: '', from: [], to: [] }, origin);
  const agreement = agreementOn(doc);
  const ledger: LedgerEvent[] = [
    agreement('agreed', agreed, ACME, 'Alice', 1),
    agreement('agreed', agreed, KUMO, '鈴木', 2),
    agreement('withdrawn', agreed, ACME, 'Alice', 3),
    agreement('agreed', agreed, ACME, 'Bob', 4),
    agreement('agreed', candidate, ACME, '佐藤', 5),
  ];
  if (options.revealed !== false)
    ledger.push({
      type: 'votes-revealed',
      at: at(6),
      by: { participant: 'pfacil0000' as never, name: 'F', role: 'facilitator', company: null },
      round: 1,
      totals: { [candidate]: 3, [idea]: 5 } as Record<ShapeId, number>,
      voters: 4,
    });
  return {
    ids: { agreed, candidate, idea },
    input: {
      board: {
        id: 'board0001' as never,
        title: '提携ワークショップ | 2026',
        locale: 'ja',
        template: 'blank',
        companies: [...V1_FIXTURE_COMPANIES],
      },
      shapes: readShapes(doc).shapes,
      ledger,
      control: { phases: [], lockFrames: false, locked: [] },
      drafts: {},
      exportedAt: '2026-11-24T12:34:56.000Z',
    },
  };
}

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF records): checks that the CSV parses
 * back into the cells that were written. Throws on a stray quote or a bare line break. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (next === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"') {
      if (cell !== '') throw new Error(`stray quote at ${i - 1}`);
      quoted = true;
    } else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && next === '\n') {
      records.push([...record, cell]);
      record = [];
      cell = '';
      i += 1;
    } else if (char === '\r' || char === '\n') throw new Error(`bare line break at ${i - 1}`);
    else cell += char;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}
