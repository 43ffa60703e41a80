// A participant on a phone: the page fits 390x844 (nothing runs off the screen, the header's
// controls reachable), one finger pans the board, two fingers pinch to zoom (touch events through
// the Chrome DevTools Protocol, as a touch screen sends them), and a tap on a card selects it.
// Every launcher at the bottom stays in reach (the row scrolls sideways to it) while a panel (a
// member's drafts) is open above them.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, setAnonymous, type CompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { seedPair } from '../support/synergy.js';
import {
  cardStatus,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  shapesOf,
  useE2E,
  viewportOf,
  waitShapeCount,
  touchScreen,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true };
const POLL = { timeout: 10_000, interval: 30 };

/**
 * Boxes of visible elements that run past the viewport's left or right edge (but for those in a
 * row that scrolls sideways, such as a phone's launchers: the row itself is checked).
 */
const overflowing = (page: Page) =>
  page.evaluate<{ width: number; scrollWidth: number; out: string[] }>(`(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const inScrollingRow = (element) => {
      for (let el = element.parentElement; el && el !== document.body; el = el.parentElement) if (scrolls(el)) return true;
      return false;
    };
    const out = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      if (inScrollingRow(element)) continue;
      if (box.left < -1 || box.right > width + 1)
        out.push(element.tagName.toLowerCase() + '.' + element.className + ' ' + Math.round(box.left) + '..' + Math.round(box.right));
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, out };
  })()`);

/**
 * The launchers that are shown but not wholly in reach: brought into view (a phone's row of them
 * scrolls sideways), the element at some point of a launcher (its ends' centres, its middle, 4 px
 * in from its top and bottom: a pill has round corners) is not the launcher (a panel lies over
 * it), or it runs off the screen.
 */
