// The workshop panels' code loads after the board first paints. A panel's shortcut pressed
// meanwhile opens the panel once it arrives. If it cannot be loaded (the network dropped it), the
// board stays on screen and a notice says so, with a way to reload.
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/server.js';
import { memberLink, newPage, useE2E } from './support/browser.js';

const e2e = useE2E();

describe('the panels failing to load', () => {
  it('leave the board on screen and say so', async () => {
    const board = await createBoard(e2e.server.url);
    const page = await newPage(e2e, 'ja-JP');
    let refused = 0;
    await page.route(/\/assets\/WorkshopPanels-[^/]+\.js$/, (route) => {
      refused++;
      return route.abort('connectionreset');
    });
    // As enterBoard does, but for the panels.
    await page.goto(memberLink(board, 'a'));
    await page.getByTestId('name-input').fill('青木');
    await page.getByTestId('name-submit').click();
    await page.getByTestId('canvas').waitFor();
    const notice = page.getByTestId('panels-failed');
    await expect.poll(() => notice.isVisible(), { timeout: 15_000, interval: 100 }).toBe(true);
    expect(await notice.textContent()).toContain('パネル');
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('canvas').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'ページを再読み込み' }).isVisible()).toBe(true);
  });
});

describe('a panel shortcut pressed while the panels load', () => {
  it('opens its panel once they arrive', async () => {
    const board = await createBoard(e2e.server.url);
    const page = await newPage(e2e, 'ja-JP');
    let asked = false;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/WorkshopPanels-[^/]+\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(memberLink(board, 'a'));
    await page.getByTestId('name-input').fill('青木');
    await page.getByTestId('name-submit').click();
    await page.getByTestId('canvas').waitFor();
    await expect.poll(() => asked, { timeout: 15_000, interval: 50 }).toBe(true);
    expect(await page.getByTestId('launcher-dock').count()).toBe(0);
    await page.keyboard.press('Shift+P');
    release();
    await page.getByTestId('plan-view').waitFor({ timeout: 15_000 });
  });
});
