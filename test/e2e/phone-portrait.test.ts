// A phone held upright (390x844, touch), in the workshop: the bars and launchers leave most of the
// screen to the board while every control stays in reach (the launchers in one row that scrolls
// sideways, the zoom controls in the toolbar's column); the voting and suggestions panels are low
// sheets that leave the cards in sight above them; what a person makes or reveals comes into
// sight, not under a sheet or the launchers; and the facilitator's notices stand clear of the
// launchers and the dock.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, setAnonymous, setPhase, type CompanyKey, type TestShape } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard, type CreatedBoard } from '../support/server.js';
import { call, joinAs } from '../workshop/support.js';
import {
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
const POLL = { timeout: 10_000, interval: 30 };

type Locale = 'ja-JP' | 'en-US';
const nameFor = (locale: Locale) => (locale === 'ja-JP' ? '佐藤' : 'Sato');

const CARDS = [
  { x: 0, y: 0, company: 'a', kind: 'asset', text: '全国3,000店舗の販売網と自社配送網' },
  { x: 0, y: 220, company: 'a', kind: 'asset', text: '画像認識AIの研究開発チーム' },
  { x: 520, y: 0, company: 'b', kind: 'gap', text: 'No sales channel in Japan for our EV chargers' },
  { x: 520, y: 220, company: 'b', kind: 'gap', text: 'We lack machine learning engineers' },
] as const;

/**
 * A board with two companies' cards (a pair the suggestions link: 販売網 ↔ sales channel), and the
 * client that wrote them, to close once a page shows them.
 */
async function boardWithCards() {
  const board = await createBoard(e2e.server.url);
  const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
  await writer.synced;
  writer.doc.transact(() => {
    for (const card of CARDS)
      addSticky(writer.doc, { ...card, w: 200, h: 160, company: card.company as CompanyKey }, 'seed');
  });
  return { board, writer };
}

/** The workshop moved to its first step, as the facilitator would. */
async function startWorkshop(board: CreatedBoard) {
  const control = connectClient(e2e.server.url, board.id, 'control', board.tokens.facilitator);
  await control.synced;
  setPhase(control.doc, 'checkIn', 'test', Date.now());
  return control;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The board left between what covers its top (the header, the agenda bar, the property bar, the
 * voting chip) and its bottom (the launchers, the facilitator's dock): the height of that band.
 */
const boardBand = (page: Page) =>
  page.evaluate<{ top: number; bottom: number }>(`(() => {
    const boxes = (selector) => [...document.querySelectorAll(selector)]
      .map((el) => el.getBoundingClientRect()).filter((box) => box.width > 0 && box.height > 0);
    const top = Math.max(...boxes('.board-header, .phase-bar, .property-bar, .panel-slot > *').map((box) => box.bottom));
    const bottom = Math.min(innerHeight, ...boxes('.launcher-dock, .facilitator-dock, .facilitation-bottom > :not(.facilitator-dock)').map((box) => box.top));
    return { top, bottom };
  })()`);

/**
 * The controls among `selector` that cannot be tapped: brought into view (only a box that scrolls,
 * such as the launchers' row, can move them), the centre and both ends of each are on the screen
 * and nothing lies over them there.
 */
const outOfReach = (page: Page, selector: string) =>
  page.evaluate<string[]>(`(() => {
    const out = [];
    const controls = [...document.querySelectorAll(${JSON.stringify(selector)})];
    controls.forEach((el, i) => {
      if (el.getBoundingClientRect().width === 0) return;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = el.getBoundingClientRect();
      const y = (box.top + box.bottom) / 2;
      const inset = Math.min(12, box.width / 3);
      const reached = [box.left + inset, (box.left + box.right) / 2, box.right - inset].every(
        (x) => x >= 0 && x <= innerWidth && y <= innerHeight && el.contains(document.elementFromPoint(x, y)),
      );
      if (!reached) out.push(el.getAttribute('data-testid') || el.className || ${JSON.stringify(selector)} + ' #' + i);
    });
    return out;
  })()`);

/** A shape's box on the page. */
async function boxOf(page: Page, shape: TestShape): Promise<Box> {
  const a = await worldToPage(page, { x: shape.x, y: shape.y });
  const b = await worldToPage(page, { x: shape.x + shape.w!, y: shape.y + shape.h! });
  return { left: a.x, top: a.y, right: b.x, bottom: b.y };
}

/**
 * Whether a shape is in sight: its box on the screen and the board itself at its corners and
 * middle (no sheet, bar, launcher or notice over it).
 */
async function inSight(page: Page, shape: TestShape | undefined): Promise<boolean> {
  if (!shape) return false;
  const box = await boxOf(page, shape);
  return page.evaluate<boolean>(`(() => {
    const box = ${JSON.stringify(box)};
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) return false;
    const inset = 3;
    const points = [
      [box.left + inset, box.top + inset], [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset], [box.right - inset, box.bottom - inset],
      [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
    ];
    return points.every(([x, y]) => !!document.elementFromPoint(x, y)?.closest('[data-testid="canvas"]'));
  })()`);
}

const apart = (a: Box, b: Box) =>
  a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;

async function pageBox(page: Page, selector: string): Promise<Box> {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

describe('a phone held upright', () => {
  for (const locale of ['ja-JP', 'en-US'] as const)
    it(`leaves most of the screen to the board, every control in reach (${locale})`, async () => {
      const { board, writer } = await boardWithCards();
      const control = await startWorkshop(board);
      const [member, facilitator] = await Promise.all([
        newPage(e2e, locale, PHONE),
        newPage(e2e, locale, PHONE),
      ]);
      await enterBoard(member, memberLink(board, 'a'), nameFor(locale));
      await enterBoard(facilitator, board.links.facilitator, locale === 'ja-JP' ? '進行役' : 'Facilitator');
      for (const page of [member, facilitator]) {
        await waitShapeCount(page, CARDS.length);
        await page.locator('.phase-bar').waitFor();
        await page.getByTestId('agreements-open').waitFor();
      }
      control.destroy();
      writer.destroy();
      // The drafts open by themselves at check-in: closed, their launcher is first in the row at
      // the bottom, the templates' too.
      await member.getByTestId('drafts-close').tap();
      await member.getByTestId('drafts-open').waitFor();
      await facilitator.getByTestId('templates-open').waitFor();

      // Nothing open: the board takes well over half of the screen's height (it had 270 px).
      for (const [who, page] of [
        ['member', member],
        ['facilitator', facilitator],
      ] as const) {
        await expect
          .poll(async () => {
            const band = await boardBand(page);
            return (band.bottom - band.top) / 844;
          }, POLL)
          .toBeGreaterThan(0.6);
        await painted(page);
        await page.screenshot({ path: join(SCREENSHOTS, `phone-portrait-${who}-${locale}.png`) });
      }

      // The header leaves the board's title its room beside the people and the language switch
      // (one button on a phone: "EN"); with four people it was cut to one letter.
      const others = await Promise.all([newPage(e2e, locale), newPage(e2e, locale)]);
      await enterBoard(others[0]!, memberLink(board, 'b'), 'Ben');
      await enterBoard(others[1]!, memberLink(board, 'a'), 'Aya');
      for (const page of [member, facilitator])
        await expect
          .poll(() => page.locator('.presence .avatar--more > [aria-hidden="true"]').innerText(), POLL)
          .toBe('+3');
      for (const page of [member, facilitator]) {
        const title = (await page.locator('.board-header__title h1').boundingBox())!;
        expect(title.width).toBeGreaterThan(100);
      }
      await Promise.all(others.map((page) => page.context().close()));

      // A card selected: the property bar is one row, and the board still has most of the screen.
      const card = (await shapesOf(member)).find((shape) => shape.text === CARDS[0].text)!;
      const at = await worldToPage(member, { x: card.x + card.w! / 2, y: card.y + card.h! * 0.75 });
      await member.touchscreen.tap(at.x, at.y);
      await member.getByTestId('property-bar').waitFor();
      expect((await member.getByTestId('property-bar').boundingBox())!.height).toBeLessThan(60);
      const band = await boardBand(member);
      expect((band.bottom - band.top) / 844).toBeGreaterThan(0.6);
      await painted(member);
      await member.screenshot({ path: join(SCREENSHOTS, `phone-portrait-selected-${locale}.png`) });

      // Every control can still be tapped: each launcher (the row scrolls sideways to it), each
      // tool and zoom control, each of the property bar's controls and the facilitator's dock.
      expect(await outOfReach(member, '[data-testid="launcher-dock"] > button')).toEqual([]);
      expect(await member.getByTestId('launcher-dock').locator('button').count()).toBeGreaterThan(5);
      expect(await outOfReach(member, '.toolbar button, .zoom-controls button')).toEqual([]);
      // (The bar lets clicks through for a moment after it appears: a double-click's second click.)
      await expect.poll(() => outOfReach(member, '.property-bar button, .property-bar select')).toEqual([]);
      expect(await outOfReach(facilitator, '[data-testid="launcher-dock"] > button')).toEqual([]);
      expect(await outOfReach(facilitator, '.zoom-controls button, .facilitator-dock button')).toEqual([]);
      // The row says it goes on: its right edge fades while launchers lie past it.
      const edges = () =>
        member
          .getByTestId('launcher-dock')
          .evaluate((dock) => [dock.hasAttribute('data-more-start'), dock.hasAttribute('data-more-end')]);
      await member.getByTestId('launcher-dock').evaluate((dock) => dock.scrollTo({ left: 0 }));
      await expect.poll(edges, POLL).toEqual([false, true]);
      // The row scrolls sideways to its last launcher, which opens its panel with a tap.
      const lastId = await member.evaluate<string>(`(() => {
        const dock = document.querySelector('[data-testid="launcher-dock"]');
        dock.scrollLeft = dock.scrollWidth;
        const buttons = [...dock.querySelectorAll(':scope > button')];
        const last = buttons.reduce((a, b) => (b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a));
        return last.dataset.testid;
      })()`);
      expect(
        await member
          .getByTestId('launcher-dock')
          .evaluate((dock) => (dock as unknown as { scrollLeft: number }).scrollLeft),
      ).toBeGreaterThan(0);
      await expect.poll(edges, POLL).toEqual([true, false]);
      const last = member.getByTestId(lastId);
      expect(await outOfReach(member, `[data-testid="${lastId}"]`)).toEqual([]);
      await last.tap();
      await expect.poll(() => last.getAttribute('aria-expanded'), POLL).toBe('true');
    });

  it("fits the facilitator's agenda row before the workshop starts, the timer included", async () => {
    const board = await createBoard(e2e.server.url);
    const page = await newPage(e2e, 'en-US', PHONE);
    await enterBoard(page, board.links.facilitator, 'Facilitator');
    await page.getByTestId('phase-start').waitFor();
    const inside = () =>
      page.evaluate<boolean>(`(() => {
        const bar = document.querySelector('.phase-bar').getBoundingClientRect();
        const timer = document.querySelector('.phase-bar .timer-chip').getBoundingClientRect();
        return bar.right <= innerWidth && timer.width > 0 && timer.right <= bar.right - 4;
      })()`);
    await expect.poll(inside, POLL).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-portrait-not-started-en.png') });
  });

  it('votes from a low sheet that leaves the cards in sight, “place a dot” in reach', async () => {
    const { board, writer } = await boardWithCards();
    const page = await newPage(e2e, 'ja-JP', PHONE);
    await enterBoard(page, memberLink(board, 'a'), '佐藤');
    await waitShapeCount(page, CARDS.length);
    writer.destroy();
    await page.getByTestId('drafts-close').tap();
    const host = await joinAs(e2e.server.url, board, board.tokens.facilitator, '進行役');
    const started = await call(e2e.server.url, 'POST', `/api/boards/${board.id}/votes/rounds`, host.token, {
      rules: { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: false },
    });
    expect(started.status).toBe(201);

    // The round opens the panel by itself: a sheet over the lower part of the board, the cards
    // moved above it.
    const sheet = page.locator('[data-testid="voting-panel"][data-status="open"]');
    await sheet.waitFor();
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    await expect
      .poll(async () => {
        const box = (await sheet.boundingBox())!;
        return box.height <= canvas.height * 0.45 && box.y > canvas.y + canvas.height / 2;
      }, POLL)
      .toBe(true);
    for (const card of await shapesOf(page)) await expect.poll(() => inSight(page, card), POLL).toBe(true);

    // A tap on a card places a dot; the card is still in sight, above the sheet.
    const voted = (await shapesOf(page)).find((shape) => shape.text === CARDS[2].text)!;
    const box = await boxOf(page, voted);
    await page.touchscreen.tap((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    await page.getByTestId('my-vote').waitFor();
    expect(await inSight(page, voted)).toBe(true);
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-vote-sheet-ja.png') });

    // Voting from the list: its card and "place a dot" come into sight in the sheet at once.
    await page.locator('.vote-from-list > summary').tap();
    const submit = page.getByTestId('vote-list-submit');
    await submit.waitFor();
    await expect
      .poll(async () => {
        const sheetBox = await pageBox(page, '[data-testid="voting-panel"] .voting-panel__body');
        const button = await pageBox(page, '[data-testid="vote-list-submit"]');
        return button.top >= sheetBox.top && button.bottom <= sheetBox.bottom;
      }, POLL)
      .toBe(true);
    expect(
      await outOfReach(page, '[data-testid="vote-list-submit"], [data-testid="vote-list-select"]'),
    ).toEqual([]);
  });

  for (const locale of ['ja-JP', 'en-US'] as const)
    it(`shows the synergy point a suggestion made above the sheet (${locale})`, async () => {
      const { board, writer } = await boardWithCards();
      const page = await newPage(e2e, locale, PHONE);
      await enterBoard(page, memberLink(board, 'a'), nameFor(locale));
      await waitShapeCount(page, CARDS.length);
      writer.destroy();
      await page.getByTestId('drafts-close').tap();
      await page.getByTestId('suggestions-open').tap();
      const panel = page.getByTestId('suggestions-panel');
      await panel.waitFor();
      // The first suggestion's "accept" is in sight without scrolling the sheet.
      const accept = page.getByTestId('suggestion-accept').first();
      await accept.waitFor();
      const sheet = await pageBox(page, '[data-testid="suggestions-panel"]');
      const button = await pageBox(page, '[data-testid="suggestion-accept"]');
      expect(button.bottom).toBeLessThanOrEqual(sheet.bottom);
      await accept.tap();
      await page.getByTestId('suggestions-notice').waitFor();
      await waitShapeCount(page, CARDS.length + 3);
      const point = (await shapesOf(page)).find((shape) => shape.kind === 'synergy');
      await expect.poll(() => inSight(page, point), POLL).toBe(true);
      expect((await boxOf(page, point!)).bottom).toBeLessThanOrEqual(
        (await pageBox(page, '[data-testid="suggestions-panel"]')).top,
      );
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, `phone-suggest-accepted-${locale}.png`) });
    });

  for (const locale of ['ja-JP', 'en-US'] as const)
    it(`brings a revealed draft into sight, clear of the launchers (${locale})`, async () => {
      const { board, writer } = await boardWithCards();
      const page = await newPage(e2e, locale, PHONE);
      await enterBoard(page, memberLink(board, 'a'), nameFor(locale));
      await waitShapeCount(page, CARDS.length);
      writer.destroy();
      await page.getByTestId('drafts-panel').waitFor();
      const text = locale === 'ja-JP' ? '全国の物流網' : 'Nationwide logistics network';
      await page.getByTestId('draft-add-asset').tap();
      await page.keyboard.type(text);
      await expect
        .poll(() => page.evaluate<string[]>('window.kyoso.drafts().map((d) => d.text)'), POLL)
        .toEqual([text]);
      await page.keyboard.press('Escape');
      await page.getByTestId('reveal-all').tap();
      await page.getByTestId('reveal-confirm-submit').tap();
      // The sheet steps aside, the notice says what happened, and the card is in sight.
      await page.getByTestId('drafts-open').waitFor();
      await waitShapeCount(page, CARDS.length + 1);
      const revealed = (await shapesOf(page)).find((shape) => shape.text === text);
      await expect.poll(() => inSight(page, revealed), POLL).toBe(true);
      const card = await boxOf(page, revealed!);
      expect(apart(card, await pageBox(page, '[data-testid="launcher-dock"]'))).toBe(true);
      await expect
        .poll(() => page.locator('.facilitation-toast').textContent(), POLL)
        .toContain(locale === 'ja-JP' ? '公開しました' : 'now on the shared board');
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, `phone-revealed-${locale}.png`) });
    });

  for (const locale of ['ja-JP', 'en-US'] as const)
    it(`keeps the facilitator's notices clear of the launchers, the zoom controls and the dock (${locale})`, async () => {
      const board = await createBoard(e2e.server.url);
      const page = await newPage(e2e, locale, PHONE);
      await enterBoard(page, board.links.facilitator, locale === 'ja-JP' ? '進行役' : 'Facilitator');
      await page.getByTestId('agreements-open').waitFor();
      const control = connectClient(e2e.server.url, board.id, 'control', board.tokens.facilitator);
      await control.synced;
      setAnonymous(control.doc, true, 'seed');
      await page.getByTestId('anonymous-banner').waitFor();
      control.destroy();
      // A summon's notice above the banner.
      await page.getByTestId('summon').tap();
      await page.locator('.facilitation-toast').waitFor();
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, `phone-facilitator-notices-${locale}.png`) });
      const others = await Promise.all(
        ['.launcher-dock', '.zoom-controls', '[data-testid="facilitator-dock"]'].map((selector) =>
          pageBox(page, selector),
        ),
      );
      for (const notice of ['[data-testid="anonymous-banner"]', '.facilitation-toast']) {
        const box = await pageBox(page, notice);
        for (const [i, other] of others.entries()) expect(apart(box, other), `${notice} × ${i}`).toBe(true);
      }
      // Nothing lies over the launchers or the dock's buttons.
      expect(await outOfReach(page, '[data-testid="launcher-dock"] > button')).toEqual([]);
    });
});