const launchersOutOfReach = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const out = [];
    for (const button of document.querySelectorAll('[data-testid="launcher-dock"] > button')) {
      if (button.getBoundingClientRect().width === 0) continue;
      button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = button.getBoundingClientRect();
      const x = (box.left + box.right) / 2;
      const y = (box.top + box.bottom) / 2;
      const points = [
        [box.left + box.height / 2, y], [x, y], [box.right - box.height / 2, y], [x, box.top + 4], [x, box.bottom - 4],
      ];
      const reached = points.every(([px, py]) => button.contains(document.elementFromPoint(px, py)));
      if (!reached || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth)
        out.push(button.getAttribute('data-testid'));
    }
    return out;
  })()`);

describe('on a phone', () => {
  it('fits the screen, pans with one finger, pinches to zoom and taps to select', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const card = addSticky(
      writer.doc,
      { x: 40, y: 40, text: '全国の物流網', company: 'a' as CompanyKey, kind: 'asset' },
      'seed',
    );
    const page = await newPage(e2e, 'ja-JP', PHONE);
    await enterBoard(page, memberLink(board, 'a'), '佐藤');
    await waitShapeCount(page, 1);
    writer.destroy();
    await closeDrafts(page);
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-ja.png') });

    // Nothing runs off the screen; the header's controls are on it.
    const fit = await overflowing(page);
    expect(fit.out).toEqual([]);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.width);
    // The export button keeps its name where its label is hidden.
    await page.getByRole('button', { name: '書き出し', exact: true }).waitFor();
    for (const id of ['export-open', 'connection-status']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }

    // One finger on empty board pans.
    const touch = await touchScreen(page);
    const start = await viewportOf(page);
    await touch('touchStart', [{ x: 200, y: 650, id: 1 }]);
    for (const y of [630, 600, 570, 550]) await touch('touchMove', [{ x: 200, y, id: 1 }]);
    await touch('touchEnd', []);
    await expect
      .poll(async () => (await viewportOf(page)).y, POLL)
      .toBeCloseTo(start.y + 100 / start.zoom, 0);

    // Two fingers apart: twice the distance, twice the zoom.
    const before = await viewportOf(page);
    await touch('touchStart', [
      { x: 150, y: 500, id: 1 },
      { x: 250, y: 500, id: 2 },
    ]);
    for (const d of [60, 80, 100])
      await touch('touchMove', [
        { x: 200 - d, y: 500, id: 1 },
        { x: 200 + d, y: 500, id: 2 },
      ]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await viewportOf(page)).zoom, POLL).toBeCloseTo(before.zoom * 2, 1);

    // A pinch whose first finger lands on the card zooms and leaves the card unselected.
    const shape = (
      await page.evaluate<{ id: string; x: number; y: number; w: number; h: number }[]>(
        'window.kyoso.shapes()',
      )
    ).find((s) => s.id === card)!;
    const centre = () => worldToPage(page, { x: shape.x + shape.w / 2, y: shape.y + shape.h / 2 });
    const onCard = await centre();
    const zoomed = await viewportOf(page);
    await touch('touchStart', [{ x: onCard.x, y: onCard.y, id: 1 }]);
    await touch('touchStart', [
      { x: onCard.x, y: onCard.y, id: 1 },
      { x: onCard.x, y: onCard.y + 60, id: 2 },
    ]);
    for (const d of [40, 50, 60])
      await touch('touchMove', [
        { x: onCard.x, y: onCard.y - d + 30, id: 1 },
        { x: onCard.x, y: onCard.y + d + 30, id: 2 },
      ]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await viewportOf(page)).zoom, POLL).toBeCloseTo(zoomed.zoom * 2, 1);
    expect(await page.getByTestId('property-bar').count()).toBe(0);
    await page.getByTestId('zoom-fit').tap();

    // A tap on the card selects it: the property bar shows it.
    const at = await centre();
    await page.touchscreen.tap(at.x, at.y);
    await page.getByTestId('property-bar').waitFor();
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-selected-ja.png') });
    expect((await overflowing(page)).out).toEqual([]);

    // A tap on empty board (above or below the card) clears the selection (a phone has no Esc),
    // and moves nothing.
    const still = await viewportOf(page);
    const top = (await worldToPage(page, { x: shape.x, y: shape.y })).y;
    const bottom = (await worldToPage(page, { x: shape.x, y: shape.y + shape.h })).y;
    await page.touchscreen.tap(200, top > 260 ? top - 60 : bottom + 60);
    await page.getByTestId('property-bar').waitFor({ state: 'detached' });
    expect(await viewportOf(page)).toEqual(still);
  });

  for (const [name, viewport] of [
    ['a tablet', { width: 1024, height: 768 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const)
    it(`selects two companies’ cards on ${name} with “select more” and links them`, async () => {
      const board = await createBoard(e2e.server.url);
      const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
      await writer.synced;
      const { asset, gap } = seedPair(
        writer.doc,
        { asset: '全国の物流網', gap: 'No reach outside big cities' },
        { gapX: 400 },
      );
      const page = await newPage(e2e, 'ja-JP', { viewport, hasTouch: true });
      await enterBoard(page, memberLink(board, 'a'), '佐藤');
      await waitShapeCount(page, 2);
      writer.destroy();
      await closeDrafts(page);
      const tapCard = async (id: string) => {
        const shape = (await shapesOf(page)).find((s) => s.id === id)!;
        const at = await worldToPage(page, { x: shape.x + shape.w! / 2, y: shape.y + shape.h! / 2 });
        await page.touchscreen.tap(at.x, at.y);
      };
      const count = () => page.locator('.property-bar__count').textContent();

      // Without a Shift key, a second tap replaces the selection.
      await tapCard(asset);
      await tapCard(gap);
      await expect.poll(() => cardStatus(page), POLL).toContain('No reach outside big cities');
      expect(await count()).toBe('1個を選択中');
      // "Select more": the next taps add (and take out) cards.
      await page.getByTestId('select-more').tap();
      expect(await page.getByTestId('select-more').getAttribute('aria-pressed')).toBe('true');
      await tapCard(asset);
      await expect.poll(count, POLL).toBe('2個を選択中');
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, `select-more-${viewport.width}-ja.png`) });
      // The button to make the point is in sight, the selection's bar not scrolled.
      const make = (await page.getByTestId('synergy-make').boundingBox())!;
      expect(make.x).toBeGreaterThanOrEqual(0);
      expect(make.x + make.width).toBeLessThanOrEqual(viewport.width);
      await page.getByTestId('synergy-make').tap();
      await expect
        .poll(async () => (await shapesOf(page)).filter((shape) => shape.kind === 'synergy').length, POLL)
        .toBe(1);
      // Done picking: "select more" is off again.
      await expect
        .poll(() => page.getByTestId('select-more').getAttribute('aria-pressed'), POLL)
        .toBe('false');
      // The synergy panel opens; closed, it leaves the new point in sight at a size one can read
      // (framed beside a phone's sheet, it was a few pixels wide).
      await page.getByTestId('synergy-close').tap();
      await page.getByTestId('synergy-panel').waitFor({ state: 'detached' });
      const point = (await shapesOf(page)).find((shape) => shape.kind === 'synergy')!;
      await expect
        .poll(async () => {
          const from = await worldToPage(page, { x: point.x, y: point.y });
          const to = await worldToPage(page, { x: point.x + point.w!, y: point.y + point.h! });
          return to.x - from.x >= 60 && from.x >= 0 && to.x <= viewport.width && to.y <= viewport.height;
        }, POLL)
        .toBe(true);
    });

  it('keeps the anonymous phase’s banner clear of the zoom controls and the launchers', async () => {
    const board = await createBoard(e2e.server.url);
    const page = await newPage(e2e, 'ja-JP', PHONE);
    await enterBoard(page, memberLink(board, 'a'), '佐藤');
    await closeDrafts(page);
    const control = connectClient(e2e.server.url, board.id, 'control', board.tokens.facilitator);
    await control.synced;
    setAnonymous(control.doc, true, 'seed');
    const banner = page.getByTestId('anonymous-banner');
    await banner.waitFor();
    const box = (await banner.boundingBox())!;
    for (const target of ['.zoom-controls', '.launcher-dock']) {
      const other = (await page.locator(target).boundingBox())!;
      const apart =
        box.y + box.height <= other.y ||
        other.y + other.height <= box.y ||
        box.x + box.width <= other.x ||
        other.x + other.width <= box.x;
      expect(apart, target).toBe(true);
    }
    control.destroy();
  });

  for (const locale of ['ja-JP', 'en-US'] as const)
    it(`keeps every launcher in reach below a member's open drafts panel (${locale})`, async () => {
      const board = await createBoard(e2e.server.url);
      const page = await newPage(e2e, locale, PHONE);
      await enterBoard(page, memberLink(board, 'a'), locale === 'ja-JP' ? '佐藤' : 'Sato');
      // Before the workshop starts the drafts panel opens by itself.
      await page.getByTestId('drafts-panel').waitFor();
      await page.getByTestId('comments-open').waitFor();
      await expect.poll(() => launchersOutOfReach(page), POLL).toEqual([]);
      expect(await page.getByTestId('launcher-dock').locator('button:visible').count()).toBeGreaterThan(2);
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, `phone-drafts-${locale}.png`) });
      // The top row's launcher opens its panel with a tap, in place of the drafts.
      await page.getByTestId('comments-open').tap();
      await page.getByTestId('comments-panel').waitFor();
      await expect.poll(() => launchersOutOfReach(page), POLL).toEqual([]);
    });
});

