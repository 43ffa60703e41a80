// "Zoom to fit" fits the board into the part of the canvas the open side panels leave visible,
// so no card ends up under the history panel (right) or the synergy panel (left).
import { addSticky } from '@kyoso/shared';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectClient } from '../support/clients.js';
import { createBoard, SAMPLE_BOARD } from '../support/server.js';
import {
  canvasBox,
  enterBoard,
  memberLink,
  newPage,
  painted,
  shapesOf,
  viewportOf,
  waitConnected,
  worldToPage,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 50 };

/** Whether every frame of the board (the template's sheet, lanes and areas) starts right of `x`. */
async function framesRightOf(page: Page, x: number): Promise<boolean> {
  const frames = (await shapesOf(page)).filter((shape) => shape.type === 'frame');
  const lefts = await Promise.all(frames.map(async (frame) => (await worldToPage(page, frame)).x));
  return frames.length > 0 && Math.min(...lefts) >= x;
}

/** Page-x extent of every card after zoom to fit. */
async function cardsAcross(page: Page): Promise<{ left: number; right: number }> {
  await page.getByTestId('zoom-fit').click();
  await painted(page);
  let left = Infinity;
  let right = -Infinity;
  for (const shape of await shapesOf(page)) {
    const a = await worldToPage(page, { x: shape.x, y: shape.y });
    const b = await worldToPage(page, { x: shape.x + (shape.w ?? 0), y: shape.y + (shape.h ?? 0) });
    left = Math.min(left, a.x);
    right = Math.max(right, b.x);
  }
  return { left, right };
}

describe('zoom to fit beside open panels', () => {
  it('keeps every card clear of the history panel and of the synergy panel', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    // A wide board: fitting it to the whole canvas would run cards under a side panel.
    for (let i = 0; i < 6; i++) addSticky(writer.doc, { x: i * 600, y: 0, text: `カード ${i + 1}` }, 'seed');
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, board.links.facilitator, '進行役');
    await expect.poll(async () => (await shapesOf(page)).length, { timeout: 10_000 }).toBe(6);
    writer.destroy();

    await page.getByTestId('history-open').click();
    const history = page.getByTestId('history-panel');
    await history.waitFor();
    const historyLeft = (await history.boundingBox())!.x;
    expect((await cardsAcross(page)).right).toBeLessThanOrEqual(historyLeft);
    await page.getByTestId('history-close').click();
    await history.waitFor({ state: 'detached' });

    await page.getByTestId('synergy-open').click();
    const synergy = page.getByTestId('synergy-panel');
    await synergy.waitFor();
    const box = (await synergy.boundingBox())!;
    expect((await cardsAcross(page)).left).toBeGreaterThanOrEqual(box.x + box.width);
  });

  it('fits a member’s arrival beside the drafts panel that opens by itself', async () => {
    const board = await createBoard(e2e.server.url, { ...SAMPLE_BOARD, template: 'company-profile' });
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, memberLink(board, 'a'), '佐藤');
    const drafts = page.getByTestId('drafts-panel');
    await drafts.waitFor();
    const panel = (await drafts.boundingBox())!;
    // The panels' code arrives after the first fit; the template was under the panel until then.
    await expect.poll(() => framesRightOf(page, panel.x + panel.width), POLL).toBe(true);
  });

  it('leaves the view alone when the person pressed the board before the panel opened', async () => {
    const board = await createBoard(e2e.server.url, { ...SAMPLE_BOARD, template: 'company-profile' });
    const page = await newPage(e2e, 'ja-JP');
    // The panels' code is held back until the member has clicked the board.
    const held: Route[] = [];
    await page.route('**/assets/WorkshopPanels-*.js', (route) => void held.push(route));
    await page.goto(memberLink(board, 'a'));
    await page.getByTestId('name-input').fill('佐藤');
    await page.getByTestId('name-submit').click();
    await waitConnected(page);
    await expect.poll(async () => (await shapesOf(page)).length, POLL).toBeGreaterThan(0);
    await expect.poll(() => held.length, POLL).toBe(1);
    const canvas = await canvasBox(page);
    await page.mouse.click(canvas.x + canvas.width - 40, canvas.y + canvas.height / 2);
    const before = await viewportOf(page);
    await held[0]!.continue();
    await page.getByTestId('drafts-panel').waitFor();
    await painted(page);
    await painted(page);
    expect(await viewportOf(page)).toEqual(before);
  });
});
