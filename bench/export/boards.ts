// The boards the export benchmark draws: a company-profile template for two companies (one
// writing Japanese, one English) and N cards beside it in a grid, built in-process into an
// `ExportInput` the way the server's load-board.ts would read one. Deterministic: fixed ids,
// texts and time, so every run and both renderers see the same board.
import * as Y from 'yjs';
import {
  addSticky,
  applyTemplate,
  asCompanyKey,
  initContentDoc,
  readShapes,
  type BoardId,
  type CompanyKey,
  type ExportInput,
  type ShapeId,
} from '@kyoso/shared';

const ORIGIN = 'bench';
const CARD_W = 200;
const CARD_H = 160;
const GAP = 40;

const TOWA = asCompanyKey('towa')!;
const NORTHWIND = asCompanyKey('northwind')!;

/** A card text that appears once on every board; the benchmark looks for it in the PDFs. */
export const PROBE_TEXT = '共同配送の試験運用';

const JAPANESE = [
  '関西の物流センター網',
  '駅ナカ店舗の顧客データ',
  '沿線の高齢者向け見守り',
  '地方の人手不足',
  '2030年までに脱炭素',
  'EV充電インフラの不足',
  '自社アプリの会員300万人',
  '再開発用地の活用',
] as const;

const ENGLISH = [
  'Cold-chain delivery in Southeast Asia',
  'Route optimisation model',
  'No sales channel in Japan',
  'Carbon-neutral fleet by 2030',
  'Warehouse robots (pilot)',
  'Need local partners for last mile',
  'Customer support in five languages',
  'Data platform for demand forecasts',
] as const;

const KINDS = ['asset', 'gap', 'goal'] as const;

const COMPANIES = [
  { key: TOWA, name: '東和鉄道', color: '#2f6fde' },
  { key: NORTHWIND, name: 'Northwind Logistics', color: '#e0822f' },
];

function cardText(index: number): string {
  if (index === 0) return PROBE_TEXT;
  const company = index % 2;
  const texts = company === 0 ? JAPANESE : ENGLISH;
  return `${texts[Math.floor(index / 2) % texts.length]} #${index + 1}`;
}

/** A board with `cards` cards (plus the template's frames and headings) as an export reads it. */
export function exportBoard(cards: number): ExportInput {
  const title = `提携ワークショップ / Alliance workshop (${cards} cards)`;
  const doc = new Y.Doc();
  initContentDoc(
    doc,
    {
      title,
      companies: COMPANIES,
    },
    ORIGIN,
  );
  let nextId = 0;
  const newId = () => `s${String(nextId++).padStart(7, '0')}` as ShapeId;
  applyTemplate(doc, { template: 'company-profile', locale: 'ja', at: { x: 0, y: 0 }, newId }, ORIGIN);
  const template = readShapes(doc).shapes;
  const right = Math.max(0, ...template.map((s) => ('w' in s ? s.x + s.w : 0)));
  const x0 = Math.ceil(right + 400);
  const columns = Math.max(1, Math.ceil(Math.sqrt(cards)));
  doc.transact(() => {
    for (let i = 0; i < cards; i++) {
      const company: CompanyKey = i % 2 === 0 ? TOWA : NORTHWIND;
      addSticky(
        doc,
        {
          id: newId(),
          x: x0 + (i % columns) * (CARD_W + GAP),
          y: Math.floor(i / columns) * (CARD_H + GAP),
          w: CARD_W,
          h: CARD_H,
          text: cardText(i),
          company,
          kind: KINDS[Math.floor(i / 2) % KINDS.length]!,
        },
        ORIGIN,
      );
    }
  }, ORIGIN);
  return {
    board: {
      id: 'benchexport00001' as BoardId,
      title,
      locale: 'ja',
      template: 'company-profile',
      companies: COMPANIES,
    },
    shapes: readShapes(doc).shapes,
    ledger: [],
    control: { phases: [], lockFrames: false, locked: [] },
    drafts: {},
    exportedAt: '2026-11-24T12:00:00.000Z',
    timeZone: 'Asia/Tokyo',
  };
}
