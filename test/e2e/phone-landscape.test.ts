// A member's phone held sideways (844x390, touch), with the workshop's first step on: every tool
// can be reached (the toolbar scrolls within the board's height), the drafts panel shows its list
// and takes a new draft, no control lies over another (the zoom controls over the connector tool,
// the step card over the drafts launcher), and the launchers leave the board its height.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type TestShape } from '@kyoso/shared';
import { createBoard } from '../support/server.js';
import { enterBoard, memberLink, newPage, painted, SCREENSHOTS, useE2E } from './support/browser.js';

const e2e = useE2E();
const PORTRAIT = { viewport: { width: 390, height: 844 }, hasTouch: true };
const LANDSCAPE = { width: 844, height: 390 };
const POLL = { timeout: 10_000, interval: 30 };

const draftsOf = (page: Page) => page.evaluate<TestShape[]>('window.kyoso ? window.kyoso.drafts() : []');

/**
 * Whether a control can be tapped: brought into view (only a box that scrolls, such as the
 * toolbar, can move it), its centre is on the screen and nothing lies over it there.
 */
async function inReach(page: Page, selector: string): Promise<string[]> {
  const out: string[] = [];
  const controls = page.locator(selector);
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    await control.scrollIntoViewIfNeeded();
    const reached = await control.evaluate((node) => {
      const el = node as unknown as {
        getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
        contains(other: unknown): boolean;
        ownerDocument: { elementFromPoint(x: number, y: number): unknown };
      };
      const box = el.getBoundingClientRect();
      const x = (box.left + box.right) / 2;
      const y = (box.top + box.bottom) / 2;
      return y < 390 && x < 844 && el.contains(el.ownerDocument.elementFromPoint(x, y));
    });
    if (!reached) out.push((await control.getAttribute('data-testid')) ?? `${selector} #${i}`);
  }
  return out;
}

/** Pairs of the board's controls (toolbar, zoom, launchers, step card, panels) whose boxes overlap. */
const overlapping = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const selector = '.toolbar, .zoom-controls, .launcher-dock > button, .corner-launcher, .phase-bar, .panel-slot > *, .property-bar';
    const boxes = [...document.querySelectorAll(selector)]
      .map((el) => ({ name: el.getAttribute('data-testid') || el.className.split(' ')[0], box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const out = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box;
        const b = boxes[j].box;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          out.push(boxes[i].name + ' × ' + boxes[j].name);
      }
    return out;
  })()`);

/** How many rows the launchers wrap into. */
const launcherRows = (page: Page) =>
  page.evaluate<number>(
    `new Set([...document.querySelectorAll('[data-testid="launcher-dock"] > button')]
      .map((b) => b.getBoundingClientRect()).filter((box) => box.width > 0).map((box) => Math.round(box.top))).size`,
  );

describe('a phone held sideways', () => {
  it('keeps every tool in reach, the drafts writable and no control over another', async () => {
    const board = await createBoard(e2e.server.url);
    const facilitator = await newPage(e2e, 'ja-JP');
    const page = await newPage(e2e, 'ja-JP', PORTRAIT);
    await Promise.all([
      enterBoard(facilitator, board.links.facilitator, '進行役'),
      enterBoard(page, memberLink(board, 'b'), '佐藤'),
    ]);
    await page.getByTestId('drafts-panel').waitFor();
    await page.setViewportSize(LANDSCAPE);
    await facilitator.getByTestId('phase-start').click();
    await page.locator('.phase-bar').waitFor();

    // The drafts panel shows its sections (its list was 16 px tall, under a header and a footer);
    // a member adds a draft and writes it.
    const list = page.locator('.drafting-panel__body');
    await expect.poll(async () => (await list.boundingBox())?.height, POLL).toBeGreaterThanOrEqual(150);
    await expect.poll(() => page.getByTestId('draft-add-asset').isVisible(), POLL).toBe(true);
    await expect.poll(() => inReach(page, '[data-testid^="draft-add-"]'), POLL).toEqual([]);
    await page.getByTestId('draft-add-asset').tap();
    await expect.poll(async () => (await draftsOf(page)).length, POLL).toBe(1);
    await page.keyboard.type('全国の物流網');
    await expect.poll(async () => (await draftsOf(page))[0]?.text, POLL).toBe('全国の物流網');
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-landscape-drafts-ja.png') });
    expect(await overlapping(page)).toEqual([]);
    expect(await inReach(page, '[data-testid="launcher-dock"] > button')).toEqual([]);

    // Drafts closed: the step card stands clear of the drafts launcher, the launchers take at
    // most two rows, and every tool and zoom control can be tapped.
    await page.keyboard.press('Escape');
    await page.getByTestId('drafts-close').tap();
    await page.getByTestId('drafts-open').waitFor();
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-landscape-ja.png') });
    expect(await overlapping(page)).toEqual([]);
    expect(await launcherRows(page)).toBeLessThanOrEqual(2);
    expect(await inReach(page, '.toolbar button')).toEqual([]);
    expect(await inReach(page, '.zoom-controls button')).toEqual([]);
    expect(
      await inReach(page, '[data-testid="launcher-dock"] > button, [data-testid="drafts-open"]'),
    ).toEqual([]);
    // The tools at the toolbar's end work from where they scrolled to.
    await page.getByTestId('help').tap();
    await page.locator('.help-panel').waitFor();
    // On a touch screen the help starts with what fingers do, and says so in its title.
    expect(await page.locator('#help-title').textContent()).toBe('タッチ操作とショートカット');
    expect(await page.locator('.help-panel__section h3').first().textContent()).toBe('タッチ操作');
    expect(await page.locator('.help-panel__section').first().locator('dd').allTextContents()).toContain(
      'ダブルタップ',
    );
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-landscape-help-ja.png') });
  });
});
