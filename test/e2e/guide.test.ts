// The first-visit guide in real Chromium: a member's first visit walks through the member's steps
// (Japanese), skipping keeps it away after a reload, the shortcut list brings it back; the
// facilitator's and the observer's guides say what their roles do (English).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/server.js';
import {
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  useE2E,
  VIEWPORT,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 50 };

const guideTitle = (page: Page) => page.getByTestId('guide').locator('h2').textContent();
const firstVisit = (locale: 'ja-JP' | 'en-US') => newPage(e2e, locale, { viewport: VIEWPORT }, 'first');

describe('the first-visit guide', () => {
  it('walks a member through their steps once, and comes back from the shortcut list', async () => {
    const board = await createBoard(e2e.server.url);
    const page = await firstVisit('ja-JP');
    await enterBoard(page, memberLink(board, 'a'), '青井');
    await page.getByTestId('guide').waitFor();
    expect(await guideTitle(page)).toBe('ここは参加企業が一緒に使う共有ボードです');
    expect(await page.getByTestId('guide').getAttribute('data-step')).toBe('1');
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'guide-member-ja.png') });

    await page.getByTestId('guide-next').click();
    await expect.poll(() => guideTitle(page), POLL).toBe('まずは下書きで考えを出す');
    await page.getByTestId('guide-back').click();
    await expect.poll(() => guideTitle(page), POLL).toBe('ここは参加企業が一緒に使う共有ボードです');
    // The board stays usable around it: a double-click makes a card.
    await page.getByTestId('drafts-close').click();
    await page.mouse.dblclick(700, 300);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.press('Escape');

    // Closed with its ×, named for what it does (not a second "skip"), it stays away, also after a reload.
    expect(await page.getByTestId('guide-skip').getAttribute('aria-label')).toBe('ガイドを閉じる');
    await page.getByTestId('guide-skip').click();
    await page.getByTestId('guide').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('canvas').waitFor();
    await page.getByTestId('help').waitFor();
    expect(await page.getByTestId('guide').count()).toBe(0);

    // The shortcut list brings it back, from the first step; the last step's button finishes it.
    await page.getByTestId('help').click();
    await page.getByTestId('guide-reopen').click();
    await page.getByTestId('guide').waitFor();
    expect(await page.getByTestId('guide').getAttribute('data-step')).toBe('1');
    for (let step = 1; step < 4; step++) await page.getByTestId('guide-next').click();
    expect(await page.getByTestId('guide-next').textContent()).toBe('はじめる');
    await page.getByTestId('guide-next').click();
    await page.getByTestId('guide').waitFor({ state: 'detached' });
  });

  it('tells the facilitator and an observer what their roles do', async () => {
    const board = await createBoard(e2e.server.url);
    const [host, observer] = await Promise.all([firstVisit('en-US'), firstVisit('en-US')]);
    await Promise.all([
      enterBoard(host, board.links.facilitator, 'Facilitator'),
      enterBoard(observer, board.links.observer, 'Observer'),
    ]);
    await host.getByTestId('guide').waitFor();
    expect(await guideTitle(host)).toBe('Run the workshop from here');
    expect(await host.getByTestId('guide').textContent()).toContain('1 of 4');
    // Each step rings what it speaks of: the bar at the top, then the dock at the bottom.
    const ringed = () =>
      host.evaluate<string[]>(
        `[...document.querySelectorAll('[data-guide-target]')].map((el) => el.getAttribute('data-testid'))`,
      );
    await expect.poll(ringed).toEqual(['phase-bar']);
    await host.getByTestId('guide-next').click();
    await expect.poll(ringed).toEqual(['facilitator-dock']);
    await painted(host);
    await host.screenshot({ path: join(SCREENSHOTS, 'guide-facilitator-dock-en.png') });
    await host.getByTestId('guide').press('Escape');
    await expect.poll(ringed).toEqual([]);
    await observer.getByTestId('guide').waitFor();
    expect(await guideTitle(observer)).toBe('You are here as an observer');
    expect(await observer.getByTestId('guide').textContent()).toContain('1 of 3');
    // Escape closes it too.
    await observer.getByTestId('guide').press('Escape');
    await observer.getByTestId('guide').waitFor({ state: 'detached' });
  });
});
