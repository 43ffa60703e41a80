// The board without a mouse: Tab reaches the canvas and then walks its cards in reading order (a
// screen reader hears which), Alt+arrow goes to the nearest card, arrows move it, Enter edits it,
// and Enter with nothing selected makes a new card to type into.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  shapesOf,
  useE2E,
  waitShapeCount,
  cardStatus,
  focusedTestId,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 30 };

const status = cardStatus;

describe('the board from the keyboard', () => {
  it('walks, moves, edits and makes cards without a mouse', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const a = 'a' as CompanyKey;
    const first = addSticky(
      writer.doc,
      { x: 0, y: 0, text: '全国の物流網', company: a, kind: 'asset' },
      'seed',
    );
    const second = addSticky(
      writer.doc,
      { x: 300, y: 10, text: '大手小売との取引', company: a, kind: 'asset' },
      'seed',
    );
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, memberLink(board, 'a'), '佐藤');
    await waitShapeCount(page, 2);
    writer.destroy();
    await closeDrafts(page);

    // Tab from the top of the page reaches the canvas.
    await page.evaluate(`document.activeElement && document.activeElement.blur()`);
    let presses = 0;
    while ((await focusedTestId(page)) !== 'canvas' && presses < 60) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await focusedTestId(page)).toBe('canvas');

    // Tab walks the cards in reading order; the live region names each.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => status(page), POLL)
      .toBe('2枚中1枚目：強み・資産 · 株式会社あさひ · 全国の物流網');
    await page.keyboard.press('Tab');
    await expect.poll(() => status(page), POLL).toContain('2枚中2枚目');
    expect(await focusedTestId(page)).toBe('canvas');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => status(page), POLL).toContain('全国の物流網');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => status(page), POLL).toContain('大手小売との取引');

    // Arrows move the selected card.
    const before = (await shapesOf(page)).find((s) => s.id === second)!;
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect
      .poll(async () => (await shapesOf(page)).find((s) => s.id === second), POLL)
      .toMatchObject({ x: before.x + 10, y: before.y + 10 });

    // Enter edits it.
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type('（50社）');
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => (await shapesOf(page)).find((s) => s.id === second)?.text, POLL)
      .toBe('大手小売との取引（50社）');

    // With nothing selected, Enter makes a card to type into, away from the others.
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('キーボードで作成');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await shapesOf(page)).length, POLL).toBe(3);
    const made = (await shapesOf(page)).find((s) => s.id !== first && s.id !== second)!;
    expect(made).toMatchObject({ text: 'キーボードで作成', company: 'a', type: 'sticky' });
    for (const other of (await shapesOf(page)).filter((s) => s.id !== made.id)) {
      const apart =
        made.x + made.w! <= other.x ||
        other.x + other.w! <= made.x ||
        made.y + made.h! <= other.y ||
        other.y + other.h! <= made.y;
      expect(apart).toBe(true);
    }
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'keyboard-ja.png') });
  });
});
