import { describe, expect, it } from 'vitest';
import { HOSTILE_FORMULA, reportFixture } from './report-fixture.js';
import { renderMarkdown } from './report-markdown.js';

/** Pipes that separate table cells (GFM: a backslash-escaped pipe is cell text). */
const cellPipes = (line: string): number =>
  line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1;

describe('renderMarkdown', () => {
  const ja = renderMarkdown(reportFixture().input, 'ja');
  const lines = ja.split('\n');

  it('opens with the board, the export time and the companies, then counts by status', () => {
    expect(lines[0]).toBe('# 提携ワークショップ \\| 2026 — シナジーレポート');
    expect(ja).toContain('- 出力日時: 2026-11-24 12:34 UTC');
    expect(ja).toContain('- 参加企業: Acme、雲産業');
    expect(ja).toContain(
      '| 合意済み | 1 |\n| 候補 | 1 |\n| アイデア段階 | 1 |\n| 保留 | 0 |\n| **合計** | **3** |',
    );
  });

  it('counts the points whose agreements were to content changed since, apart', () => {
    expect(ja).not.toContain('合意後に変更あり');
    const { input } = reportFixture();
    const shapes = input.shapes.map((shape) =>
      shape.type === 'sticky' && shape.text === '物流網（関西）'
        ? { ...shape, text: '物流網（関西・中部）' }
        : shape,
    );
    const changed = renderMarkdown({ ...input, shapes }, 'ja');
    expect(changed).toContain('| **合計** | **3** |\n\n合意後に変更あり（再合意待ち）: 2\n');
    expect(changed).toContain('保留（合意後に変更あり）');
    expect(changed).toContain(
      '| 合意後の変更内容 | つながっているカード: 物流網（関西） → 物流網（関西・中部） |',
    );
  });

  it('has a section per synergy point, agreed first, with its fields, agreement, votes and linked cards', () => {
    const headings = lines.filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### 1. \\# Bundle \\| \\<b>bold\\</b>',
      '### 2. 共同配送で物流コスト削減',
      '### 3. （無題のシナジー）',
    ]);
    const second = ja.slice(ja.indexOf(headings[1]!), ja.indexOf(headings[2]!));
    for (const line of [
      '| ステータス | 候補 |',
      '| タイプ | 共同開発 |',
      '| 期待効果 | 年間1億円, 30%削減 |',
      '| 工数 | 中 |',
      '| 担当者 | Acme: 佐藤、雲産業: @SUM(1+1)\\*cmd\\| |',
      '| 次のアクション | 物流データを共有して試算する 来週まで |',
      '| 期日 | 2026-12-01 |',
      '| 合意 | Acme: 佐藤 (2026-11-24 10:05 UTC) |',
      '| 合意待ち | 雲産業 |',
      '| 票数 | 3 |',
      '- Acme\n  - 物流網（関西）\n  - 倉庫, "24h"\n- 雲産業\n  - =HYPERLINK("http://evil","click")',
    ])
      expect(second).toContain(line);
    expect(ja).toContain('| 合意 | Acme: Bob (2026-11-24 10:04 UTC)、雲産業: 鈴木 (2026-11-24 10:02 UTC) |');
    // Nobody chose the idea's type: a dash, like every field left empty.
    const third = ja.slice(ja.indexOf(headings[2]!));
    expect(third).toContain('| タイプ | — |');
    expect(third).toContain('| 工数 | — |');
  });

  it('keeps hostile text inert: no HTML, no link, no injected heading or table cell', () => {
    // No tag can open and no link can: every "<" before a tag name and every "[" is escaped.
    expect(ja).not.toMatch(/(^|[^\\])</m);
    expect(ja).not.toMatch(/(^|[^\\])\[/m);
    expect(ja).toContain('](javascript:alert(1)) \\<script>alert(1)\\</script>');
    // Only the generated headings start a line with #.
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(1 + 2 + 3);
    // Every table row has exactly its three separating pipes.
    for (const line of lines.filter((l) => l.startsWith('|'))) expect(cellPipes(line), line).toBe(3);
    // The only list markers are the generated ones.
    for (const line of lines.filter((l) => /^\s*[-+*] /.test(l)))
      expect(line, line).toMatch(/^(- (出力日時|参加企業|Acme|雲産業|—)| {2}- [^-+*#>\d])/);
  });

  it('leaves brackets and hashtags bare, as they paste into minutes', () => {
    // The walkthrough's report read "\\(\\#PoC \\#コールドチェーン\\)" and "\\(SaaS\\)".
    const { input } = reportFixture();
    const shapes = input.shapes.map((shape) =>
      shape.type !== 'sticky'
        ? shape
        : shape.text === '物流網（関西）'
          ? { ...shape, tags: ['PoC', 'コールドチェーン'] }
          : shape.text === '共同配送で物流コスト削減'
            ? { ...shape, text: 'AI route optimization engine (SaaS)' }
            : shape,
    );
    const md = renderMarkdown({ ...input, shapes }, 'ja');
    expect(md).toContain('  - 物流網（関西） (#PoC #コールドチェーン)\n');
    expect(md).toContain('### 2. AI route optimization engine (SaaS)\n');
  });

  it('speaks English for en and leaves votes out when no round was revealed', () => {
    const en = renderMarkdown(reportFixture({ revealed: false }).input, 'en');
    expect(en.split('\n')[0]).toBe('# 提携ワークショップ \\| 2026 — Synergy report');
    expect(en).toContain('## Summary');
    expect(en).toContain('| Status | Agreed |');
    expect(en).toContain('| Next step | -1 day review |');
    expect(en).toContain('**Linked cards**');
    expect(en).not.toContain('| Votes |');
    // Markdown runs no formulas: the card reads as typed (the CSV is where it is neutralised).
    expect(en).toContain(`  - ${HOSTILE_FORMULA}\n`);
  });

  it('says so when there are no synergy points', () => {
    const { input } = reportFixture();
    const md = renderMarkdown({ ...input, shapes: [] }, 'en');
    expect(md).toContain('| **Total** | **0** |');
    expect(md).toContain('No synergy points yet.');
  });

  it('writes the times in the reader’s time zone', () => {
    const { input } = reportFixture();
    expect(renderMarkdown(input, 'ja')).toContain('2026-11-24 12:34 UTC');
    const tokyo = renderMarkdown({ ...input, timeZone: 'Asia/Tokyo' }, 'ja');
    expect(tokyo).toContain('2026-11-24 21:34 UTC+9');
    expect(tokyo).not.toContain('12:34 UTC');
  });
});
