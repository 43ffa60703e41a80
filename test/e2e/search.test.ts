// Board search in real Chromium: Ctrl+F opens it with the cursor in the words, half-width katakana
// finds full-width, Enter brings each match into view selected (even one far off the screen),
// Shift+Enter goes back, a company and a kind narrow the list, and Escape gives the board back.
// On a phone the panel folds to its field when it shows a match, and the match is in sight below.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addShape, addSticky, type CompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  canvasBox,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  useE2E,
  waitShapeCount,
  worldToPage,
  cardStatus,
  shapesOf,
  focusedTestId,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 30 };

const status = cardStatus;
const results = (page: Page) => page.getByTestId('search-result').allTextContents();

/**
 * Whether the card whose text is `text` is in sight: nothing lies over its middle or the middles
 * of its edges (5% in), and they are on the canvas.
 */
async function inSight(page: Page, text: string): Promise<boolean> {
  const card = (await shapesOf(page)).find((shape) => shape.text === text);
  if (!card || card.w === null || card.h === null) return false;
  const { x, y, w, h } = card;
  const world = [
    { x: x + w / 2, y: y + h / 2 },
    { x: x + w * 0.05, y: y + h / 2 },
    { x: x + w * 0.95, y: y + h / 2 },
    { x: x + w / 2, y: y + h * 0.05 },
    { x: x + w / 2, y: y + h * 0.95 },
  ];
  const points = await Promise.all(world.map((point) => worldToPage(page, point)));
  return page.evaluate<boolean>(`${JSON.stringify(points)}.every(({ x, y }) => {
    const canvas = document.querySelector('[data-testid="canvas"]');
    const at = document.elementFromPoint(x, y);
    return at !== null && canvas.contains(at);
  })`);
}

async function inView(page: Page, world: { x: number; y: number }): Promise<boolean> {
  const box = await canvasBox(page);
  const at = await worldToPage(page, world);
  return at.x > box.x && at.x < box.x + box.width && at.y > box.y && at.y < box.y + box.height;
}

