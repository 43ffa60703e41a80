// Cursors out of sight, in real Chromium: a member hides others' cursors for themselves (Shift+C,
// remembered), and the facilitator hides everyone's cursors from members and observers while
// still seeing the room. What is checked is what each page draws on its overlay layer.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/server.js';
import {
  closeDrafts,
  enterBoard,
  layerDrawnShare,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  useE2E,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 50 };

/** The share of a small world box at `at` that the overlay layer (cursors, names) has drawn. */
const cursorDrawn = (page: Page, at: { x: number; y: number }) =>
  layerDrawnShare(page, -1, { x: at.x, y: at.y, w: 12, h: 16 }, 100);

async function pointAt(page: Page, world: { x: number; y: number }) {
  const at = await worldToPage(page, world);
  await page.mouse.move(at.x - 5, at.y - 5);
  await page.mouse.move(at.x, at.y, { steps: 3 });
}

const visible = (page: Page, at: { x: number; y: number }) =>
  expect.poll(() => cursorDrawn(page, at), POLL).toBeGreaterThan(0.05);
const hidden = (page: Page, at: { x: number; y: number }) =>
  expect.poll(() => cursorDrawn(page, at), POLL).toBe(0);

describe('cursors out of sight', () => {
  it('hides others’ cursors for one person, or for the room at the facilitator’s word', async () => {
    const board = await createBoard(e2e.server.url);
    const [host, member] = await Promise.all([newPage(e2e, 'ja-JP'), newPage(e2e, 'ja-JP')]);
    await Promise.all([
      enterBoard(host, board.links.facilitator, '進行役'),
      enterBoard(member, memberLink(board, 'a'), '青井'),
    ]);
    await closeDrafts(member);
    const hostAt = { x: 300, y: 200 };
    const memberAt = { x: 500, y: 260 };
    await pointAt(host, hostAt);
    await pointAt(member, memberAt);
    await visible(member, hostAt);
    await visible(host, memberAt);

    // The member hides others' cursors for themselves; the facilitator still sees the member's.
    await member.getByTestId('canvas').focus();
    await member.keyboard.press('Shift+C');
    await hidden(member, hostAt);
    expect(await member.getByTestId('cursors-toggle').getAttribute('aria-pressed')).toBe('true');
    await pointAt(member, { x: memberAt.x + 1, y: memberAt.y });
    await visible(host, memberAt);
    // Remembered in this browser: a reload keeps them hidden. Shown again from the toolbar.
    await member.reload();
    await member.getByTestId('canvas').waitFor();
    await expect
      .poll(() => member.getByTestId('cursors-toggle').getAttribute('aria-pressed'), POLL)
      .toBe('true');
    await member.getByTestId('cursors-toggle').click();
    await pointAt(host, { x: hostAt.x + 1, y: hostAt.y });
    await visible(member, hostAt);

    // The facilitator hides everyone's cursors: the member sees none and cannot show them.
    await host.getByTestId('hide-cursors').click();
    await hidden(member, hostAt);
    const toggle = member.getByTestId('cursors-toggle');
    await expect.poll(() => toggle.isDisabled(), POLL).toBe(true);
    expect(await toggle.getAttribute('aria-label')).toBe('ファシリテーターが全員のカーソルを隠しています');
    await pointAt(member, { x: memberAt.x, y: memberAt.y + 1 });
    await visible(host, memberAt);
    await host.getByTestId('hide-cursors').hover();
    await painted(host);
    await host.screenshot({ path: join(SCREENSHOTS, 'cursors-hidden-facilitator-ja.png') });
    // And shows them again.
    await host.getByTestId('hide-cursors').click();
    await pointAt(host, hostAt);
    await visible(member, hostAt);
    expect(await toggle.isDisabled()).toBe(false);
  });
});
