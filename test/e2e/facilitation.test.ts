// Facilitation in real Chromium pages: a facilitator and members on one board. The agenda and
// the timer reach everyone (and survive a reload), a summon and "follow me" move members'
// cameras, a locked note stays put, and replacing the links cuts off the old ones.
import { join } from 'node:path';
import { addShape, DEFAULT_PHASE_TEXT } from '@kyoso/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectClient } from '../support/clients.js';
import { createBoard, type CreatedBoard } from '../support/server.js';
import {
  canvasBox,
  enterBoard,
  memberLink,
  newPage,
  SCREENSHOTS,
  shapesOf,
  viewportOf,
  waitConnected,
  worldToPage,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 10_000, interval: 50 };

/** A board with its facilitator and members of companies a (Japanese) and b (English). */
async function workshop(): Promise<{
  board: CreatedBoard;
  f: Page;
  a: Page;
  b: Page;
  done: () => Promise<void>;
}> {
  const board = await createBoard(e2e.server.url);
  const [f, a, b] = await Promise.all([newPage(e2e), newPage(e2e), newPage(e2e, 'en-US')]);
  await Promise.all([
    enterBoard(f, board.links.facilitator, 'Fumi'),
    enterBoard(a, memberLink(board, 'a'), 'Aoi'),
    enterBoard(b, memberLink(board, 'b'), 'Ben'),
  ]);
  return { board, f, a, b, done: () => closeAll(f, a, b) };
}

const closeAll = async (...pages: Page[]) => {
  await Promise.all(pages.map((page) => page.context().close()));
};

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

