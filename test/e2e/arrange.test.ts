// Arranging a selection in real Chromium: a member aligns and tidies their company's cards from
// the keyboard and the property bar's menu (another company's card in the selection stays put,
// and the editor says why), one undo puts everything back; the facilitator sorts cards into rows
// by company, and by kind.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, GRID_GAP, type CompanyKey, type TestShape } from '@kyoso/shared';
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
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 30 };

const where = async (page: Page) =>
  Object.fromEntries((await shapesOf(page)).map((s: TestShape) => [s.text, [s.x, s.y]]));

async function seededBoard() {
  const board = await createBoard(e2e.server.url);
  const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
  await writer.synced;
  const a = 'a' as CompanyKey;
  const b = 'b' as CompanyKey;
  const cards: Array<[string, number, number, CompanyKey, 'asset' | 'gap' | 'goal']> = [
    ['物流網', 40, 0, a, 'asset'],
    ['倉庫', 420, 90, a, 'gap'],
    ['配送車両', 10, 330, a, 'asset'],
    ['SaaS', 700, 20, b, 'asset'],
    ['人材', 380, 420, b, 'gap'],
  ];
  for (const [text, x, y, company, kind] of cards)
    addSticky(writer.doc, { x, y, text, company, kind }, 'seed');
  return { board, writer };
}

describe('arranging a selection', () => {
  it('aligns and tidies only what this member may move, in one undo step each', async () => {
    const { board, writer } = await seededBoard();
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, memberLink(board, 'a'), '青井');
    await waitShapeCount(page, 5);
    writer.destroy();
    await closeDrafts(page);
    const before = await where(page);

    await page.getByTestId('canvas').click({ position: { x: 900, y: 600 } });
    await page.keyboard.press('Control+A');
    await page.getByTestId('arrange-open').waitFor();
    // Alt+A: company a's cards line up on the left edge; company b's stay, and the editor says why.
    await page.keyboard.press('Alt+A');
    await expect
      .poll(() => where(page), POLL)
      .toEqual({
        ...before,
        物流網: [10, 0],
        倉庫: [10, 90],
        配送車両: [10, 330],
      });
    await page.getByTestId('facilitation-notice').waitFor();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => where(page), POLL).toEqual(before);

    // Alt+S: the edge is the selection's, company b's cards included (人材 is lowest), so a's
    // cards line up with it.
    await page.keyboard.press('Alt+S');
    await expect
      .poll(() => where(page), POLL)
      .toEqual({
        ...before,
        物流網: [40, 420],
        倉庫: [420, 420],
        配送車両: [10, 420],
      });
    await page.keyboard.press('Control+Z');
    await expect.poll(() => where(page), POLL).toEqual(before);

    // The menu: tidy into a grid (reading order, two columns for three cards).
    await page.getByTestId('arrange-open').click();
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'arrange-menu-ja.png') });
    await page.getByTestId('arrange-grid').click();
    const cellW = 200 + GRID_GAP;
    const cellH = 160 + GRID_GAP;
    await expect
      .poll(() => where(page), POLL)
      .toEqual({
        ...before,
        物流網: [10, 0],
        倉庫: [10 + cellW, 0],
        配送車両: [10, cellH],
      });
    await page.keyboard.press('Control+Z');
    await expect.poll(() => where(page), POLL).toEqual(before);
  });

  it('lets the facilitator sort cards into rows by company and by kind', async () => {
    const { board, writer } = await seededBoard();
    // A short window: the menu is taller than what is left under the property bar.
    const page = await newPage(e2e, 'en-US', { viewport: { width: 1280, height: 600 } });
    await enterBoard(page, board.links.facilitator, 'Facilitator');
    await waitShapeCount(page, 5);
    writer.destroy();
    await page.getByTestId('canvas').click({ position: { x: 1000, y: 250 } });
    await page.keyboard.press('Control+A');
    const cellW = 200 + GRID_GAP;
    const cellH = 160 + GRID_GAP;

    await page.getByTestId('arrange-open').click();
    const menu = page.getByRole('menu');
    const box = (await menu.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    expect(await menu.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await page.getByTestId('arrange-byCompany').click();
    // Company a's three in reading order on the first row, company b's two on the next.
    await expect
      .poll(() => where(page), POLL)
      .toEqual({
        物流網: [10, 0],
        倉庫: [10 + cellW, 0],
        配送車両: [10 + 2 * cellW, 0],
        SaaS: [10, cellH],
        人材: [10 + cellW, cellH],
      });

    await page.getByTestId('arrange-open').click();
    await page.getByTestId('arrange-byKind').click();
    await expect
      .poll(() => where(page), POLL)
      .toEqual({
        物流網: [10, 0],
        配送車両: [10 + cellW, 0],
        SaaS: [10 + 2 * cellW, 0],
        倉庫: [10, cellH],
        人材: [10 + cellW, cellH],
      });
    // No vote has been revealed: sorting by votes is offered, but says why it cannot yet.
    await page.getByTestId('arrange-open').click();
    expect(await page.getByTestId('arrange-by-votes').isDisabled()).toBe(true);
    expect(await page.getByTestId('arrange-by-votes').textContent()).toContain('no revealed vote yet');
    await page.keyboard.press('Escape');
    await page.getByTestId('arrange-by-votes').waitFor({ state: 'detached' });
  });
});
