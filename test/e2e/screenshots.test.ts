// Screenshots of the landing page and of a populated board, in Japanese and in English, at
// 1280×800, saved to test/.artifacts/screenshots/ (the board ones also to docs/screenshots/).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addConnector,
  addShape,
  addSticky,
  type CardKind,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  enterBoard,
  memberLink,
  newPage,
  painted,
  publishScreenshot,
  SCREENSHOTS,
  shapesOf,
  useE2E,
  waitShapeCount,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();

const NOTES: { x: number; y: number; text: string; company: CompanyKey; kind: CardKind }[] = [
  { x: 80, y: 120, text: '物流網の共同利用', company: 'a' as CompanyKey, kind: 'asset' },
  { x: 320, y: 120, text: 'Shared EV charging network', company: 'b' as CompanyKey, kind: 'asset' },
  { x: 560, y: 120, text: '地方拠点の人手不足', company: 'c' as CompanyKey, kind: 'issue' },
  { x: 80, y: 340, text: 'Joint loyalty programme', company: 'b' as CompanyKey, kind: 'idea' },
  { x: 320, y: 340, text: '2027年度に共同実証を開始', company: 'a' as CompanyKey, kind: 'goal' },
  { x: 560, y: 340, text: 'Cross-selling in Kansai 関西', company: 'c' as CompanyKey, kind: 'synergy' },
];

describe('screenshots', () => {
  it('of the landing page in Japanese and English', async () => {
    for (const locale of ['ja-JP', 'en-US'] as const) {
      const page = await newPage(e2e, locale);
      await page.goto(e2e.server.url);
      const lang = locale.slice(0, 2);
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe(lang);
      // The chosen template, drawn for the companies in the form (none for a blank board).
      expect(await page.getByTestId('landing-template-preview').count()).toBe(0);
      await page.getByTestId('template-select').selectOption('synergy-map');
      const preview = page.getByTestId('landing-template-preview');
      await preview.waitFor();
      expect(decodeURIComponent((await preview.getAttribute('src')) ?? '')).toContain('<svg');
      await expect
        .poll(() =>
          page.evaluate<number>(
            `document.querySelector('[data-testid="landing-template-preview"]').naturalWidth`,
          ),
        )
        .toBeGreaterThan(0);
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, `landing-${lang}.png`) });
      await page.close();
    }
  });

  it('of a populated board in Japanese and English', async () => {
    const board = await createBoard(e2e.server.url, {
      title: '提携ワークショップ 2026',
      locale: 'ja',
      companies: [
        { name: '株式会社あさひ' },
        { name: 'Blue Ocean Inc.', color: '#e0572b' },
        { name: 'みどり物流' },
      ],
    });
    // The content, written over y-websocket as the facilitator would (cards of every company).
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const ids: ShapeId[] = [];
    writer.doc.transact(() => {
      addShape(
        writer.doc,
        { type: 'frame', x: 40, y: 40, w: 780, h: 500, text: 'アライアンス案 / Alliance ideas' },
        'seed',
      );
      for (const note of NOTES) ids.push(addSticky(writer.doc, { ...note, w: 200, h: 160 }, 'seed'));
      addConnector(writer.doc, { from: ids[0]!, to: ids[1]!, text: '連携' }, 'seed');
      addConnector(writer.doc, { from: ids[2]!, to: ids[5]! }, 'seed');
    });

    // Two other people, their pointers resting on the board.
    const [ben, sato] = await Promise.all([newPage(e2e, 'en-US'), newPage(e2e, 'ja-JP')]);
    await Promise.all([
      enterBoard(ben, memberLink(board, 'b'), 'Ben Carter'),
      enterBoard(sato, memberLink(board, 'c'), '佐藤 花子'),
    ]);
    writer.destroy();
    for (const [page, world] of [
      [ben, { x: 470, y: 300 }],
      [sato, { x: 760, y: 470 }],
    ] as const) {
      await waitShapeCount(page, NOTES.length + 3);
      const at = await worldToPage(page, world);
      await page.mouse.move(at.x - 20, at.y - 20);
      await page.mouse.move(at.x, at.y, { steps: 4 });
    }

    for (const locale of ['ja-JP', 'en-US'] as const) {
      const lang = locale.slice(0, 2);
      const page = await newPage(e2e, locale);
      await enterBoard(page, board.links.facilitator, lang === 'ja' ? '山田 太郎' : 'Taro Yamada');
      await expect.poll(async () => (await shapesOf(page)).length).toBe(NOTES.length + 3);
      await page.locator('[data-testid="presence-list"] li').nth(2).waitFor();
      await page.getByTestId('zoom-fit').click();
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, `board-${lang}.png`) });
      publishScreenshot(`board-${lang}.png`);
      await page.close();
    }
  });
});