/** The timer's clock text in seconds (`m:ss` or `h:mm:ss`). */
async function timerSeconds(page: Page): Promise<number> {
  const parts = (await text(page, 'timer-display')).trim().split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** Pans the page's view with the mouse wheel over the canvas. */
async function pan(page: Page, dx: number, dy: number) {
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(dx, dy);
}

/** Waits until `page`'s camera shows what `leader`'s camera shows (same screen size). */
async function expectSameView(page: Page, leader: Page) {
  const target = await viewportOf(leader);
  await expect
    .poll(async () => {
      const view = await viewportOf(page);
      return Math.max(
        Math.abs(view.x - target.x),
        Math.abs(view.y - target.y),
        Math.abs(view.zoom - target.zoom) * 1000,
      );
    }, POLL)
    .toBeLessThan(1);
}

/** Waits until `page`'s camera is centred on the middle of `rect` (world). */
async function expectCentredOn(page: Page, rect: { x: number; y: number; w: number; h: number }) {
  const box = await canvasBox(page);
  await expect
    .poll(async () => {
      const view = await viewportOf(page);
      const centre = { x: view.x + box.width / 2 / view.zoom, y: view.y + box.height / 2 / view.zoom };
      return distance(centre, { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 });
    }, POLL)
    .toBeLessThan(1);
}

const distance = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.hypot(p.x - q.x, p.y - q.y);

describe('facilitation', () => {
  it('shows every member the current step and its instructions, in their language', async () => {
    const { f, a, b, done } = await workshop();
    // Members see nothing of the agenda before the workshop starts; the facilitator sees "Start".
    expect(await a.getByTestId('phase-bar').count()).toBe(0);
    await f.getByTestId('phase-start').click();

    await expect.poll(() => text(a, 'phase-name'), POLL).toBe(DEFAULT_PHASE_TEXT.checkIn.name.ja);
    expect(await text(a, 'phase-instructions')).toBe(DEFAULT_PHASE_TEXT.checkIn.instructions.ja);
    await expect.poll(() => text(b, 'phase-name'), POLL).toBe(DEFAULT_PHASE_TEXT.checkIn.name.en);
    expect(await text(b, 'phase-step')).toBe('1/8');

    await f.getByTestId('phase-next').click();
    await expect.poll(() => text(b, 'phase-name'), POLL).toBe(DEFAULT_PHASE_TEXT.drafting.name.en);
    expect(await text(b, 'phase-step')).toBe('2/8');
    await expect
      .poll(() => text(a, 'phase-instructions'), POLL)
      .toBe(DEFAULT_PHASE_TEXT.drafting.instructions.ja);
    // Members cannot move the agenda.
    expect(await a.getByTestId('phase-next').count()).toBe(0);

    // The facilitator renames the current step; members see the new name.
    await f.getByTestId('phase-choose').click();
    await f.getByTestId('agenda-edit').click();
    await f.getByTestId('agenda-name-2').fill('自社の棚卸し');
    await f.getByTestId('agenda-instructions-2').fill('強みと足りないものを書き出します。');
    await f.getByTestId('agenda-save').click();
    await f.getByTestId('agenda-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => text(b, 'phase-name'), POLL).toBe('自社の棚卸し');
    expect(await text(a, 'phase-instructions')).toBe('強みと足りないものを書き出します。');
    await done();
  });

  it('keeps “next step” under the facilitator’s pointer from one step to the next', async () => {
    const board = await createBoard(e2e.server.url);
    const f = await newPage(e2e, 'ja-JP', { viewport: { width: 1280, height: 720 } });
    await enterBoard(f, board.links.facilitator, '進行 山田');
    await f.getByTestId('phase-start').click();
    const next = f.getByTestId('phase-next');
    // Where the button stands at each step: the steps' names, instructions and panels (on the
    // left and on the right) differ.
    const xs: number[] = [];
    const panels = new Set<string>();
    for (let step = 1; step <= 8; step++) {
      await expect.poll(() => text(f, 'phase-step'), POLL).toBe(`${step}/8`);
      // Once the panels a step opens have come (they load lazily): the button has stopped moving.
      const place = () =>
        f.evaluate<{ x: number; slots: string }>(`({
          x: Math.round(document.querySelector('[data-testid="phase-next"]').getBoundingClientRect().x),
          slots: [...document.querySelectorAll('.panel-slot')].map((slot) => slot.children.length).join('/'),
        })`);
      let now = await place();
      await expect
        .poll(async () => {
          const before = now;
          now = await place();
          return now.x === before.x && now.slots === before.slots;
        }, POLL)
        .toBe(true);
      xs.push(now.x);
      panels.add(now.slots);
      if (step < 8) await next.click();
    }
    // Panels came and went on both sides, and a pointer resting on the button's middle stayed on it.
    expect(panels.size).toBeGreaterThan(1);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(16);
  });

  it('counts the timer down on members’ pages, through a reload, until time is up', async () => {
    const { f, a, b, done } = await workshop();
    // With no timer yet, a screen reader hears what the button does once.
    expect(await f.getByTestId('timer-open').getAttribute('aria-label')).toBe('タイマーを設定');
    await f.getByTestId('timer-open').click();
    await f.getByTestId('timer-preset-5').click();

    await a.getByTestId('timer-display').waitFor();
    const first = await timerSeconds(a);
    expect(first).toBeGreaterThan(280);
    expect(first).toBeLessThanOrEqual(300);
    await expect.poll(() => timerSeconds(a), POLL).toBeLessThan(first);

    await a.reload();
    await a.getByTestId('canvas').waitFor();
    await waitConnected(a);
    await a.getByTestId('timer-display').waitFor();
    const afterReload = await timerSeconds(a);
    const onFacilitator = await timerSeconds(f);
    expect(Math.abs(afterReload - onFacilitator)).toBeLessThanOrEqual(2);
    expect(afterReload).toBeLessThan(first);
    await expect.poll(() => timerSeconds(a), POLL).toBeLessThan(afterReload);

    // A short custom timer runs out: everyone sees "time's up".
    await f.getByTestId('timer-open').click();
    await f.getByTestId('timer-custom').fill('0:02');
    await f.getByTestId('timer-start').click();
    await expect.poll(() => b.getByTestId('timer').getAttribute('data-state'), POLL).toBe('done');
    expect(await b.getByTestId('timer').innerText()).toContain('Time’s up');
    // Every page reaches zero too (each page's estimate of the server clock differs by a little).
    await expect.poll(() => text(a, 'timer-display'), POLL).toBe('0:00');
    await done();
  });

  it('brings everyone to the facilitator’s view, and follow-me moves members until they stop', async () => {
    const { board, f, a, b, done } = await workshop();
    await pan(f, 900, 500);
    await f.keyboard.press('-');
    await expect.poll(async () => (await viewportOf(f)).zoom, POLL).toBeLessThan(1);
    const before = await viewportOf(a);
    await f.getByTestId('summon').click();
    await expectSameView(a, f);
    await expectSameView(b, f);
    expect(distance(await viewportOf(a), before)).toBeGreaterThan(100);
    // Each member is told why their view moved.
    await expect
      .poll(() => a.getByTestId('facilitation-notice').textContent(), POLL)
      .toBe('ファシリテーターが全員をこの場所に呼びました');

    // Follow me: members follow the facilitator as they move.
    await f.getByTestId('follow-me').click();
    await a.getByTestId('follow-banner').waitFor();
    await b.getByTestId('follow-banner').waitFor();
    await pan(f, -1500, 300);
    await expectSameView(a, f);
    await expectSameView(b, f);

    // Aoi steps out: no longer moved, while Ben still follows.
    await a.getByTestId('follow-stop').click();
    await a.getByTestId('follow-rejoin').waitFor();
    const aoiStays = await viewportOf(a);
    await pan(f, 0, -1200);
    await expectSameView(b, f);
    expect(await viewportOf(a)).toEqual(aoiStays);

    // Rejoining follows the facilitator again, also through the frame walk (in reading order).
    await a.getByTestId('follow-rejoin').click();
    await expectSameView(a, f);
    const frames = [
      { x: 2000, y: 0, w: 800, h: 600 },
      { x: 0, y: 40, w: 800, h: 600 },
    ];
    const client = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await client.synced;
    for (const frame of frames) addShape(client.doc, { type: 'frame', ...frame }, 'test');
    await expect.poll(() => text(f, 'frame-position'), POLL).toBe('2');
    await f.getByTestId('frame-next').click();
    await expectCentredOn(f, frames[1]!);
    await expectSameView(a, f);
    await f.keyboard.press('PageDown');
    await expectCentredOn(f, frames[0]!);
    expect(await text(f, 'frame-position')).toBe('2/2');
    await expectSameView(a, f);
    client.destroy();

    // When the facilitator stops, the banners go.
    await f.getByTestId('follow-me').click();
    await b.getByTestId('follow-banner').waitFor({ state: 'detached' });
    await done();
  });

  it('follows a person picked from the presence list until a manual pan', async () => {
    const { f, a, b, done } = await workshop();
    await b.getByTestId('presence-list').locator('[data-peer-name="Aoi"]').click();
    await b.getByTestId('peer-follow').click();
    await b.getByTestId('follow-banner').waitFor();
    await pan(a, 700, -400);
    await expectSameView(b, a);
    // A manual pan is taking over: following stops.
    await pan(b, 200, 0);
    await b.getByTestId('follow-banner').waitFor({ state: 'detached' });
    const own = await viewportOf(b);
    await pan(a, -600, 0);
    await expect.poll(async () => distance(await viewportOf(a), own), POLL).toBeGreaterThan(100);
    expect(await viewportOf(b)).toEqual(own);

    // Following again, Esc stops it too.
    await b.getByTestId('presence-list').locator('[data-peer-name="Aoi"]').click();
    await b.getByTestId('peer-follow').click();
    await expectSameView(b, a);
    await b.keyboard.press('Escape');
    await b.getByTestId('follow-banner').waitFor({ state: 'detached' });
    void f;
    await done();
  });

  it('keeps a locked note from being dragged by a member', async () => {
    const { f, a, b, done } = await workshop();
    // Aoi makes a note (right of the drafts panel) and can drag it while it is unlocked.
    const at = await worldToPage(a, { x: 700, y: 300 });
    await a.mouse.dblclick(at.x, at.y);
    await a.getByTestId('text-editor').waitFor();
    await a.keyboard.type('固定');
    await a.keyboard.press('Escape');
    await expect.poll(async () => (await shapesOf(f)).length, POLL).toBe(1);
    const note = (await shapesOf(a))[0]!;
    const centre = { x: note.x + note.w! / 2, y: note.y + note.h! / 2 };

    async function drag(page: Page, world: { x: number; y: number }, by: number) {
      const from = await worldToPage(page, world);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + by / 2, from.y, { steps: 4 });
      await page.mouse.move(from.x + by, from.y, { steps: 4 });
      await page.mouse.up();
    }
    await drag(a, centre, 120);
    await expect.poll(async () => (await shapesOf(f))[0]?.x, POLL).toBe(note.x + 120);
    const moved = (await shapesOf(a))[0]!;

    // The facilitator selects it and locks it (Ctrl+Shift+L).
    const onF = await worldToPage(f, { x: moved.x + moved.w! / 2, y: moved.y + moved.h! / 2 });
    await f.mouse.click(onF.x, onF.y);
    await f.getByTestId('lock-toggle').waitFor();
    await f.keyboard.press('Control+Shift+L');
    await expect.poll(() => f.getByTestId('lock-toggle').getAttribute('aria-pressed'), POLL).toBe('true');

    // Aoi's drag now leaves it where it is, and says why.
    const movedCentre = { x: moved.x + moved.w! / 2, y: moved.y + moved.h! / 2 };
    await expect
      .poll(async () => {
        const point = await worldToPage(a, movedCentre);
        await a.mouse.click(point.x, point.y);
        return a.getByTestId('lock-chip').count();
      }, POLL)
      .toBe(1);
    // Aoi's bar offers no colour, kind or delete for it (they would only be refused): it says it is locked.
    await a.getByTestId('property-bar-readonly').waitFor();
    expect(await a.locator('.property-bar .swatch-button').count()).toBe(0);
    await a.screenshot({ path: join(SCREENSHOTS, 'locked-note-member-bar.png') });
    await drag(a, movedCentre, 150);
    await a.getByTestId('facilitation-notice').waitFor();
    expect(await a.getByTestId('facilitation-notice').getAttribute('data-kind')).toBe('lock');
    await a.keyboard.press('Delete');
    for (const page of [a, b, f]) {
      const shapes = await shapesOf(page);
      expect(shapes).toHaveLength(1);
      expect(shapes[0]).toMatchObject({ x: moved.x, y: moved.y });
    }
    await done();
  });

  it('replaces the links: old pages are told, old links stop working, new ones work', async () => {
    const board = await createBoard(e2e.server.url);
    const [f, a] = await Promise.all([newPage(e2e), newPage(e2e)]);
    await Promise.all([
      enterBoard(f, board.links.facilitator, 'Fumi'),
      enterBoard(a, memberLink(board, 'a'), 'Aoi'),
    ]);
    await f.getByTestId('share-links').click();
    const member = f.getByTestId('links-member-a').locator('input');
    await expect.poll(() => member.inputValue(), POLL).toContain(`/b/${board.id}#token=`);
    const before = await member.inputValue();

    await f.getByTestId('links-rotate').click();
    await f.getByTestId('links-rotate-confirm').click();
    await f.getByTestId('links-rotated').waitFor();
    await expect.poll(() => member.inputValue(), POLL).not.toBe(before);
    const newLink = await member.inputValue();
    // The facilitator's page moved to the new facilitator link and is live again.
    await expect
      .poll(() => f.evaluate<string>('location.hash'), POLL)
      .not.toBe(new URL(board.links.facilitator).hash);
    await waitConnected(f);

    // The member who was on the board is told why they were disconnected.
    await a.getByText('新しいリンクに置き換えられました', { exact: false }).first().waitFor();

    // The old link no longer opens the board; the new one does.
    const [old, fresh] = await Promise.all([newPage(e2e), newPage(e2e)]);
    await old.goto(memberLink(board, 'a'));
    await old.getByTestId('name-input').fill('Old');
    await old.getByTestId('name-submit').click();
    await old.getByText('新しいリンクに置き換えられました', { exact: false }).first().waitFor();
    await enterBoard(fresh, newLink, 'Aoi');
    await closeAll(f, a, old, fresh);
  });
});
