// The synergy report from the real server: export.csv and export.md hold every synergy point with
// its owners, next step, status and who agreed (agreements and a revealed vote round made through
// the API), Japanese text survives, and hostile card text comes out inert in both formats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSticky, createSynergy, updateSynergy, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc, type Participant } from '../workshop/support.js';

const HOSTILE_FORMULA = '=HYPERLINK("http://evil","click me")';
const HOSTILE_MARKUP = '](javascript:alert(1)) <script>alert(1)</script>';
/** What a spreadsheet would run as a formula at the start of a cell. */
const FORMULA_START = /^[ \u3000]*[=+\-@\t\r\n＝＋－＠]/;

let server: TestServer;
let board: CreatedBoard;
let people: Record<'facilitator' | 'a' | 'b', Participant>;
let content: SyncClient;
const ids = {} as Record<'agreed' | 'candidate', ShapeId>;

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF between records; throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"') {
      if (cell !== '') throw new Error(`stray quote at ${i}`);
      quoted = true;
    } else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      records.push([...record, cell]);
      record = [];
      cell = '';
      i += 1;
    } else if (char === '\r' || char === '\n') throw new Error(`bare line break at ${i}`);
    else cell += char;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
  people = {
    facilitator: await joinAs(server.url, board, board.tokens.facilitator, '司会 山田'),
    a: await joinAs(server.url, board, board.tokens.members.a!, '田中 (あさひ)'),
    b: await joinAs(server.url, board, board.tokens.members.b!, 'Smith'),
  };
  content = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
  await content.synced;
  const a = 'a' as CompanyKey;
  const b = 'b' as CompanyKey;
  const card = (text: string, company: CompanyKey, kind: 'asset' | 'gap' | 'goal', x: number) =>
    addSticky(content.doc, { x, y: 0, text, company, kind }, 'local');
  const trucks = card('全国の配送網', a, 'asset', 0);
  const hostile = card(HOSTILE_FORMULA, b, 'gap', 600);
  const app = card('Mobile app team', b, 'asset', 1200);
  const markup = card(HOSTILE_MARKUP, a, 'goal', 1800);
  ids.agreed = createSynergy(
    content.doc,
    { title: '共同配送サービス', from: [trucks], to: [hostile] },
    'local',
  );
  updateSynergy(
    content.doc,
    {
      id: ids.agreed,
      synergyType: 'sharedChannel',
      expectedValue: '年間1億円の新規売上',
      effort: 'high',
      owners: { a: '田中', b: 'Smith' },
      nextStep: '物流データを共有して試算する',
      due: '2026-12-15',
      status: 'candidate',
    },
    'local',
  );
  ids.candidate = createSynergy(
    content.doc,
    { title: 'App + delivery bundle', from: [app], to: [markup] },
    'local',
  );
  updateSynergy(
    content.doc,
    {
      id: ids.candidate,
      synergyType: 'coDevelopment',
      owners: { a: '+佐藤', b: 'Lee' },
      nextStep: '-> Draft a joint proposal',
      status: 'candidate',
    },
    'local',
  );
  await waitFor(
    async () => (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').size === 10,
    'the cards, synergy cards and links stored',
  );
  const agree = async (who: Participant, card: ShapeId) => {
    const answer = await call(server.url, 'POST', `/api/boards/${board.id}/agreements`, who.token, {
      card,
      agree: true,
    });
    expect(answer.status).toBe(200);
  };
  await agree(people.a, ids.agreed);
  await agree(people.b, ids.agreed);
  await agree(people.a, ids.candidate);
  // One revealed vote round: the candidate gets 2 votes, the agreed point 1.
  const rounds = (rest: string, body?: unknown) =>
    call(server.url, 'POST', `/api/boards/${board.id}/votes${rest}`, people.facilitator.token, body);
  expect(
    (await rounds('/rounds', { rules: { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: true } }))
      .status,
  ).toBe(201);
  for (const [who, card] of [
    [people.a, ids.candidate],
    [people.b, ids.candidate],
    [people.b, ids.agreed],
  ] as const) {
    const answer = await call(server.url, 'POST', `/api/boards/${board.id}/votes`, who.token, {
      card,
      delta: 1,
    });
    expect(answer.status).toBe(200);
  }
  expect((await rounds('/rounds/1/end')).status).toBe(200);
  expect((await rounds('/rounds/1/reveal')).status).toBe(200);
});
afterAll(async () => {
  content?.destroy();
  await server?.dispose();
});

