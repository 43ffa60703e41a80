// Read-only observers, and edits made while the server is unreachable, in real Chromium pages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/server.js';
import {
  interruptibleServer,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  roleOf,
  shapesOf,
  waitConnected,
  waitStatus,
  worldToPage,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 15_000, interval: 30 };

async function makeNote(page: Page, world: { x: number; y: number }, text: string) {
  const at = await worldToPage(page, world);
  await page.mouse.dblclick(at.x, at.y);
  const editor = page.getByTestId('text-editor');
  await editor.waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
}

describe('joining', () => {
  it('says which board and which role a link opens before asking for a name', async () => {
    const board = await createBoard(e2e.server.url);
    const [member, observer] = await Promise.all([newPage(e2e), newPage(e2e, 'en-US')]);
    await member.goto(memberLink(board, 'a'));
    const joining = member.getByTestId('name-joining');
    await expect.poll(() => joining.innerText(), POLL).toContain('提携ワークショップ 2026');
    expect(await joining.innerText()).toContain('メンバー・株式会社あさひ');
    await observer.goto(board.links.observer);
    await expect.poll(() => observer.getByTestId('name-joining').innerText(), POLL).toContain('Observer');
  });
});

describe('observers', () => {
  it('cannot create anything', async () => {
    const board = await createBoard(e2e.server.url);
    const [member, observer] = await Promise.all([newPage(e2e), newPage(e2e, 'en-US')]);
    await Promise.all([
      enterBoard(member, memberLink(board, 'a'), 'Aoi'),
      enterBoard(observer, board.links.observer, 'Olivia'),
    ]);
    expect(await roleOf(observer)).toBe('observer');
    await observer.getByTestId('read-only-notice').waitFor();
    expect(await observer.getByTestId('tool-sticky').count()).toBe(0);
    expect(await observer.getByTestId('tool-connector').count()).toBe(0);

    // A double-click on empty canvas, and the sticky tool's key then a click, make nothing.
    const at = await worldToPage(observer, { x: 150, y: 150 });
    await observer.mouse.dblclick(at.x, at.y);
    await observer.getByTestId('canvas').focus();
    await observer.keyboard.press('n');
    await observer.mouse.click(at.x + 300, at.y);
    expect(await observer.getByTestId('text-editor').count()).toBe(0);

    // A member's later edit arrives on both pages; it is the only shape anywhere.
    // Enter adds a line; the blank line left at the end is dropped when the editor closes.
    await makeNote(member, { x: 600, y: 300 }, 'marker\n');
    await expect.poll(() => shapesOf(observer), POLL).toMatchObject([{ type: 'sticky', text: 'marker' }]);
    expect(await shapesOf(member)).toMatchObject([{ type: 'sticky', text: 'marker' }]);
    expect(await shapesOf(member)).toHaveLength(1);

    // The panels tell an observer what they can do here, not how to make or write things.
    await observer.getByTestId('synergy-open').click();
    await expect
      .poll(() => observer.locator('.synergy-panel__intro').innerText(), POLL)
      .toBe('The synergy points the companies work towards agreeing. Click a row to show it on the board.');
    await observer.getByTestId('comments-open').click();
    await expect
      .poll(
        () => observer.getByTestId('comments-panel').locator('.side-panel__intro').first().innerText(),
        POLL,
      )
      .toBe('A thread per card. As an observer you can read them.');
  });
});

describe('offline edits', () => {
  // Going down and coming back runs through the client's reconnect backoff: time for both.
  it('reach the other page when the server is back', { timeout: 90_000 }, async () => {
    const server = await interruptibleServer();
    try {
      const board = await createBoard(server.url);
      const [a, b] = await Promise.all([newPage(e2e), newPage(e2e)]);
      await Promise.all([
        enterBoard(a, memberLink(board, 'a'), 'Aoi'),
        enterBoard(b, memberLink(board, 'b'), 'Ben'),
      ]);
      await closeDrafts(a);
      await server.stop();
      await waitStatus(a, 'offline', 15_000);

      await makeNote(a, { x: 200, y: 200 }, 'オフラインで書いた');
      expect(await shapesOf(a)).toMatchObject([{ type: 'sticky', text: 'オフラインで書いた' }]);
      expect(await shapesOf(b)).toEqual([]);

      await server.restart();
      await Promise.all([waitConnected(a, 15_000), waitConnected(b, 15_000)]);
      await expect
        .poll(() => shapesOf(b), POLL)
        .toMatchObject([{ type: 'sticky', text: 'オフラインで書いた' }]);
      expect(await shapesOf(b)).toEqual(await shapesOf(a));
    } finally {
      await server.dispose();
    }
  });
});
