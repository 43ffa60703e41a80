// The drawing exports from the real server: a Japanese synergy-map board (two templates, cards
// of both companies, a synergy card every company agreed, hostile card text) exported as SVG,
// PNG and PDF. The SVG parses and runs nothing, the PNG is drawn at 2×, the PDF is A4/A3
// landscape with real Japanese text that pdftotext finds, and bad requests are refused.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSticky,
  applyTemplate,
  createSynergy,
  deleteShapes,
  readShapes,
  updateSynergy,
  type CompanyKey,
  type ExportInput,
  type FrameShape,
  type Scene,
  type SceneItem,
  type ShapeId,
} from '@kyoso/shared';
import { openPdf, paintScene } from '../../server/src/export/pdf-paint.js';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc } from '../workshop/support.js';

const run = promisify(execFile);
const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=1>';
const CARDS = { a: ['全国300店舗の販売網', '物流センター'], b: ['需要予測エンジン', '決済チーム'] } as const;
const SYNERGY = '在庫を30%削減';

let server: TestServer;
let board: CreatedBoard;
let content: SyncClient;
let dir: string;
let synergyFrame: FrameShape;
let valueChain: FrameShape;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kyoso-render-'));
  server = await startTestServer();
  board = await createBoard(server.url, {
    title: '提携ワークショップ <2026>',
    locale: 'ja',
    template: 'synergy-map',
    companies: [{ name: '株式会社あさひ' }, { name: 'ブルーオーシャン株式会社', color: '#e0572b' }],
  });
  content = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
  await content.synced;
  // A second sheet beside the first: the board then has two top-level frames.
  applyTemplate(content.doc, { template: 'value-chain', locale: 'ja' }, 'local');
  const frames = readShapes(content.doc).shapes.filter((s): s is FrameShape => s.type === 'frame');
  synergyFrame = frames.find((frame) => frame.text === 'シナジーマップ')!;
  valueChain = frames.find((frame) => frame.text === 'バリューチェーン')!;
  const made: Record<string, ShapeId[]> = { a: [], b: [] };
  for (const company of ['a', 'b'] as const) {
    const area = frames.find((f) => f.areaCompany === company && f.areaKind === 'asset')!;
    CARDS[company].forEach((text, i) =>
      made[company]!.push(
        addSticky(
          content.doc,
          { x: area.x + 20 + i * 220, y: area.y + 40, text, company: company as CompanyKey, kind: 'asset' },
          'local',
        ),
      ),
    );
  }
  const together = frames.find((f) => f.areaKind === 'synergy' && boxInside(f, synergyFrame))!;
  const synergy = createSynergy(
    content.doc,
    {
      title: SYNERGY,
      from: [made.a![0]!],
      to: [made.b![0]!],
      at: { x: together.x + 40, y: together.y + 40 },
    },
    'local',
  );
  updateSynergy(
    content.doc,
    {
      id: synergy,
      owners: { a: '佐藤 花子', b: 'Ben Lee' },
      nextStep: '物流データを共有して試算',
      due: '2027-01-15',
    },
    'local',
  );
  addSticky(
    content.doc,
    {
      x: together.x + 300,
      y: together.y + 40,
      w: 600,
      text: SCRIPT,
      company: 'a' as CompanyKey,
      kind: 'idea',
    },
    'local',
  );
  addSticky(
    content.doc,
    {
      x: together.x + 300,
      y: together.y + 240,
      w: 600,
      text: BREAKOUT,
      company: 'b' as CompanyKey,
      kind: 'idea',
    },
    'local',
  );
  const expected = readShapes(content.doc).shapes.length;
  await waitFor(
    async () => (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').size === expected,
    'the templates, cards and synergy stored',
  );
  for (const company of ['a', 'b'] as const) {
    const person = await joinAs(server.url, board, board.tokens.members[company]!, `担当 ${company}`);
    const answer = await call(server.url, 'POST', `/api/boards/${board.id}/agreements`, person.token, {
      card: synergy,
      agree: true,
    });
    expect(answer.status).toBe(200);
  }
});
afterAll(async () => {
  content?.destroy();
  await server?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function boxInside(inner: FrameShape, outer: FrameShape): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

const download = (format: string, query = '', token: string | null = board.tokens.facilitator) =>
  fetch(`${server.url}/api/boards/${board.id}/export.${format}${query}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });

async function bytes(format: string, query = ''): Promise<Buffer> {
  const res = await download(format, query);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { w: number; h: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { w: png.readUInt32BE(16), h: png.readUInt32BE(20) };
}

const svgSize = (svg: string): { w: number; h: number } => {
  const match = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  expect(match).not.toBeNull();
  return { w: Number(match![1]), h: Number(match![2]) };
};

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The texts drawn in an SVG (each <text> with its wrapped lines joined), entities decoded. */
const svgTexts = (svg: string): string[] =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((text) =>
    [...text[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((line) => decode(line[1]!)).join(''),
  );

/** Text without white space: PDF lines break inside Japanese card texts. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function pdfText(pdf: Buffer, name: string, page?: number): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return (await run('pdftotext', [...range, file, '-'])).stdout;
}

async function pdfInfo(pdf: Buffer, name: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return (await run('pdfinfo', [file])).stdout;
}

describe('SVG export', () => {
  it('is well-formed XML that runs nothing, with hostile text drawn as text', async () => {
    const res = await download('svg');
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await res.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script/i);
    // No event attribute in any tag (escaped card text holds no tags).
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/javascript:/i);
    expect(svg).not.toMatch(/href/i);
    expect(svg).not.toMatch(/<img/i);
    const texts = svgTexts(svg);
    expect(texts).toContain(SCRIPT);
    expect(texts).toContain(BREAKOUT);
    expect(svg).toContain('<title>提携ワークショップ &lt;2026&gt;</title>');
  });

  it('draws the cards, the frames, the kinds, the company colours and the agreed badge', async () => {
    const svg = await (await download('svg')).text();
    const texts = svgTexts(svg);
    for (const text of [
      ...CARDS.a,
      ...CARDS.b,
      SYNERGY,
      'シナジーマップ',
      'バリューチェーン',
      '強み・資産',
      '合意済み',
    ])
      expect(texts).toContain(text);
    expect(svg).toContain('fill="#e0572b"');
    expect(svg).toMatch(/font-family="[^"]*Noto Sans JP/);
  });

  it('speaks the reader’s language: its labels and the template’s own words, the cards as written', async () => {
    const texts = svgTexts(await (await download('svg', '?lang=en')).text());
    for (const text of [...CARDS.a, ...CARDS.b, SYNERGY, 'Synergy map', 'Agreed'])
      expect(texts).toContain(text);
    expect(texts).not.toContain('シナジーマップ');
    expect(texts).not.toContain('合意済み');
  });

  it('breaks Japanese card text into lines between phrases, as the canvas does', async () => {
    const text = '全国の物流網を地方の販路に活用';
    const card = addSticky(content.doc, { x: -3000, y: 0, w: 120, h: 160, text }, 'local');
    const stored = async (present: boolean) =>
      (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').has(card) === present;
    await waitFor(() => stored(true), 'the narrow card stored');
    const svg = await (await download('svg')).text();
    const drawn = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
      .map((item) => [...item[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((line) => line[1]!))
      .find((lines) => lines.join('') === text);
    expect(drawn, 'the card’s lines').toBeDefined();
    expect(drawn!.length).toBeGreaterThan(1);
    // Every line ends where a phrase does: 物流網, 地方, 販路 and 活用 are never cut.
    const { Parser, jaModel } = await import('budoux');
    const phrases = new Parser(jaModel).parse(text);
    const ends = new Set(phrases.map((_, i) => phrases.slice(0, i + 1).join('').length));
    let at = 0;
    for (const line of drawn!) expect(ends, `a line ending at ${(at += line.length)}`).toContain(at);
    deleteShapes(content.doc, { ids: [card] }, 'local');
    await waitFor(() => stored(false), 'the narrow card gone');
  });

  it('draws only a frame and what lies inside it when asked for one', async () => {
    const svg = await (await download('svg', `?frame=${valueChain.id}`)).text();
    const texts = svgTexts(svg);
    expect(texts).toContain('バリューチェーン');
    expect(texts).not.toContain('シナジーマップ');
    expect(texts).not.toContain(CARDS.a[0]);
  });
});

describe('PNG export', () => {
  it('is the SVG drawn at 2×', async () => {
    const svg = svgSize(await (await download('svg')).text());
    const res = await download('png');
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = pngSize(Buffer.from(await res.arrayBuffer()));
    expect(Math.abs(png.w - 2 * svg.w)).toBeLessThanOrEqual(2);
    expect(Math.abs(png.h - 2 * svg.h)).toBeLessThanOrEqual(2);
  });

  it("has the frame's proportions for a frame export", async () => {
    const whole = pngSize(await bytes('png'));
    const png = pngSize(await bytes('png', `?frame=${synergyFrame.id}`));
    // The frame plus a margin and its title: within a few percent of the frame's own shape.
    expect(png.w / png.h).toBeGreaterThan((synergyFrame.w / synergyFrame.h) * 0.9);
    expect(png.w / png.h).toBeLessThan((synergyFrame.w / synergyFrame.h) * 1.1);
    expect(png.w).toBeLessThan(whole.w);
    expect(png.w).toBeGreaterThanOrEqual(2 * synergyFrame.w);
  });
});

describe('PDF export', () => {
  it('holds the Japanese card texts as real text, on one A4 landscape page', async () => {
    const pdf = await bytes('pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = await pdfInfo(pdf, 'board.pdf');
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    expect(info).toMatch(/Title:\s+提携ワークショップ <2026>/);
    expect(info).toMatch(/Creator:\s+Kyoso/);
    const text = squeeze(await pdfText(pdf, 'board.pdf'));
    for (const card of [...CARDS.a, ...CARDS.b, SYNERGY, '株式会社あさひ', SCRIPT, BREAKOUT])
      expect(text).toContain(squeeze(card));
  });

  it('gives one A3 landscape page per top-level frame, in reading order', async () => {
    const pdf = await bytes('pdf', '?paper=a3&pages=frames');
    const info = await pdfInfo(pdf, 'frames.pdf');
    expect(info).toMatch(/Pages:\s+2\n/);
    expect(info).toMatch(/Page size:\s+1190\.55 x 841\.89 pts/);
    const first = squeeze(await pdfText(pdf, 'frames.pdf', 1));
    const second = squeeze(await pdfText(pdf, 'frames.pdf', 2));
    expect(first).toContain(CARDS.a[0]);
    expect(first).toContain('1/2');
    expect(second).toContain('バリューチェーン');
    expect(second).not.toContain(CARDS.a[0]);
    expect(second).toContain('2/2');
  });

  it('draws one frame on one page when a frame is given', async () => {
    const pdf = await bytes('pdf', `?frame=${valueChain.id}&pages=frames`);
    expect(await pdfInfo(pdf, 'one.pdf')).toMatch(/Pages:\s+1\n/);
    expect(squeeze(await pdfText(pdf, 'one.pdf'))).not.toContain(CARDS.b[0]);
  });
});

describe('PDF handout', () => {
  it('has a cover, the map on legible pages, and the action list with owners, next step, due date and who agreed when', async () => {
    const pdf = await bytes('pdf', '?pages=handout&lang=ja&tz=Asia%2FTokyo');
    const info = await pdfInfo(pdf, 'handout.pdf');
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    // Cover, the synergy map whole (an overview) and in tiles to stay legible on A4, action
    // list, and the joint action plan of the agreed point.
    expect(pages).toBeGreaterThan(6);
    const cover = squeeze(await pdfText(pdf, 'handout.pdf', 1));
    for (const text of [
      '提携ワークショップ<2026>',
      '株式会社あさひ',
      'ブルーオーシャン株式会社',
      'シナジーポイント1件（全社合意1件）',
    ])
      expect(cover).toContain(text);
    expect(cover).toMatch(/UTC\+9/);
    // The overview shows every card, and the links between them that the tiles cut apart.
    const overview = squeeze(await pdfText(pdf, 'handout.pdf', 2));
    expect(overview).toContain('シナジーマップ·全体図');
    for (const card of [...CARDS.a, ...CARDS.b, SYNERGY]) expect(overview).toContain(squeeze(card));
    const third = squeeze(await pdfText(pdf, 'handout.pdf', 3));
    expect(third).toContain('シナジーマップ');
    expect(third).toMatch(/\(1\/\d\)/);
    const actions = squeeze(await pdfText(pdf, 'handout.pdf', pages - 1));
    for (const text of [
      'アクションリスト',
      SYNERGY,
      '合意済み',
      '佐藤花子',
      'BenLee',
      '物流データを共有して試算',
      '2027-01-15',
      '担当a',
      '担当b',
      // What the point links, by company.
      'つながっているカード',
      `株式会社あさひ:${CARDS.a[0]}`,
      `ブルーオーシャン株式会社:${CARDS.b[0]}`,
    ])
      expect(actions).toContain(squeeze(text));
    // Nobody chose the point's type: the handout names none.
    expect(actions).not.toContain('強みの補完');
    expect(actions).toMatch(/UTC\+9/);
    const plan = squeeze(await pdfText(pdf, 'handout.pdf', pages));
    for (const text of ['共同アクションプラン', SYNERGY, '全社合意済み', 'アクション未設定'])
      expect(plan).toContain(squeeze(text));
    const whole = squeeze(await pdfText(pdf, 'handout.pdf'));
    for (const card of [...CARDS.a, ...CARDS.b]) expect(whole).toContain(squeeze(card));
    // The map's pages show each card once: none of them repeats, as a sliver at the edge of a
    // page, the card the next page shows.
    let map = '';
    for (let page = 3; page <= pages - 2; page++) map += squeeze(await pdfText(pdf, 'handout.pdf', page));
    for (const card of [...CARDS.a, ...CARDS.b]) expect(map.split(squeeze(card)).length - 1, card).toBe(1);
  });

  it('speaks the reader’s language and fits A3', async () => {
    const pdf = await bytes('pdf', '?pages=handout&paper=a3&lang=en&tz=Europe%2FBerlin');
    const info = await pdfInfo(pdf, 'handout-en.pdf');
    expect(info).toMatch(/Page size:\s+1190\.55 x 841\.89 pts/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(squeeze(await pdfText(pdf, 'handout-en.pdf', 1))).toContain(
      '1synergypoint(1agreedbyeverycompany)',
    );
    const actions = squeeze(await pdfText(pdf, 'handout-en.pdf', pages - 1));
    expect(actions).toContain('Actionlist');
    expect(squeeze(await pdfText(pdf, 'handout-en.pdf', pages))).toContain('Jointactionplan');
    // The footer too (the board itself is Japanese).
    expect(actions).toContain('Exported:');
    expect(actions).not.toContain('出力日時');
    expect(actions).toContain('Nextstep');
    expect(actions).toMatch(/UTC\+1/);
  });
});

describe('a scene on a PDF page', () => {
  it('draws only what lies within its bounds: no sliver of the next piece of a cut map in the margin', async () => {
    // What a page needs of the board: its language and the export's time.
    const input = { exportedAt: '2026-12-07T00:00:00.000Z', board: { locale: 'en' } } as ExportInput;
    const { doc, bytes } = openPdf({ w: 842, h: 595 }, input, 'scene');
    doc.addPage({ size: [842, 595], margin: 0 });
    const text = (x: number, line: string): SceneItem => ({
      type: 'text',
      x,
      top: 10,
      lines: [line],
      size: 20,
      lineHeight: 1.2,
      weight: 400,
      color: '#111111',
      align: 'left',
    });
    // 200 × 100 units at 1 pt each, centred on the page: the page has room for x = 300 too.
    const scene = {
      title: 'scene',
      frameTitle: null,
      bounds: { x: 0, y: 0, w: 200, h: 100 },
      items: [text(10, 'INSIDE'), text(300, 'BEYOND')],
      empty: false,
    } satisfies Scene;
    await paintScene(doc, scene, { x: 0, y: 0, w: 842, h: 595 }, 1);
    doc.end();
    const drawn = squeeze(await pdfText(await bytes, 'scene.pdf'));
    expect(drawn).toContain('INSIDE');
    expect(drawn).not.toContain('BEYOND');
  });
});

describe('refused requests', () => {
  it('answers 400 for a frame that is not on the board', async () => {
    for (const format of ['svg', 'png', 'pdf']) {
      const res = await download(format, '?frame=nosuchframe0000');
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/frame/);
    }
  });

  it('answers 400 for a paper size it does not know', async () => {
    expect((await download('pdf', '?paper=letter')).status).toBe(400);
  });

  it('answers 404 for an unknown format and 401 without a token', async () => {
    expect((await download('docx')).status).toBe(404);
    expect((await download('svg', '', null)).status).toBe(401);
  });
});