/** Whether the element at the centre of each zoom control is that control (nothing lies over it). */
const zoomInReach = (page: Page) =>
  page.evaluate<boolean>(`[...document.querySelectorAll('.zoom-controls button')].every((button) => {
    const box = button.getBoundingClientRect();
    return button.contains(document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2));
  })`);

describe('the facilitator on a tablet and a phone', () => {
  for (const [width, height] of [
    [820, 1180],
    [1024, 768],
    [390, 844],
  ] as const)
    it(`keeps the launchers and the zoom controls clear of the facilitator's dock at ${width}×${height}`, async () => {
      const board = await createBoard(e2e.server.url);
      const page = await newPage(e2e, 'ja-JP', { viewport: { width, height }, hasTouch: true });
      await enterBoard(page, board.links.facilitator, '進行役');
      await page.getByTestId('agreements-open').waitFor();
      await expect.poll(() => launchersOutOfReach(page), POLL).toEqual([]);
      expect(await zoomInReach(page)).toBe(true);
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, `facilitator-dock-${width}.png`) });
      // A tapped button's tooltip does not stay over the board (a tap leaves it "hovered"). With
      // transitions off, the style read is where the tooltip ends up.
      await page.addStyleTag({ content: '*::after { transition: none !important; }' });
      const fit = page.getByTestId('zoom-fit');
      await fit.tap();
      type Button = {
        matches(selector: string): boolean;
        ownerDocument: {
          defaultView: { getComputedStyle(el: unknown, pseudo: string): { opacity: string } };
        };
      };
      expect(await fit.evaluate((el) => (el as Button).matches(':hover'))).toBe(true);
      const opacity = await fit.evaluate(
        (el) => (el as Button).ownerDocument.defaultView.getComputedStyle(el, '::after').opacity,
      );
      expect(opacity).toBe('0');
      // Nor does one given the focus back as keyboard focus (a dialog closing after its text field
      // was used).
      await page.keyboard.press('Shift');
      type Focusable = Button & { focus(): void };
      const refocused = await fit.evaluate((el) => {
        const button = el as Focusable;
        button.focus();
        const style = button.ownerDocument.defaultView.getComputedStyle(button, '::after');
        return { visible: button.matches(':focus-visible'), opacity: style.opacity };
      });
      expect(refocused).toEqual({ visible: true, opacity: '0' });
    });
});

