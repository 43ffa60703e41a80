// The property bar's popups on a phone (390x844, touch): the tag picker and the reactions open
// under buttons near the screen's right edge and must stay on the screen, and neither they nor
// the field they focus may scroll the board sideways (it shifted the toolbar and the zoom
// controls off the left edge, and stayed so after the picker closed).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey } from '@kyoso/shared';
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
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true };

/** How far the board area (and the page) is scrolled: never, whatever opens. */
const scrolled = (page: Page) =>
  page.evaluate<number[]>(`(() => {
    const area = document.querySelector('.board-area');
    return [area.scrollLeft, area.scrollTop, document.scrollingElement.scrollLeft];
  })()`);

/** Horizontal extent of an element on the page. */
async function across(page: Page, testId: string) {
  const box = (await page.getByTestId(testId).boundingBox())!;
  return { left: box.x, right: box.x + box.width };
}

describe('the property bar’s popups on a phone', () => {
  it('stay on the screen and never scroll the board sideways', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    addSticky(
      writer.doc,
      { x: 40, y: 40, text: '全国の物流網', company: 'a' as CompanyKey, kind: 'asset' },
      's',
    );
    const page = await newPage(e2e, 'ja-JP', PHONE);
    await enterBoard(page, memberLink(board, 'a'), '佐藤');
    await waitShapeCount(page, 1);
    writer.destroy();
    await closeDrafts(page);
    const [card] = await shapesOf(page);
    const at = await worldToPage(page, { x: card!.x + card!.w! / 2, y: card!.y + card!.h! * 0.75 });
    await page.touchscreen.tap(at.x, at.y);
    await page.getByTestId('property-bar').waitFor();
    const toolbarBefore = (await page.locator('.toolbar').boundingBox())!;

    // The tag picker opens with its field focused, under the bar's right end.
    await page.getByTestId('tags-open').tap();
    await page.getByTestId('tag-input').waitFor();
    await expect.poll(() => page.evaluate(`document.activeElement?.dataset.testid`)).toBe('tag-input');
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-tag-picker-ja.png') });
    const picker = await across(page, 'tag-picker');
    expect(picker.left).toBeGreaterThanOrEqual(0);
    expect(picker.right).toBeLessThanOrEqual(390);
    expect(await scrolled(page)).toEqual([0, 0, 0]);
    // Nothing can scroll the board area, not even a script while something runs past its edge.
    await page.evaluate(`(() => {
      const area = document.querySelector('.board-area');
      const wide = document.createElement('div');
      wide.id = 'too-wide';
      wide.style.cssText = 'position: absolute; left: 0; top: 0; width: 2000px; height: 10px';
      area.append(wide);
      area.scrollLeft = 40;
    })()`);
    expect(await scrolled(page)).toEqual([0, 0, 0]);
    await page.evaluate(`document.getElementById('too-wide').remove()`);

    // Closed, everything is where it was.
    await page.keyboard.press('Escape');
    await page.getByTestId('tag-picker').waitFor({ state: 'detached' });
    expect(await page.locator('.toolbar').boundingBox()).toEqual(toolbarBefore);
    expect((await page.getByTestId('zoom-out').boundingBox())!.x).toBeGreaterThanOrEqual(0);

    // The reactions, beside it, stay on the screen too.
    await page.getByTestId('reactions-open').tap();
    const reactions = await across(page, 'reaction-picker');
    expect(reactions.left).toBeGreaterThanOrEqual(0);
    expect(reactions.right).toBeLessThanOrEqual(390);
    expect(await scrolled(page)).toEqual([0, 0, 0]);
  });
});
