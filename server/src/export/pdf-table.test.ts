import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPhraseParser, phraseStarts, type ExportInput } from '@kyoso/shared';
import { breakJapaneseByPhrase } from './japanese-phrases.js';
import { openPdf } from './pdf-paint.js';
import { paintTable } from './pdf-table.js';

const input = { exportedAt: '2026-12-08T00:00:00.000Z', board: { locale: 'ja' } } as unknown as ExportInput;
const TEXTS = [
  '渋谷の3店舗で当日配送のPoCを設計する',
  '配送ルートの最適化ができない',
  '営業企画部 田中 花子',
];

describe('a table on PDF pages', () => {
  beforeAll(breakJapaneseByPhrase);
  afterAll(() => installPhraseParser(null));

  it('wraps a cell’s Japanese between phrases and words, never inside one (pdfkit broke 「設計す／る」)', async () => {
    const { doc, bytes } = openPdf({ w: 400, h: 400 }, input, 't');
    const drawn: string[] = [];
    const text = doc.text.bind(doc);
    doc.text = ((value: string, ...rest: unknown[]) => {
      drawn.push(value);
      return (text as (...args: unknown[]) => typeof doc)(value, ...rest);
    }) as typeof doc.text;
    // About six full-width characters a line: every text needs several.
    paintTable(doc, [{ title: 'アクション', share: 1, cell: (row: string) => row }], TEXTS, '', () => {
      doc.addPage({ size: [400, 400], margin: 0 });
      return { x: 0, y: 0, w: 60, h: 400 };
    });
    doc.end();
    await bytes;
    // Each cell is drawn line by line, after the title's line(s): take each text's lines in turn.
    const bare = (value: string) => value.replace(/ /g, '');
    let next = drawn.indexOf('アクション') + 1;
    for (const value of TEXTS) {
      const lines: string[] = [];
      while (bare(lines.join('')) !== bare(value) && next < drawn.length) lines.push(drawn[next++]!);
      expect(bare(lines.join('')), value).toBe(bare(value));
      expect(lines.length, value).toBeGreaterThan(1);
      // Lines end at a phrase's end or at a space (dropped there).
      const starts = phraseStarts(value)!;
      let at = 0;
      for (const line of lines.slice(0, -1)) {
        at += line.length;
        const atSpace = value[at] === ' ';
        while (value[at] === ' ') at += 1;
        expect(atSpace || starts.has(at), `${value}: a line ends at ${at}`).toBe(true);
      }
    }
  });
});
