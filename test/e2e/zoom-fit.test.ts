// "Zoom to fit" fits the board into the part of the canvas the open side panels leave visible,
// so no card ends up under the history panel (right) or the synergy panel (left).
import { addSticky } from '@kyoso/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { enterBoard, newPage, painted, shapesOf, worldToPage, useE2E } from './support/browser.js';

const e2e = useE2E();

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
});