describe('on a tablet', () => {
  it('holds one panel at a time in portrait and one per side in landscape, all on the screen', async () => {
    const board = await createBoard(e2e.server.url);
    const portrait = await newPage(e2e, 'en-US', { viewport: { width: 820, height: 1180 }, hasTouch: true });
    await enterBoard(portrait, memberLink(board, 'a'), 'Aoi');
    // The drafts open by themselves before the workshop starts: a sheet above the zoom controls.
    const drafts = portrait.getByTestId('drafts-panel');
    await drafts.waitFor();
    await portrait.getByTestId('draft-add-asset').tap();
    await portrait.keyboard.type('Nationwide logistics network');
    const sheet = (await drafts.boundingBox())!;
    expect(sheet.x).toBeGreaterThanOrEqual(0);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(820);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(1180);
    // One slot in portrait: the synergy list (left side too) and the agreements (right) each
    // take the one place.
    await portrait.keyboard.press('Escape');
    await portrait.getByTestId('drafts-close').tap();
    await portrait.getByTestId('agreements-open').tap();
    await portrait.getByTestId('agreements-panel').waitFor();
    await portrait.getByTestId('drafts-open').tap();
    await drafts.waitFor();
    expect(await portrait.getByTestId('agreements-panel').count()).toBe(0);
    await painted(portrait);
    await portrait.screenshot({ path: join(SCREENSHOTS, 'tablet-portrait-en.png') });
    const fit = await overflowing(portrait);
    expect(fit.out).toEqual([]);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.width);

    // Landscape: drafts on the left and agreements on the right, side by side.
    const landscape = await newPage(e2e, 'ja-JP', { viewport: { width: 1180, height: 820 }, hasTouch: true });
    await enterBoard(landscape, memberLink(board, 'b'), 'Ben');
    await landscape.getByTestId('drafts-panel').waitFor();
    await landscape.getByTestId('agreements-open').tap();
    await landscape.getByTestId('agreements-panel').waitFor();
    expect(await landscape.getByTestId('drafts-panel').count()).toBe(1);
    await painted(landscape);
    await landscape.screenshot({ path: join(SCREENSHOTS, 'tablet-landscape-ja.png') });
    expect((await overflowing(landscape)).out).toEqual([]);
  });
});
