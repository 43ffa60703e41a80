// The panel dock at 1280x720: one panel per side (opening one closes the other there), folding,
// the agenda bar clear of every panel, two full panels within a third of the board, and "show on
// board" framing the cards in the part the panels leave free. On tablets: the agenda clear of the
// voting chip and whole between two panels, a panel sheet below the selection's bar, and a card
// tapped just below that sheet kept in sight when the bar pushes the sheet down.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, createSynergy, setPhase, updateSynergy, type CompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { call, joinAs } from '../workshop/support.js';
import {
  canvasBox,
  cardStatus,
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
const LAPTOP = { viewport: { width: 1280, height: 720 } };
const UPRIGHT_TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true };
const POLL = { timeout: 10_000, interval: 50 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of what stands in the dock's slots (panels and the voting chip), by test id or class. */
const slotted = (page: Page) =>
  page.locator('.panel-slot > *').evaluateAll((nodes) =>
    nodes.map((node) => {
      const el = node as unknown as {
        className: string;
        getBoundingClientRect(): { x: number; y: number; width: number; height: number };
      };
      const { x, y, width, height } = el.getBoundingClientRect();
      return { name: String(el.className).split(' ')[0] ?? '', x, y, width, height };
    }),
  );

const boxesOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((nodes) =>
    nodes.map((node) => {
      const { x, y, width, height } = (
        node as unknown as { getBoundingClientRect(): Box }
      ).getBoundingClientRect();
      return { x, y, width, height };
    }),
  );

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A board whose activity and synergy lists are long enough to fill their panels. */
async function busyBoard() {
  const board = await createBoard(e2e.server.url);
  const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
  await writer.synced;
  for (let i = 0; i < 8; i += 1) {
    const asset = addSticky(
      writer.doc,
      { x: 0, y: i * 260, text: `強み ${i}`, company: 'a' as CompanyKey, kind: 'asset' },
      's',
    );
    const gap = addSticky(
      writer.doc,
      { x: 900, y: i * 260, text: `課題 ${i}`, company: 'b' as CompanyKey, kind: 'gap' },
      's',
    );
    createSynergy(writer.doc, { title: `連携案 ${i}`, from: [asset], to: [gap] }, 's');
  }
  return { board, writer };
}

/** A member's page on an upright tablet (touch) with the agreements panel open as a sheet. */
async function tabletWithAgreements(): Promise<Page> {
  const { board, writer } = await busyBoard();
  const page = await newPage(e2e, 'ja-JP', UPRIGHT_TABLET);
  await enterBoard(page, memberLink(board, 'a'), 'Aoi');
  await waitShapeCount(page, 40);
  writer.destroy();
  await page.getByTestId('drafts-close').click();
  await page.getByTestId('agreements-open').click();
  await page.getByTestId('agreements-panel').waitFor();
  return page;
}

describe('the panel dock at 1280x720', () => {
  it('holds one panel per side, folds, keeps the agenda clear and two panels to a third', async () => {
    const { board, writer } = await busyBoard();
    const page = await newPage(e2e, 'ja-JP', LAPTOP);
    await enterBoard(page, board.links.facilitator, '進行 山田');
    await waitShapeCount(page, 40);
    writer.destroy();

    // The facilitator's six launchers take one row, clear of the facilitator's dock: above it up
    // to a wide screen, beside it on one, with icons and counts only where their names do not fit
    // (a 1280px laptop: three uneven rows of them covered the board's corner), names where they do.
    const dockedRow = async (size: { width: number; height: number }, compact: boolean) => {
      await page.setViewportSize(size);
      // The dock measures itself after a resize and may take a frame or two to settle (a full
      // run's busy machine caught it still compact from the size before).
      await expect
        .poll(() => page.getByTestId('launcher-dock').evaluate((el) => el.hasAttribute('data-compact')), POLL)
        .toBe(compact);
      await expect
        .poll(async () => new Set((await boxesOf(page, '.launcher-dock > *')).map((box) => box.y)).size, POLL)
        .toBe(1);
      const dockBox = (await boxesOf(page, '.facilitator-dock'))[0]!;
      const launchers = await boxesOf(page, '.launcher-dock > *');
      expect(launchers).toHaveLength(6);
      expect(launchers.filter((box) => overlap(box, dockBox))).toEqual([]);
    };
    await dockedRow(LAPTOP.viewport, true);
    await dockedRow({ width: 1440, height: 900 }, false);
    await dockedRow({ width: 1920, height: 1080 }, false);
    // An upright tablet (no minimap): the row reaches the right edge (400px of it took two rows).
    await dockedRow({ width: 820, height: 1180 }, true);
    await page.setViewportSize(LAPTOP.viewport);
    // Compact, a launcher still says what it opens: its accessible name and its tooltip.
    await expect.poll(() => page.getByTestId('launcher-dock').getAttribute('data-compact'), POLL).toBe('');
    const agreements = page.getByTestId('agreements-open');
    expect(await agreements.getAttribute('aria-label')).toContain('合意');
    expect(await agreements.getAttribute('data-tooltip')).toContain('Shift+A');

    await page.keyboard.press('Shift+Y');
    await page.getByTestId('synergy-panel').waitFor();
    await page.getByTestId('agreements-open').click();
    await page.getByTestId('agreements-panel').waitFor();
    // Activity opens on the right too: the agreements list gives way; synergy points stay left.
    await page.getByTestId('activity-open').click();
    await page.getByTestId('activity-panel').waitFor();
    expect(await page.getByTestId('agreements-panel').count()).toBe(0);
    expect(await page.getByTestId('synergy-panel').count()).toBe(1);
    // The voting panel unfolds on the right and the activity panel gives way, and back.
    await page.getByTestId('voting-panel-toggle').click();
    await page.getByTestId('activity-panel').waitFor({ state: 'detached' });
    await page.getByTestId('activity-open').click();
    await page.getByTestId('activity-panel').waitFor();
    expect(await page.getByTestId('voting-panel-toggle').getAttribute('aria-expanded')).toBe('false');

    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-dock-ja.png') });
    const canvas = await canvasBox(page);
    const boxes = await slotted(page);
    expect(boxes.map((box) => box.name).sort()).toEqual(['side-panel', 'side-panel', 'voting-panel']);
    // The lists are long: both panels stand as tall as their slots let them.
    const share =
      boxes.reduce((sum, box) => sum + box.width * box.height, 0) / (canvas.width * canvas.height);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThanOrEqual(1 / 3);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    const agenda = await page.getByTestId('phase-bar').boundingBox();
    if (!agenda) throw new Error('the agenda bar is not shown');
    for (const box of boxes) expect(overlap(agenda, box)).toBe(false);
    // Nor does a launcher lie over a panel's last rows (three rows of them beside the facilitator's dock).
    for (const launcher of await page.getByTestId('launcher-dock').locator('button:visible').all()) {
      const box = (await launcher.boundingBox())!;
      for (const panel of boxes) expect(overlap(box, panel), await launcher.innerText()).toBe(false);
    }

    // Folded, the panel keeps its place as its title only; unfolded, it is whole again.
    const activity = page.getByTestId('activity-panel');
    await activity.getByTestId('panel-fold').click();
    expect((await activity.boundingBox())?.height).toBeLessThan(80);
    expect(await activity.getByTestId('activity-show').first().isVisible()).toBe(false);
    await activity.getByTestId('panel-fold').click();
    await activity.getByTestId('activity-show').first().waitFor();

    // "Show on board" from the activity list: the cards land in what the panels leave free.
    const entry = activity.getByTestId('activity-entry').last();
    const ids = new Set(((await entry.getAttribute('data-shapes')) ?? '').split(' '));
    await entry.getByTestId('activity-show').click();
    await painted(page);
    // Cards (connectors have no box of their own).
    const shown = (await shapesOf(page)).filter((shape) => ids.has(shape.id) && shape.w !== null);
    expect(shown.length).toBeGreaterThan(0);
    const panels = await slotted(page);
    for (const shape of shown) {
      const topLeft = await worldToPage(page, { x: shape.x, y: shape.y });
      const bottomRight = await worldToPage(page, {
        x: shape.x + (shape.w ?? 0),
        y: shape.y + (shape.h ?? 0),
      });
      const card = {
        x: topLeft.x,
        y: topLeft.y,
        width: bottomRight.x - topLeft.x,
        height: bottomRight.y - topLeft.y,
      };
      expect(card.x).toBeGreaterThanOrEqual(canvas.x);
      expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      for (const panel of panels) expect(overlap(card, panel)).toBe(false);
    }
  });

  it('keeps a member’s drafts launcher in reach while another panel holds the left side', async () => {
    const { board, writer } = await busyBoard();
    writer.destroy();
    const page = await newPage(e2e, 'en-US', LAPTOP);
    await enterBoard(page, memberLink(board, 'a'), 'Aoi');
    await page.getByTestId('drafts-panel').waitFor();
    // The synergy list takes the left side: the drafts fold into their launcher, still clickable.
    await page.keyboard.press('Shift+Y');
    const synergy = page.getByTestId('synergy-panel');
    await synergy.waitFor();
    // Scrolled to its end, a long list keeps its title and buttons in sight.
    expect(await synergy.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await synergy.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const title = (await synergy.locator('h2').first().boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual((await synergy.boundingBox())!.y);
    const onTop = await page.evaluate<boolean>(
      `document.elementFromPoint(${title.x + 4}, ${title.y + title.height / 2})?.closest('.side-panel > header') != null`,
    );
    expect(onTop).toBe(true);
    await page.getByTestId('drafts-panel').waitFor({ state: 'detached' });
    // The six launchers take one row (icons and counts: the English names do not fit in it).
    const rows = await page
      .locator('.launcher-dock > .panel-launcher')
      .evaluateAll((nodes) => nodes.map((node) => (node as unknown as { offsetTop: number }).offsetTop));
    expect(rows.length).toBe(6);
    expect(new Set(rows).size).toBe(1);
    await page.getByTestId('drafts-open').click();
    await page.getByTestId('drafts-panel').waitFor();
    expect(await page.getByTestId('synergy-panel').count()).toBe(0);
    // The launchers still shown (English names are long) stay clear of the drafts panel.
    const drafts = (await page.getByTestId('drafts-panel').boundingBox())!;
    const launchers = await page.locator('.launcher-dock > *').evaluateAll((nodes) =>
      nodes
        .map((node) => (node as unknown as { getBoundingClientRect(): Box }).getBoundingClientRect())
        .filter((box) => box.width > 0)
        .map(({ x, y, width, height }) => ({ x, y, width, height })),
    );
    expect(launchers.length).toBeGreaterThan(0);
    for (const launcher of launchers) expect(overlap(launcher, drafts)).toBe(false);
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-dock-member-en.png') });
    // Where the width allows (1440px), they keep their English names beside the drafts, in one
    // row (at most 640px wide, they were icons only there too, while the Japanese had names).
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect
      .poll(() => page.getByTestId('launcher-dock').evaluate((el) => el.hasAttribute('data-compact')), POLL)
      .toBe(false);
    const named = await boxesOf(page, '.launcher-dock > .panel-launcher');
    const shown = named.filter((box) => box.width > 0);
    expect(new Set(shown.map((box) => box.y)).size).toBe(1);
    const wide = (await page.getByTestId('drafts-panel').boundingBox())!;
    for (const launcher of shown) expect(overlap(launcher, wide)).toBe(false);
    expect(await page.getByTestId('agreements-open').innerText()).toContain('Agreements');
  });

  it('keeps a card’s bar on one row below the agenda beside a panel on the right', async () => {
    const { board, writer } = await busyBoard();
    const control = connectClient(e2e.server.url, board.id, 'control', board.tokens.facilitator);
    await control.synced;
    setPhase(control.doc, 'diverge', 'test', Date.now());
    const page = await newPage(e2e, 'ja-JP', LAPTOP);
    await enterBoard(page, memberLink(board, 'a'), 'Aoi');
    await waitShapeCount(page, 40);
    writer.destroy();
    control.destroy();
    await page.getByTestId('activity-open').click();
    const panel = page.getByTestId('activity-panel');
    await panel.waitFor();
    // The member's own card, in view beside the panel: its bar has colours, kind, tags, reactions,
    // comments, order, copy and delete.
    const card = (await shapesOf(page)).find((shape) => shape.text === '強み 0')!;
    await page.keyboard.press('Shift+1');
    const at = await worldToPage(page, { x: card.x + 100, y: card.y + 80 });
    await page.mouse.click(at.x, at.y);
    const bar = page.getByTestId('property-bar');
    await bar.waitFor();
    const rows = await bar.evaluate((el) =>
      [...el.querySelectorAll('button, select')].map((node) => Math.round(node.getBoundingClientRect().top)),
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThan(12);
    const box = (await bar.boundingBox())!;
    expect(overlap(box, (await panel.boundingBox())!)).toBe(false);
    expect(overlap(box, (await page.getByTestId('phase-bar').boundingBox())!)).toBe(false);
    expect(box.x).toBeGreaterThan((await page.locator('.toolbar').boundingBox())!.x + 48);
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-dock-card-bar-ja.png') });
  });

  it('frames a new synergy point beside its details, and gives the shortcut list the right side', async () => {
    const { board, writer } = await busyBoard();
    writer.destroy();
    const page = await newPage(e2e, 'ja-JP', LAPTOP);
    await enterBoard(page, board.links.facilitator, '進行 山田');
    await waitShapeCount(page, 40);
    const byText = async (text: string) => (await shapesOf(page)).find((shape) => shape.text === text)!;
    const click = async (text: string) => {
      const card = await byText(text);
      const at = await worldToPage(page, { x: card.x + 20, y: card.y + 20 });
      await page.mouse.click(at.x, at.y);
    };
    await page.getByTestId('zoom-fit').click();
    await click('強み 7');
    await page.keyboard.down('Shift');
    await click('課題 7');
    await page.keyboard.up('Shift');
    // Zoomed in on the middle of the board: both cards, and where the point will go, are out of view.
    await page.keyboard.press('Shift+0');
    await page.getByTestId('synergy-make').click();
    const inspector = page.getByTestId('synergy-inspector');
    await inspector.waitFor();
    const point = (await inspector.getAttribute('data-card'))!;
    await painted(page);
    // The new point, its cards and the details panel: all in sight, none under a panel.
    const panels = await slotted(page);
    const canvas = await canvasBox(page);
    await expect
      .poll(
        async () => {
          const shapes = await shapesOf(page);
          const boxes = [];
          for (const shape of shapes.filter((s) => s.id === point || ['強み 7', '課題 7'].includes(s.text))) {
            const a = await worldToPage(page, { x: shape.x, y: shape.y });
            const b = await worldToPage(page, { x: shape.x + (shape.w ?? 0), y: shape.y + (shape.h ?? 0) });
            boxes.push({ x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y });
          }
          return boxes.every(
            (box) =>
              box.x >= canvas.x &&
              box.x + box.width <= canvas.x + canvas.width &&
              box.y >= canvas.y &&
              box.y + box.height <= canvas.y + canvas.height &&
              panels.every((panel) => !overlap(box, panel)),
          );
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(await page.getByTestId('synergy-panel').count()).toBe(1);

    // The shortcut list opens on the right, where the agreements list gives way to it.
    await page.getByTestId('agreements-open').click();
    await page.getByTestId('agreements-panel').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('?');
    await page.locator('.help-panel').waitFor();
    expect(await page.getByTestId('agreements-panel').count()).toBe(0);
    expect(await page.locator('.panel-slot--right .help-panel').count()).toBe(1);
  });

  it.each([
    ['on a laptop', LAPTOP],
    ['on an upright tablet (a sheet across the top)', UPRIGHT_TABLET],
  ])(
    'keeps the cards someone was looking at in view when a step opens a panel over them, %s',
    async (_, screen) => {
      const board = await createBoard(e2e.server.url);
      const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
      await writer.synced;
      // Each company's column of cards, as a workshop lays them out.
      for (const [i, text] of ['物流網', '販路', '共同配送'].entries())
        for (const company of ['a', 'b'])
          addSticky(
            writer.doc,
            { x: company === 'a' ? 0 : 400, y: i * 220, text, company: company as CompanyKey, kind: 'asset' },
            's',
          );
      const page = await newPage(e2e, 'ja-JP', screen);
      await enterBoard(page, memberLink(board, 'a'), 'Aoi');
      await waitShapeCount(page, 6);
      await page.getByTestId('drafts-close').click();
      await page.getByTestId('zoom-fit').click();
      // The facilitator moves the workshop on to converging: the synergy list opens on the left.
      const control = connectClient(e2e.server.url, board.id, 'control', board.tokens.facilitator);
      await control.synced;
      setPhase(control.doc, 'converge', 'test', Date.now());
      await page.getByTestId('synergy-panel').waitFor();
      const canvas = await canvasBox(page);
      await expect
        .poll(
          async () => {
            const panels = await slotted(page);
            for (const shape of await shapesOf(page)) {
              const a = await worldToPage(page, { x: shape.x, y: shape.y });
              const b = await worldToPage(page, { x: shape.x + (shape.w ?? 0), y: shape.y + (shape.h ?? 0) });
              const card = { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
              if (card.x < canvas.x || card.x + card.width > canvas.x + canvas.width) return false;
              if (panels.some((panel) => overlap(card, panel))) return false;
            }
            return true;
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      control.destroy();
      writer.destroy();
    },
  );
});

/** The boxes of the agenda bar's controls: the row's, and those inside the step's title. */
const agendaParts = (page: Page, selector: string) =>
  page
    .getByTestId('phase-bar')
    .locator(selector)
    .evaluateAll((nodes) =>
      nodes.map((node, i) => {
        const el = node as unknown as {
          getAttribute(name: string): string | null;
          getBoundingClientRect(): { x: number; y: number; width: number; height: number };
        };
        const { x, y, width, height } = el.getBoundingClientRect();
        return {
          name: el.getAttribute('data-testid') ?? el.getAttribute('class') ?? String(i),
          x,
          y,
          width,
          height,
        };
      }),
    );

describe('the panel dock on a tablet', () => {
  it('keeps the agenda clear of the voting chip and whole between two panels at 1024x768', async () => {
    const { board, writer } = await busyBoard();
    const control = connectClient(e2e.server.url, board.id, 'control', board.tokens.facilitator);
    await control.synced;
    setPhase(control.doc, 'checkIn', 'test', Date.now());
    const page = await newPage(e2e, 'ja-JP', { viewport: { width: 1024, height: 768 } });
    await enterBoard(page, board.links.facilitator, '進行 山田');
    await waitShapeCount(page, 40);
    writer.destroy();
    control.destroy();
    const agenda = page.getByTestId('phase-bar');
    await agenda.waitFor();
    const chip = (await page.getByTestId('voting-panel-toggle').boundingBox())!;
    expect(overlap((await agenda.boundingBox())!, chip)).toBe(false);

    // A panel on each side leaves the agenda little room: its controls still stand apart, inside it.
    await page.keyboard.press('Shift+Y');
    await page.getByTestId('synergy-panel').waitFor();
    await page.getByTestId('participants-open').click();
    await page.getByTestId('participants-panel').waitFor();
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-dock-tablet-agenda-ja.png') });
    const bar = (await agenda.boundingBox())!;
    for (const selector of ['.phase-bar__row > *', '.phase-bar__title > :not(.phase-bar__name)']) {
      const parts = (await agendaParts(page, selector)).filter((part) => part.width > 0);
      expect(parts.length).toBeGreaterThan(1);
      for (const [i, a] of parts.entries()) {
        expect(a.x, a.name).toBeGreaterThanOrEqual(bar.x);
        expect(a.x + a.width, a.name).toBeLessThanOrEqual(bar.x + bar.width + 0.5);
        for (const b of parts.slice(i + 1)) expect(overlap(a, b), `${a.name} / ${b.name}`).toBe(false);
      }
    }
    // The step's arrows share the first line; the timer goes below, with no divider before it.
    const prev = (await page.getByTestId('phase-prev').boundingBox())!;
    const next = (await page.getByTestId('phase-next').boundingBox())!;
    expect(Math.abs(next.y - prev.y)).toBeLessThan(2);
    const timer = (await page.locator('.phase-bar .timer-chip').boundingBox())!;
    expect(timer.y).toBeGreaterThan(prev.y + prev.height - 1);
    expect(await page.locator('.phase-bar__divider').isVisible()).toBe(false);
  });

  it('opens a panel sheet below the selection’s bar on an upright tablet, however many rows it takes', async () => {
    const page = await tabletWithAgreements();
    // A synergy point selected (Tab walks the cards): its bar is three rows high here.
    await page.getByTestId('canvas').focus();
    const bar = page.getByTestId('property-bar');
    for (let i = 0; i < 3 && !(await page.getByTestId('agree-control').count()); i += 1)
      await page.keyboard.press('Tab');
    await bar.waitFor();
    await expect
      .poll(async () => {
        const barBox = (await bar.boundingBox())!;
        return (await slotted(page)).filter((box) => overlap(box, barBox)).map((box) => box.name);
      })
      .toEqual([]);
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-dock-tablet-sheet-ja.png') });

    // The suggestions, acted on from the board, are a low sheet: the cards stay in sight above it.
    await page.keyboard.press('Escape');
    await page.getByTestId('suggestions-open').click();
    const sheet = (await page.getByTestId('suggestions-panel').boundingBox())!;
    expect(sheet.y).toBeGreaterThan(1180 / 2);
    const launchers = (await page.getByTestId('launcher-dock').boundingBox())!;
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(launchers.y);
  });

  it('moves a synergy point tapped near the top out from under its bar and what changed since it was agreed', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const asset = addSticky(
      writer.doc,
      { x: 0, y: 400, text: '物流網', company: 'a' as CompanyKey, kind: 'asset' },
      's',
    );
    const gap = addSticky(
      writer.doc,
      { x: 400, y: 400, text: '配送', company: 'b' as CompanyKey, kind: 'gap' },
      's',
    );
    const point = createSynergy(
      writer.doc,
      { title: '共同配送', from: [asset], to: [gap], at: { x: 200, y: 0 } },
      's',
    );
    // Company b agreed; the point changed since, so b's bar shows what changed below it.
    const b = await joinAs(e2e.server.url, board, board.tokens.members.b!, 'Kim');
    const agreed = await call(e2e.server.url, 'POST', `/api/boards/${board.id}/agreements`, b.token, {
      card: point,
      agree: true,
    });
    expect(agreed.status).toBe(200);
    updateSynergy(writer.doc, { id: point, title: '共同配送（関東）' }, 's');
    const page = await newPage(e2e, 'ja-JP', UPRIGHT_TABLET);
    await enterBoard(page, memberLink(board, 'b'), 'Ben');
    // The cards, the point and its two connectors.
    await waitShapeCount(page, 5);
    writer.destroy();
    await page.getByTestId('drafts-close').click();
    // The point's top just below the room kept for the bars (140 px).
    const canvas = await canvasBox(page);
    const boxOf = async () => {
      const shape = (await shapesOf(page)).find((s) => s.id === point)!;
      const a = await worldToPage(page, { x: shape.x, y: shape.y });
      const b = await worldToPage(page, { x: shape.x + shape.w!, y: shape.y + shape.h! });
      return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
    };
    const offset = async () => (await boxOf()).y - (canvas.y + 150);
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, await offset());
    await expect.poll(async () => Math.abs(await offset()), POLL).toBeLessThan(4);
    const before = await boxOf();
    await page.touchscreen.tap(before.x + before.width / 2, before.y + before.height / 2);
    const changes = page.getByTestId('agreement-changes');
    await changes.waitFor();
    expect(overlap(before, (await changes.boundingBox())!)).toBe(true);
    // The board moves the point below the bar and the changes, and keeps it above the launchers.
    const covering = async () => [
      (await page.getByTestId('property-bar').boundingBox())!,
      (await changes.boundingBox())!,
    ];
    await expect
      .poll(async () => {
        const card = await boxOf();
        return (await covering()).some((box) => overlap(card, box));
      }, POLL)
      .toBe(false);
    const card = await boxOf();
    expect(card.y + card.height).toBeLessThanOrEqual(
      (await page.getByTestId('launcher-dock').boundingBox())!.y,
    );
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-dock-tablet-changes-ja.png') });
  });

  it('keeps a card tapped just below a panel sheet in sight when the selection’s bar pushes the sheet down', async () => {
    const page = await tabletWithAgreements();
    const panel = page.getByTestId('agreements-panel');
    await painted(page);
    // The first card in sight just below the sheet (its top may be under it), where the bar will
    // push the sheet.
    const sheet = (await panel.boundingBox())!;
    const onPage = async () =>
      Promise.all(
        (await shapesOf(page))
          .filter((shape) => shape.type === 'sticky')
          .map(async (shape) => ({
            shape,
            top: await worldToPage(page, { x: shape.x, y: shape.y }),
            bottom: await worldToPage(page, { x: shape.x + shape.w!, y: shape.y + shape.h! }),
          })),
      );
    const below = (await onPage())
      .filter(({ bottom }) => bottom.y > sheet.y + sheet.height + 20)
      .sort((a, b) => a.bottom.y - b.bottom.y)[0];
    if (!below) throw new Error('no card just below the sheet');
    const card = below.shape;
    const tapY = Math.max(below.top.y, sheet.y + sheet.height) / 2 + below.bottom.y / 2;
    await page.touchscreen.tap((below.top.x + below.bottom.x) / 2, tapY);
    await page.getByTestId('property-bar').waitFor();
    // The bar pushed the sheet down over where the card was; the board moved the card below it.
    await expect
      .poll(async () => {
        const now = (await panel.boundingBox())!;
        const mine = (await onPage()).find(({ shape }) => shape.id === card.id)!;
        return now.y > sheet.y && mine.top.y >= now.y + now.height;
      }, POLL)
      .toBe(true);
    expect(await cardStatus(page)).toContain(card.text);
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-dock-tablet-tap-ja.png') });

    // A card tapped lower down, in sight all along, leaves the board where it is.
    const before = await worldToPage(page, { x: 0, y: 0 });
    const lower = (await onPage()).filter(({ top }) => top.y > 800 && top.y < 900)[0];
    if (!lower) throw new Error('no card lower down');
    await page.touchscreen.tap((lower.top.x + lower.bottom.x) / 2, (lower.top.y + lower.bottom.y) / 2);
    await expect.poll(() => cardStatus(page), POLL).toContain(lower.shape.text);
    // Past the frames the board waits for the layout to settle (useSelectionInSight.ts: three).
    await page.evaluate(
      'new Promise((resolve) => { let n = 6; const step = () => (--n ? requestAnimationFrame(step) : resolve(true)); requestAnimationFrame(step); })',
    );
    expect(await worldToPage(page, { x: 0, y: 0 })).toEqual(before);
  });
});
