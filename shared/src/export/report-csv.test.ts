import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from './csv-cell.js';
import { renderCsv } from './report-csv.js';
import { HOSTILE_FORMULA, HOSTILE_MARKUP, parseCsv, reportFixture } from './report-fixture.js';

const FORMULA_CHARS = /^[=+\-@\t\r\n＝＋－＠]/;

describe('renderCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = renderCsv(reportFixture().input, 'ja');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells there is no bare LF: the reader below throws on one.
    expect(() => parseCsv(csv.slice(1))).not.toThrow();
  });

  it('has one row per synergy point and Japanese headers with columns per company', () => {
    const [header, ...rows] = parseCsv(renderCsv(reportFixture().input, 'ja').slice(1));
    expect(header).toEqual([
      'タイトル',
      'つながっているカード（Acme）',
      'つながっているカード（雲産業）',
      'タイプ',
      '期待効果',
      '工数',
      '担当者（Acme）',
      '担当者（雲産業）',
      '次のアクション',
      '期日',
      'ステータス',
      '合意者（Acme）',
      '合意日時（Acme）',
      '合意者（雲産業）',
      '合意日時（雲産業）',
      '合意後に変更あり（再合意待ち）',
      '合意後の変更内容',
      '票数',
      'タグ',
    ]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    expect(rows[0]).toEqual([
      '# Bundle | <b>bold</b>',
      '物流網（関西）',
      HOSTILE_MARKUP,
      '合弁会社',
      '',
      'Two sprints',
      'Alice',
      '鈴木',
      "'-1 day review",
      '',
      '合意済み',
      'Bob',
      '2026-11-24T10:04:00+00:00',
      '鈴木',
      '2026-11-24T10:02:00+00:00',
      '',
      '',
      '0',
      '',
    ]);
    expect(rows[1]).toEqual([
      '共同配送で物流コスト削減',
      '・物流網（関西）\n・倉庫, "24h"',
      `'${HOSTILE_FORMULA}`,
      '共同開発',
      '年間1億円, 30%削減',
      '中',
      '佐藤',
      "'@SUM(1+1)*cmd|",
      '物流データを共有して試算する\n来週まで',
      '2026-12-01',
      '候補',
      '佐藤',
      '2026-11-24T10:05:00+00:00',
      '',
      '',
      '',
      '',
      '3',
      '#PoC #優先',
    ]);
    // Nobody chose the idea's type: its cell is empty.
    expect(rows[2]).toMatchObject({ 0: '（無題のシナジー）', 3: '', 10: 'アイデア段階', 17: '5' });
  });

  it('says an agreement changed since it was given, and no longer counts it, once a linked card’s text changed', () => {
    const { input, ids } = reportFixture();
    const shapes = input.shapes.map((shape) =>
      shape.type === 'sticky' && shape.text === '物流網（関西）'
        ? { ...shape, text: '物流網（関西・中部）' }
        : shape,
    );
    const [header, ...rows] = parseCsv(renderCsv({ ...input, shapes }, 'ja').slice(1));
    const row = rows.find((cells) => cells[0] === '# Bundle | <b>bold</b>')!;
    const column = (name: string) => row[header!.indexOf(name)];
    expect(ids.agreed).toBeTruthy();
    expect(column('ステータス')).toBe('保留（合意後に変更あり）');
    expect(column('合意者（Acme）')).toBe('');
    expect(column('合意者（雲産業）')).toBe('');
    expect(column('合意後に変更あり（再合意待ち）')).toBe(
      'Acme: Bob (2026-11-24 10:04 UTC)、雲産業: 鈴木 (2026-11-24 10:02 UTC)',
    );
    // And what changed, before → after, as the companies asked to agree again see it.
    expect(column('合意後の変更内容')).toBe('つながっているカード: 物流網（関西） → 物流網（関西・中部）');
  });

  it('writes no blank line or space around a card’s text (a draft revealed with its Enter)', () => {
    const { input } = reportFixture();
    const padded: Record<string, string> = {
      '物流網（関西）': '物流網（関西）\n',
      '倉庫, "24h"': '\n 倉庫, "24h"\u3000\n\n',
    };
    const shapes = input.shapes.map((shape) =>
      shape.type === 'sticky' && padded[shape.text] !== undefined
        ? { ...shape, text: padded[shape.text]! }
        : shape.type === 'sticky' && shape.kind === 'synergy' && shape.text !== ''
          ? { ...shape, text: `${shape.text}\n` }
          : shape,
    );
    const [header, ...rows] = parseCsv(renderCsv({ ...input, shapes }, 'ja').slice(1));
    const row = (title: string) => rows.find((cells) => cells[0] === title)!;
    const linked = header!.indexOf('つながっているカード（Acme）');
    expect(row('# Bundle | <b>bold</b>')[linked]).toBe('物流網（関西）');
    expect(row('共同配送で物流コスト削減')[linked]).toBe('・物流網（関西）\n・倉庫, "24h"');
  });

  it('writes agreement times in the reader’s zone, with its offset', () => {
    const [header, first] = parseCsv(
      renderCsv({ ...reportFixture().input, timeZone: 'Asia/Tokyo' }, 'ja').slice(1),
    );
    expect(first![header!.indexOf('合意日時（Acme）')]).toBe('2026-11-24T19:04:00+09:00');
  });

  it('gives English headers and labels for en', () => {
    const [header, first] = parseCsv(renderCsv(reportFixture().input, 'en').slice(1));
    expect(header?.slice(0, 4)).toEqual(['Title', 'Linked cards (Acme)', 'Linked cards (雲産業)', 'Type']);
    expect(header).toContain('Agreed at (雲産業)');
    expect(header?.at(-2)).toBe('Votes');
    expect(header?.at(-1)).toBe('Tags');
    expect(first?.[10]).toBe('Agreed');
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    const cells = parseCsv(renderCsv(reportFixture().input, 'ja').slice(1)).flat();
    expect(cells).toContain(`'${HOSTILE_FORMULA}`);
    expect(cells.filter((cell) => FORMULA_CHARS.test(cell) || looksLikeFormula(cell))).toEqual([]);
  });

  it('leaves votes empty when no round was revealed', () => {
    const rows = parseCsv(renderCsv(reportFixture({ revealed: false }).input, 'en').slice(1)).slice(1);
    expect(rows.map((row) => row.at(-2))).toEqual(['', '', '']);
  });

  it('neutralises company names in the headers and adds a column for linked cards of no company', () => {
    const { input } = reportFixture();
    const board = {
      ...input.board,
      companies: input.board.companies.map((c, i) => (i === 0 ? { ...c, name: '=evil()' } : c)),
    };
    const shapes = input.shapes.map((shape) =>
      shape.type === 'sticky' && shape.text === '物流網（関西）' ? { ...shape, company: null } : shape,
    );
    const [header, ...rows] = parseCsv(renderCsv({ ...input, board, shapes }, 'en').slice(1));
    expect(header?.[1]).toBe('Linked cards (=evil())');
    expect(header?.[3]).toBe('Linked cards (no company)');
    expect(rows[0]?.[3]).toBe('物流網（関西）');
  });
});