const download = (format: 'csv' | 'md', token: string | null, query = '') =>
  fetch(`${server.url}/api/boards/${board.id}/export.${format}${query}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });

describe('the synergy report export', () => {
  it('export.csv: a UTF-8 BOM, one row per synergy point, agreed first, with owners, next step, status, who agreed and votes', async () => {
    const res = await download('csv', people.a.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(2);
    const column = (name: string) => {
      const index = header!.indexOf(name);
      expect(index, name).toBeGreaterThanOrEqual(0);
      return rows.map((row) => row[index]);
    };
    expect(column('タイトル')).toEqual(['共同配送サービス', 'App + delivery bundle']);
    expect(column('ステータス')).toEqual(['合意済み', '候補']);
    expect(column('タイプ')).toEqual(['チャネル共有', '共同開発']);
    expect(column('期待効果')).toEqual(['年間1億円の新規売上', '']);
    expect(column('工数')).toEqual(['大', '']);
    expect(column('担当者（株式会社あさひ）')).toEqual(['田中', "'+佐藤"]);
    expect(column('担当者（Blue Ocean Inc.）')).toEqual(['Smith', 'Lee']);
    expect(column('次のアクション')).toEqual(['物流データを共有して試算する', "'-> Draft a joint proposal"]);
    expect(column('期日')).toEqual(['2026-12-15', '']);
    expect(column('つながっているカード（株式会社あさひ）')).toEqual(['全国の配送網', HOSTILE_MARKUP]);
    expect(column('つながっているカード（Blue Ocean Inc.）')).toEqual([
      `'${HOSTILE_FORMULA}`,
      'Mobile app team',
    ]);
    expect(column('合意者（株式会社あさひ）')).toEqual(['田中 (あさひ)', '田中 (あさひ)']);
    expect(column('合意者（Blue Ocean Inc.）')).toEqual(['Smith', '']);
    for (const at of [...column('合意日時（株式会社あさひ）'), column('合意日時（Blue Ocean Inc.）')[0]])
      expect(Number.isNaN(Date.parse(at!)), at).toBe(false);
    expect(column('票数')).toEqual(['1', '2']);
    // Nothing a spreadsheet would run: every cell that starts like a formula was neutralised.
    expect(rows.flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('dates the file’s name in the reader’s zone (tz), as its times are', async () => {
    // UTC+14 and UTC−11: a day apart whenever this runs.
    const dayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const before = dayIn(zone);
      const res = await download('csv', board.tokens.observer, `?tz=${encodeURIComponent(zone)}`);
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '';
      expect([before, dayIn(zone)].map((day) => name.endsWith(`-${day}.csv`))).toContain(true);
    }
  });

  it('export.csv?lang=en gives English headers and labels', async () => {
    const res = await download('csv', board.tokens.observer, '?lang=en');
    expect(res.status).toBe(200);
    const [header, first] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(header).toEqual([
      'Title',
      'Linked cards (株式会社あさひ)',
      'Linked cards (Blue Ocean Inc.)',
      'Type',
      'Expected value',
      'Effort',
      'Owner (株式会社あさひ)',
      'Owner (Blue Ocean Inc.)',
      'Next step',
      'Due date',
      'Status',
      'Agreed by (株式会社あさひ)',
      'Agreed at (株式会社あさひ)',
      'Agreed by (Blue Ocean Inc.)',
      'Agreed at (Blue Ocean Inc.)',
      'Changed since agreed (re-agreement needed)',
      'What changed since agreed',
      'Votes',
      'Tags',
    ]);
    expect(first).toMatchObject({ 0: '共同配送サービス', 3: 'Shared channel', 5: 'High', 10: 'Agreed' });
  });

  it('export.md: a Markdown action list with every point, owners, next step, status and who agreed, all inert', async () => {
    const res = await download('md', people.facilitator.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const md = await res.text();
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 提携ワークショップ 2026 — シナジーレポート');
    expect(md).toContain('- 参加企業: 株式会社あさひ、Blue Ocean Inc.');
    expect(md).toContain('| 合意済み | 1 |\n| 候補 | 1 |');
    expect(lines.filter((line) => line.startsWith('### '))).toEqual([
      '### 1. 共同配送サービス',
      '### 2. App + delivery bundle',
    ]);
    for (const line of [
      '| ステータス | 合意済み |',
      '| 担当者 | 株式会社あさひ: 田中、Blue Ocean Inc.: Smith |',
      '| 次のアクション | 物流データを共有して試算する |',
      '| 期日 | 2026-12-15 |',
      '| 票数 | 1 |',
      '| ステータス | 候補 |',
      '| 担当者 | 株式会社あさひ: +佐藤、Blue Ocean Inc.: Lee |',
      '| 次のアクション | -> Draft a joint proposal |',
      '| 合意待ち | Blue Ocean Inc. |',
      '| 票数 | 2 |',
      '  - 全国の配送網',
    ])
      expect(md).toContain(line);
    expect(md).toMatch(
      /\| 合意 \| 株式会社あさひ: 田中 \(あさひ\) \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\+9\)、Blue Ocean Inc\.: Smith \(/,
    );
    // The hostile cards are there, as text: no tag and no link can open.
    expect(md).toContain('  - =HYPERLINK("http://evil","click me")');
    expect(md).toContain('  - ](javascript:alert(1)) \\<script>alert(1)\\</script>');
    expect(md).not.toMatch(/(^|[^\\])<script/im);
    expect(md).not.toMatch(/(^|[^\\])\[/m);
  });

  it('export.md?lang=en is in English', async () => {
    const md = await (await download('md', people.b.token, '?lang=en')).text();
    expect(md.split('\n')[0]).toBe('# 提携ワークショップ 2026 — Synergy report');
    for (const text of [
      '## Summary',
      '| Status | Agreed |',
      '| Owners | 株式会社あさひ: 田中; Blue Ocean Inc.: Smith |',
      '**Linked cards**',
    ])
      expect(md).toContain(text);
  });

  it('prints times in the time zone asked for (Japan by default on a Japanese board)', async () => {
    const exported = /出力日時: (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) (UTC\S*)/;
    const tokyo = exported.exec(await (await download('md', board.tokens.observer, '')).text());
    expect(tokyo?.[2]).toBe('UTC+9');
    const utc = exported.exec(await (await download('md', board.tokens.observer, '?tz=UTC')).text());
    expect(utc?.[2]).toBe('UTC');
    // The same moment, nine hours apart.
    const minutes = (text: string) => Date.parse(`${text.replace(' ', 'T')}:00Z`) / 60_000;
    const gap = minutes(tokyo![1]!) - minutes(utc![1]!);
    expect([9 * 60, 9 * 60 - 1]).toContain(gap);
    const bad = await download('md', board.tokens.observer, '?tz=Mars%2FOlympus');
    expect(bad.status).toBe(400);
  });

  it('refuses a request without a token, or with a token of another board', async () => {
    for (const format of ['csv', 'md'] as const) {
      const res = await download(format, null);
      expect(res.status, format).toBe(401);
      expect(await res.text()).not.toContain('共同配送');
    }
    const other = await createBoard(server.url);
    const res = await download('csv', other.tokens.facilitator);
    expect([401, 403]).toContain(res.status);
  });
});