describe('board search', () => {
  it('finds cards by words however they are typed, shows each, and narrows by company and kind', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const a = 'a' as CompanyKey;
    const b = 'b' as CompanyKey;
    addShape(writer.doc, { type: 'frame', x: -40, y: -80, w: 760, h: 320, text: '強みと資産' }, 'seed');
    addSticky(writer.doc, { x: 0, y: 0, text: '全国の物流ネットワーク', company: a, kind: 'asset' }, 'seed');
    addSticky(
      writer.doc,
      { x: 300, y: 0, text: '大手小売300社との取引基盤', company: a, kind: 'asset' },
      'seed',
    );
    addSticky(writer.doc, { x: 0, y: 400, text: 'デジタル人材が不足', company: b, kind: 'gap' }, 'seed');
    addSticky(
      writer.doc,
      { x: 6000, y: 3000, text: 'ネットワーク保守の人手', company: b, kind: 'issue' },
      'seed',
    );
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, memberLink(board, 'a'), '佐藤');
    await waitShapeCount(page, 5);
    writer.destroy();
    await closeDrafts(page);
    await page.getByTestId('canvas').click({ position: { x: 900, y: 500 } });

    // Ctrl+F: the panel, the cursor in its field; half-width katakana finds both networks.
    await page.keyboard.press('Control+F');
    await page.getByTestId('search-panel').waitFor();
    expect(await focusedTestId(page)).toBe('search-input');
    // The field shows its whole hint, and each filter its whole first choice ("すべてのタグ").
    const clipped = await page.evaluate<string[]>(`(() => {
      const panel = document.querySelector('[data-testid="search-panel"]');
      const ctx = document.createElement('canvas').getContext('2d');
      const out = [];
      for (const el of panel.querySelectorAll('input[placeholder], select')) {
        const style = getComputedStyle(el);
        ctx.font = style.font;
        const text = el.tagName === 'SELECT' ? el.options[el.selectedIndex].text : el.placeholder;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const need = ctx.measureText(text).width + (el.tagName === 'SELECT' ? 16 : 0);
        if (need > room) out.push(text + ' ' + Math.round(need) + '>' + Math.round(room));
      }
      return out;
    })()`);
    expect(clipped).toEqual([]);
    await page.keyboard.type('ﾈｯﾄﾜｰｸ');
    await expect
      .poll(() => results(page), POLL)
      .toEqual(['強み・資産全国の物流ネットワーク', '課題ネットワーク保守の人手']);
    expect(await page.locator('.search-result mark').allTextContents()).toEqual([
      'ネットワーク',
      'ネットワーク',
    ]);
    await expect.poll(() => page.getByTestId('search-count').textContent(), POLL).toBe('2件');

    // Enter shows each in turn, selected; the far one comes into view.
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page), POLL).toContain('全国の物流ネットワーク');
    await expect.poll(() => page.getByTestId('search-count').textContent(), POLL).toBe('2件中 1件目');
    expect(await inView(page, { x: 6100, y: 3080 })).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page), POLL).toContain('ネットワーク保守の人手');
    await expect.poll(() => inView(page, { x: 6100, y: 3080 }), POLL).toBe(true);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => status(page), POLL).toContain('全国の物流ネットワーク');
    expect(await focusedTestId(page)).toBe('search-input');

    // Full-width digits and several words; then a company and a kind without words.
    await page.getByTestId('search-input').fill('取引　３００');
    await expect.poll(() => results(page), POLL).toEqual(['強み・資産大手小売300社との取引基盤']);
    await page.getByTestId('search-input').fill('');
    await page.getByTestId('search-company').selectOption('b');
    await expect.poll(async () => (await results(page)).length, POLL).toBe(2);
    await page.getByTestId('search-kind').selectOption('gap');
    await expect.poll(() => results(page), POLL).toEqual(['足りないものデジタル人材が不足']);
    await page.getByTestId('search-company').selectOption('');
    await page.getByTestId('search-kind').selectOption('frame');
    await expect.poll(() => results(page), POLL).toEqual(['フレーム・エリア強みと資産']);
    await page.getByTestId('search-kind').selectOption('');
    await page.getByTestId('search-input').fill('ネットワーク');
    await expect.poll(async () => (await results(page)).length, POLL).toBe(2);
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'search-ja.png') });

    // Escape closes it and gives the keyboard back to the board; the toolbar opens it again, as it was.
    await page.getByTestId('search-input').press('Escape');
    await page.getByTestId('search-panel').waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('canvas');
    await page.getByTestId('search-open').click();
    await page.getByTestId('search-panel').waitFor();
    expect(await page.getByTestId('search-input').inputValue()).toBe('ネットワーク');
    expect(await focusedTestId(page)).toBe('search-input');
  });

  it('on a phone, folds to its field to show a match in sight below it', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const a = 'a' as CompanyKey;
    addSticky(writer.doc, { x: 0, y: 0, text: '全国の物流ネットワーク', company: a, kind: 'asset' }, 'seed');
    addSticky(
      writer.doc,
      { x: 3000, y: 2000, text: 'ネットワーク保守の人手', company: a, kind: 'issue' },
      'seed',
    );
    const page = await newPage(e2e, 'ja-JP', { viewport: { width: 390, height: 844 }, hasTouch: true });
    await enterBoard(page, memberLink(board, 'a'), '佐藤');
    await waitShapeCount(page, 2);
    writer.destroy();
    await closeDrafts(page);

    await page.getByTestId('search-open').tap();
    await page.getByTestId('search-panel').waitFor();
    await page.getByTestId('search-input').fill('ネットワーク');
    await expect.poll(async () => (await results(page)).length, POLL).toBe(2);
    // A tap on the far match: the list folds away, the field and arrows stay, the card is in sight.
    await page.getByTestId('search-result').nth(1).tap();
    await expect.poll(() => status(page), POLL).toContain('ネットワーク保守の人手');
    await expect.poll(() => inSight(page, 'ネットワーク保守の人手'), POLL).toBe(true);
    expect(await page.getByTestId('search-results').isVisible()).toBe(false);
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'search-phone-ja.png') });
    // The arrow goes on to the next match, in sight too.
    await page.getByTestId('search-next').tap();
    await expect.poll(() => status(page), POLL).toContain('全国の物流ネットワーク');
    await expect.poll(() => inSight(page, '全国の物流ネットワーク'), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('search-count').textContent(), POLL).toBe('2件中 1件目');
    // Unfolding brings the list back; typing too.
    await page.getByTestId('search-panel').getByTestId('panel-fold').tap();
    await page.getByTestId('search-results').waitFor();
    await page.getByTestId('search-result').first().tap();
    await page.getByTestId('search-results').waitFor({ state: 'hidden' });
    await page.getByTestId('search-input').fill('物流');
    await page.getByTestId('search-results').waitFor();
  });
});
