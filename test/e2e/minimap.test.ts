// The minimap draws every card as a box in its company's colour: once the board has first painted
// with them (also when they arrive after an empty first draw), and again when someone changes the
// board (at most a few times a second, so a drag on a large board does not redraw it every frame).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addSticky, asCompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { closeDrafts, enterBoard, memberLink, newPage, useE2E } from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 50 };

/**
 * How many of the minimap's pixels are company b's boxes (orange, #e0572b): drawn at 75% opacity
 * on a clear canvas, where the view's blue frame is opaque (its edges partly) and its fill nearly
 * clear.
 */
const boxPixels = (page: Page) =>
  page.evaluate<number>(`(() => {
    const canvas = document.querySelector('[data-testid="minimap"] canvas');
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3] > 150 && data[i + 3] < 230 && data[i] > data[i + 2] + 80) count++;
    return count;
  })()`);

describe('the minimap', () => {
  it('draws the cards, and a card added later', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.members.b!);
    await writer.synced;
    const b = asCompanyKey('b')!;
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, memberLink(board, 'b'), 'Ben');
    await closeDrafts(page);
    // The board was empty when the map first drew: the first card comes later.
    expect(await boxPixels(page)).toBe(0);
    addSticky(writer.doc, { x: 0, y: 0, w: 200, h: 160, text: '一枚目', company: b }, 'local');
    await expect.poll(() => boxPixels(page), POLL).toBeGreaterThan(20);
    const one = await boxPixels(page);

    // In the view, so the map's scale (the view and the board together) stays: a second box as large.
    addSticky(writer.doc, { x: 400, y: 200, w: 200, h: 160, text: '二枚目', company: b }, 'local');
    await expect.poll(() => boxPixels(page), POLL).toBeGreaterThan(one * 1.6);
    expect(await boxPixels(page)).toBeLessThan(one * 2.4);
  });
});
