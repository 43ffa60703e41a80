// Zoomed far out (below 20%) the board is drawn by one batched node into a bitmap that each frame
// copies: the cards must still be drawn where they are, and a card someone adds must appear at
// once, not wait for the zoom to change.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addSticky, PALETTE } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  canvasBox,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  useE2E,
  viewportOf,
  layerDrawnShare,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 50 };

/** The share of the world box `box` that the content layer has drawn cards on (not the grid), 0 to 1. */
const drawnShare = (page: Page, box: { x: number; y: number; w: number; h: number }) =>
  layerDrawnShare(page, 0, box, 200, [PALETTE.gridMinor, PALETTE.gridMajor]);

describe('zoomed far out', () => {
  it('draws every card where it is, and a new card at once', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const cards = Array.from({ length: 24 }, (_, i) =>
      addSticky(
        writer.doc,
        { x: (i % 6) * 240, y: Math.floor(i / 6) * 200, text: `カード ${i + 1}` },
        'local',
      ),
    );
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, memberLink(board, 'a'), '青木');
    await closeDrafts(page);
    await expect.poll(() => page.evaluate('window.kyoso.shapes().length'), POLL).toBe(cards.length);

    for (let i = 0; i < 12 && (await viewportOf(page)).zoom >= 0.2; i++) {
      await page.getByTestId('zoom-out').click();
      await painted(page);
    }
    await expect.poll(async () => (await viewportOf(page)).zoom, POLL).toBeLessThan(0.2);
    await painted(page);

    // Each card's lower part (clear of its text bars) is drawn; the gap between two cards is not.
    for (const [i, at] of [0, 7, 23].map(
      (i) => [i, { x: (i % 6) * 240, y: Math.floor(i / 6) * 200 }] as const,
    )) {
      const share = await drawnShare(page, { x: at.x + 20, y: at.y + 110, w: 160, h: 30 });
      expect(share, `card ${i + 1}`).toBeGreaterThan(0.9);
    }
    expect(await drawnShare(page, { x: 205, y: 20, w: 30, h: 120 })).toBeLessThan(0.05);

    // Someone adds a card in empty space in view: it appears without the view moving.
    const view = await viewportOf(page);
    const area = await canvasBox(page);
    const inView = (at: { x: number; y: number }) =>
      at.x > view.x &&
      at.y > view.y &&
      at.x + 200 < view.x + area.width / view.zoom &&
      at.y + 160 < view.y + area.height / view.zoom;
    const empty = [
      { x: 1600, y: 0 },
      { x: 0, y: 1000 },
      { x: -600, y: 0 },
      { x: 0, y: -400 },
    ].find(inView);
    if (!empty) throw new Error(`no empty spot in view ${JSON.stringify(view)}`);
    const lower = { x: empty.x + 20, y: empty.y + 110, w: 160, h: 30 };
    expect(await drawnShare(page, lower)).toBeLessThan(0.05);
    addSticky(writer.doc, { x: empty.x, y: empty.y, text: '新しいカード' }, 'local');
    await expect.poll(() => drawnShare(page, lower), POLL).toBeGreaterThan(0.9);
    expect(await viewportOf(page)).toEqual(view);
    writer.destroy();
  });
});
