// Who did what, in real Chromium pages: a member makes a card, the facilitator edits it, and the
// member sees who made and who last changed it when resting the pointer on it, and in the activity
// panel (newest first, filtered by person, each entry able to bring its card into view).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
  viewportOf,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 30 };

async function centreOf(page: Page, id: string) {
  const shape = (await shapesOf(page)).find((s) => s.id === id);
  if (!shape || shape.w === null || shape.h === null) throw new Error(`no card ${id}`);
  return worldToPage(page, { x: shape.x + shape.w / 2, y: shape.y + shape.h / 2 });
}

/** Double-clicks a point of the canvas, types `text` into the editor that opens, and leaves it. */
async function typeAt(page: Page, at: { x: number; y: number }, text: string) {
  await page.mouse.dblclick(at.x, at.y);
  const editor = page.getByTestId('text-editor');
  await editor.waitFor();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
}

describe('who did what', () => {
  it('shows on hover and in the activity panel who made a card and who changed it last', async () => {
    const board = await createBoard(e2e.server.url);
    const [member, host] = await Promise.all([newPage(e2e), newPage(e2e)]);
    await Promise.all([
      enterBoard(member, memberLink(board, 'a'), '青井 葵'),
      enterBoard(host, board.links.facilitator, '進行役 佐藤'),
    ]);
    await closeDrafts(member);

    // The member makes a card; the facilitator adds to its text.
    await typeAt(member, await worldToPage(member, { x: 200, y: 200 }), '全国の物流網');
    const [card] = await shapesOf(member);
    expect(card).toMatchObject({ type: 'sticky', text: '全国の物流網', company: 'a' });
    await expect.poll(async () => (await shapesOf(host)).some((s) => s.id === card!.id), POLL).toBe(true);
    await typeAt(host, await centreOf(host, card!.id), '（冷凍も）');
    await expect
      .poll(async () => (await shapesOf(member)).find((s) => s.id === card!.id)?.text, POLL)
      .toBe('全国の物流網（冷凍も）');

    // Resting the pointer on the card: who made it and who changed it last.
    const tooltip = member.getByTestId('attribution-tooltip');
    const centre = await centreOf(member, card!.id);
    await expect
      .poll(async () => {
        // Move a little each time: the tooltip shows once the pointer rests, and follows the record.
        await member.mouse.move(centre.x + 1, centre.y, { steps: 2 });
        await member.mouse.move(centre.x, centre.y);
        await tooltip.waitFor({ timeout: 2000 }).catch(() => undefined);
        return (await tooltip.count()) > 0 ? tooltip.innerText() : '';
      }, POLL)
      .toMatch(
        /作成: 青井 葵（[^）]+）・\d{2}:\d{2}\n+最終変更: 進行役 佐藤（ファシリテーター）・\d{2}:\d{2}/,
      );
    await painted(member);
    await member.screenshot({ path: join(SCREENSHOTS, 'attribution-tooltip-ja.png') });
    await member.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });

    // The activity panel, newest first.
    await member.getByTestId('canvas').focus();
    await member.keyboard.press('Shift+W');
    const panel = member.getByTestId('activity-panel');
    await panel.waitFor();
    const entries = panel.getByTestId('activity-entry');
    await expect.poll(() => entries.count(), POLL).toBe(2);
    const texts = await entries.allInnerTexts();
    expect(texts[0]).toContain('進行役 佐藤');
    // What the facilitator changed on the company's card: what it said before.
    expect(texts[0]).toContain('「全国の物流網（冷凍も）」を編集（変更前:「全国の物流網」）');
    expect(texts[1]).toContain('青井 葵');
    // Each entry names the card as it was then: created as 全国の物流網.
    expect(texts[1]).toContain('「全国の物流網」を作成');
    await painted(member);
    await panel.screenshot({ path: join(SCREENSHOTS, 'activity-panel-ja.png') });

    // Filtered by person, then by company.
    await panel.getByTestId('activity-filter-person').selectOption({ label: '青井 葵（株式会社あさひ）' });
    await expect.poll(() => entries.count(), POLL).toBe(1);
    expect(await entries.first().getAttribute('data-kind')).toBe('created');
    // Choosing a company narrows the people offered, and lets go of a person of another company.
    await panel.getByTestId('activity-filter-company').selectOption({ value: 'none' });
    await expect.poll(() => entries.count(), POLL).toBe(1);
    expect(await entries.first().getAttribute('data-kind')).toBe('edited');
    const people = panel.getByTestId('activity-filter-person').locator('option');
    expect(await people.allInnerTexts()).toEqual(['すべて', '進行役 佐藤（ファシリテーター）']);
    expect(await panel.getByTestId('activity-filter-person').inputValue()).toBe('');

    // "Show on board" brings the card into view, wherever the view was.
    await member.mouse.move(600, 400);
    await member.mouse.wheel(0, 4000);
    const away = await viewportOf(member);
    await entries.first().getByTestId('activity-show').click();
    await expect.poll(async () => (await viewportOf(member)).y, POLL).not.toBe(away.y);
    const view = await viewportOf(member);
    expect(view.y).toBeLessThan(card!.y + 1);
  });
});
