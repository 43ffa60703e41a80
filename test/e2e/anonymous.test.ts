// An anonymous diverge phase in real Chromium: the facilitator starts it from the dock, every page
// says so, a card made meanwhile says on hover that nobody in particular wrote it (the server sent
// no name), other people's cursors carry no name tag; once the facilitator ends it, the card names
// its author again, and an activity panel left open names them too, without a reload.
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
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 15_000, interval: 50 };

/** What the hover tooltip says about the only card, or '' while it shows none. */
async function tooltipText(page: Page): Promise<string> {
  const [card] = await shapesOf(page);
  if (!card || card.w === null || card.h === null) return '';
  const centre = await worldToPage(page, { x: card.x + card.w / 2, y: card.y + card.h / 2 });
  await page.mouse.move(centre.x + 1, centre.y, { steps: 2 });
  await page.mouse.move(centre.x, centre.y);
  const tooltip = page.getByTestId('attribution-tooltip');
  await tooltip.waitFor({ timeout: 1500 }).catch(() => undefined);
  return (await tooltip.count()) > 0 ? tooltip.innerText() : '';
}

describe('an anonymous diverge phase', () => {
  it('shows no names until the facilitator ends it, then names the author again', async () => {
    const board = await createBoard(e2e.server.url);
    const [member, other, host] = await Promise.all([newPage(e2e), newPage(e2e, 'en-US'), newPage(e2e)]);
    await Promise.all([
      enterBoard(member, memberLink(board, 'a'), '青井 葵'),
      enterBoard(other, memberLink(board, 'b'), 'Blake'),
      enterBoard(host, board.links.facilitator, '進行役 佐藤'),
    ]);
    await closeDrafts(member);
    await closeDrafts(other);

    await host.getByTestId('anonymous-phase').click();
    await member.getByTestId('anonymous-banner').waitFor();
    await other.getByTestId('anonymous-banner').waitFor();

    // 青井 writes a card; on Blake's page nothing says who.
    const at = await worldToPage(member, { x: 200, y: 200 });
    await member.mouse.dblclick(at.x, at.y);
    await member.getByTestId('text-editor').waitFor();
    await member.keyboard.insertText('匿名のアイデア');
    await member.keyboard.press('Escape');
    await expect.poll(async () => (await shapesOf(other)).length, POLL).toBe(1);
    expect(await tooltipText(other)).toBe('');
    await member.mouse.move(at.x + 260, at.y + 40, { steps: 3 });
    // The facilitator's cursor keeps its name (the screenshot shows both).
    await host.mouse.move(at.x + 420, at.y + 160, { steps: 3 });
    await painted(other);
    await other.screenshot({ path: join(SCREENSHOTS, 'anonymous-phase-en.png') });

    // The facilitator ends it: the card names its author again.
    await host.getByTestId('anonymous-phase').click();
    await other.getByTestId('anonymous-banner').waitFor({ state: 'detached' });
    await expect.poll(() => tooltipText(other), POLL).toContain('青井 葵');
  });

  it('is undone from its notice, for everyone, when it was started by a slip', async () => {
    const board = await createBoard(e2e.server.url);
    const [member, host] = await Promise.all([newPage(e2e), newPage(e2e)]);
    await Promise.all([
      enterBoard(member, memberLink(board, 'a'), '青井 葵'),
      enterBoard(host, board.links.facilitator, '進行役 佐藤'),
    ]);
    await host.getByTestId('anonymous-phase').click();
    await member.getByTestId('anonymous-banner').waitFor();
    const undo = host.getByTestId('facilitation-notice-action');
    expect(await undo.innerText()).toBe('元に戻す');
    await undo.click();
    await member.getByTestId('anonymous-banner').waitFor({ state: 'detached' });
    await expect
      .poll(() => host.getByTestId('anonymous-phase').getAttribute('aria-pressed'), POLL)
      .toBe('false');
    // Ending it offers no undo: the names are already back on every page.
    await host.getByTestId('anonymous-phase').click();
    await member.getByTestId('anonymous-banner').waitFor();
    await host.getByTestId('anonymous-phase').click();
    await member.getByTestId('anonymous-banner').waitFor({ state: 'detached' });
    await expect
      .poll(() => host.getByTestId('facilitation-notice').innerText(), POLL)
      .toContain('終えました');
    expect(await host.getByTestId('facilitation-notice-action').count()).toBe(0);
  });

  it('names the authors in an activity panel left open when the facilitator ends it', async () => {
    const board = await createBoard(e2e.server.url);
    const [member, host] = await Promise.all([newPage(e2e), newPage(e2e, 'en-US')]);
    await Promise.all([
      enterBoard(member, memberLink(board, 'a'), '青井 葵'),
      enterBoard(host, board.links.facilitator, 'Sato (host)'),
    ]);
    await closeDrafts(member);
    await host.getByTestId('anonymous-phase').click();
    await member.getByTestId('anonymous-banner').waitFor();

    // Both open the panel before anything is written, and keep it open.
    const panels = [member, host].map((page) => page.getByTestId('activity-panel'));
    for (const page of [member, host]) {
      await page.getByTestId('canvas').focus();
      await page.keyboard.press('Shift+W');
    }
    await Promise.all(panels.map((panel) => panel.waitFor()));

    const at = await worldToPage(member, { x: 200, y: 200 });
    await member.mouse.dblclick(at.x, at.y);
    await member.getByTestId('text-editor').waitFor();
    await member.keyboard.insertText('匿名のアイデア');
    await member.keyboard.press('Escape');
    // During the phase the entry names only the company's member link.
    const firstEntry = (panel: (typeof panels)[number]) => panel.getByTestId('activity-entry').first();
    for (const panel of panels)
      await expect.poll(() => firstEntry(panel).getAttribute('data-person'), POLL).toBe('link:member:a');
    for (const panel of panels) expect(await firstEntry(panel).innerText()).not.toContain('青井 葵');

    // The facilitator ends it: the open panels name the author, and the person filter offers them.
    await host.getByTestId('anonymous-phase').click();
    for (const panel of panels)
      await expect.poll(() => firstEntry(panel).innerText(), POLL).toContain('青井 葵');
    await expect
      .poll(() => panels[1]!.getByTestId('activity-filter-person').innerText(), POLL)
      .toContain('青井 葵');
    await painted(host);
    await panels[1]!.screenshot({ path: join(SCREENSHOTS, 'anonymous-ended-activity-en.png') });
  });
});
