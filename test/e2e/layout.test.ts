// The facilitator's screen at 1280x720, the smallest laptop a workshop runs on, with the panels a
// step opens: no panel covers more than a third of the board, nothing runs off the screen, and no
// label is cut off or broken over two lines, in Japanese and English.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { seedSynergyPoint } from '../support/synergy.js';
import {
  canvasBox,
  enterBoard,
  newPage,
  painted,
  SCREENSHOTS,
  useE2E,
  waitShapeCount,
} from './support/browser.js';

const e2e = useE2E();
const LAPTOP = { viewport: { width: 1280, height: 720 } };

/** Labels cut off (text wider than its box while clipped) and boxes past the screen's edges. */
const problems = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const out = [];
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const name = el.tagName.toLowerCase() + '.' + String(el.className) + ' "' + (el.textContent || '').trim().slice(0, 24) + '"';
      if (box.left < -1 || box.right > width + 1 || box.top < -1 || box.bottom > height + 1) out.push('off screen: ' + name);
      const style = getComputedStyle(el);
      const isLabel = el.matches('button, label, select, h2, h3, .panel-launcher, .agree-control__status');
      if (isLabel && el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible' && style.textOverflow !== 'ellipsis')
        out.push('cut off: ' + name);
      // A short label broken over two lines: its box is too narrow for its words.
      const text = (el.textContent || '').trim();
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
      const content = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      if (el.children.length === 0 && text.length > 0 && text.length <= 16 && content >= 1.8 * line)
        out.push('wrapped: ' + name);
    }
    return out;
  })()`);

/** The share of the canvas the open panels cover (both sides of the panel dock, chips included). */
async function panelsShare(page: Page): Promise<number> {
  const canvas = await canvasBox(page);
  const areas = await page.locator('.panel-slot > *').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = (
        node as unknown as { getBoundingClientRect(): { width: number; height: number } }
      ).getBoundingClientRect();
      return box.width * box.height;
    }),
  );
  return areas.reduce((sum, area) => sum + area, 0) / (canvas.width * canvas.height);
}

describe('the facilitator’s screen at 1280x720', () => {
  for (const locale of ['ja-JP', 'en-US'] as const)
    it(`keeps panels to a third of the board and every label whole (${locale})`, async () => {
      const board = await createBoard(e2e.server.url);
      const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
      await writer.synced;
      seedSynergyPoint(writer.doc, { asset: '全国の物流網', gap: '地方の販路', title: '共同配送' });
      const page = await newPage(e2e, locale, LAPTOP);
      await enterBoard(page, board.links.facilitator, '進行 山田');
      await waitShapeCount(page, 5);
      writer.destroy();

      // The vote step's panel and the synergy list, as a facilitator has them open together.
      await page.getByTestId('phase-start').click();
      await page.getByTestId('voting-panel-toggle').click();
      await page.keyboard.press('Shift+Y');
      await page.getByTestId('synergy-panel').waitFor();
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, `laptop-panels-${locale}.png`) });
      expect(await panelsShare(page)).toBeLessThanOrEqual(1 / 3);
      expect(await problems(page)).toEqual([]);
    });
});
