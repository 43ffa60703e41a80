// Private drafting, reveal and agreement in real Chromium pages: a member drafts in Japanese (IME
// included), teammates see it live and the other company never does; the reveal puts the cards on
// everyone's board; companies agree on a card until it is agreed by all, which observers see too.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, readShapes, type CompanyKey, type FrameShape } from '@kyoso/shared';
import { join } from 'node:path';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  canvasBox,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  shapesOf,
  waitShapeCount,
  viewportOf,
  worldToPage,
  type TestShape,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 10_000, interval: 30 };

const draftsOf = (page: Page) => page.evaluate<TestShape[]>('window.kyoso ? window.kyoso.drafts() : []');
const draftTexts = async (page: Page) => (await draftsOf(page)).map((d) => d.text).sort();
const agreementsOf = (page: Page) =>
  page.evaluate<Record<string, Record<string, string>>>('window.kyoso ? window.kyoso.agreements() : {}');

/** Adds a card to a section of the open drafts panel and types its text (the new field has the focus). */
async function addDraft(page: Page, kind: string, text: string): Promise<void> {
  const before = (await draftsOf(page)).length;
  await page.getByTestId(`draft-add-${kind}`).click();
  await expect.poll(async () => (await draftsOf(page)).length, POLL).toBe(before + 1);
  // The new card's field has the keyboard focus.
  const focused = page.locator(`[data-testid="draft-section-${kind}"] [data-testid="draft-text"]:focus`);
  await expect.poll(() => focused.count(), POLL).toBe(1);
  await page.keyboard.type(text);
}

describe('private drafting and reveal', () => {
  it('keeps drafts within the company, live for teammates, until they are revealed', async () => {
    const board = await createBoard(e2e.server.url);
    const [aoi, akira, ben] = await Promise.all([newPage(e2e), newPage(e2e), newPage(e2e)]);
    await Promise.all([
      enterBoard(aoi, memberLink(board, 'a'), 'Aoi'),
      enterBoard(akira, memberLink(board, 'a'), 'Akira'),
      enterBoard(ben, memberLink(board, 'b'), 'Ben'),
    ]);
    for (const page of [aoi, akira, ben]) await page.getByTestId('drafts-panel').waitFor();
    // The drafts panel reaches down to the launcher dock's upper row: the launchers that matter
    // only on the shared board step aside while it is open; the agreements and the activity stay,
    // in one row below the panel.
    expect(await aoi.getByTestId('suggestions-open').isVisible()).toBe(false);
    expect(await aoi.getByTestId('plan-open').isVisible()).toBe(false);
    expect(await aoi.getByTestId('agreements-open').isVisible()).toBe(true);
    expect(await aoi.getByTestId('activity-open').isVisible()).toBe(true);
    const panelBottom = (await aoi.getByTestId('drafts-panel').boundingBox())!;
    for (const launcher of ['agreements-open', 'activity-open']) {
      const box = (await aoi.getByTestId(launcher).boundingBox())!;
      expect(box.y, launcher).toBeGreaterThanOrEqual(panelBottom.y + panelBottom.height);
    }
    expect(await aoi.getByTestId('drafts-private').innerText()).toContain('非公開');
    expect(await aoi.locator('#drafting-title').innerText()).toContain('株式会社あさひ');

    await addDraft(aoi, 'asset', '全国3万社の顧客基盤');
    await addDraft(aoi, 'gap', 'AI人材が足りない');

    // An IME composition: nothing is written while composing, and Enter (which confirms the
    // conversion) neither adds a card nor ends the text.
    await addDraft(aoi, 'goal', '');
    const cdp = await aoi.context().newCDPSession(aoi);
    for (const text of ['き', 'きょう', 'きょうそう']) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    expect((await draftsOf(aoi)).find((d) => d.kind === 'goal')?.text).toBe('');
    for (const type of ['rawKeyDown', 'keyUp'] as const) {
      await cdp.send('Input.dispatchKeyEvent', {
        type,
        modifiers: 2, // Ctrl: outside a composition, Ctrl+Enter would add the next card
        key: 'Enter',
        code: 'Enter',
        windowsVirtualKeyCode: 229,
        nativeVirtualKeyCode: 229,
      });
    }
    await cdp.send('Input.insertText', { text: '共創' });
    await cdp.detach();
    await aoi.keyboard.type('で新市場');
    // Enter starts a new line; leaving the card (Escape) drops the blank line it left at the end.
    await aoi.keyboard.press('Enter');
    await aoi.keyboard.press('Escape');
    const expected = ['AI人材が足りない', '全国3万社の顧客基盤', '共創で新市場'];
    await expect.poll(() => draftTexts(aoi), POLL).toEqual(expected);
    expect(await aoi.getByTestId('drafts-count').innerText()).toContain('3');

    // The teammate sees every draft, live, with its kind; the other company sees none of it.
    await expect.poll(() => draftTexts(akira), POLL).toEqual(expected);
    await expect
      .poll(() => akira.getByTestId('draft-section-goal').getByTestId('draft-text').inputValue(), POLL)
      .toBe('共創で新市場');
    expect(await draftsOf(ben)).toEqual([]);
    expect(await shapesOf(ben)).toEqual([]);
    expect(await ben.locator('body').innerText()).not.toContain('全国3万社');
    expect(await ben.getByTestId('draft-card').count()).toBe(0);

    // Reveal the asset and the gap. The first try cannot reach the server: the error says so and
    // the selection stays for the retry.
    for (const kind of ['asset', 'gap']) {
      await aoi.getByTestId(`draft-section-${kind}`).getByTestId('draft-select').check();
    }
    await aoi.route('**/reveal', (route) => route.abort());
    await aoi.getByTestId('reveal-selected').click();
    const dialog = aoi.getByTestId('reveal-confirm');
    await dialog.waitFor();
    const said = await dialog.innerText();
    expect(said).toContain('2枚');
    expect(said).toContain('強み・資産');
    expect(said).toContain('足りないもの');
    expect(said).toContain('Blue Ocean Inc.');
    await aoi.getByTestId('reveal-confirm-submit').click();
    await aoi.getByTestId('reveal-error').waitFor();
    expect(await aoi.getByTestId('reveal-error').innerText()).toContain('選択はそのまま');
    expect(await aoi.getByTestId('draft-section-asset').getByTestId('draft-select').isChecked()).toBe(true);
    expect(await shapesOf(ben)).toEqual([]);

    await aoi.unroute('**/reveal');
    await aoi.getByTestId('reveal-retry').click();
    await aoi.getByTestId('reveal-done').waitFor();

    // On the other company's board, as company a's cards of the right kinds.
    await waitShapeCount(ben, 2);
    const revealed = (await shapesOf(ben)).map(({ text, company, kind, type }) => ({
      text,
      company,
      kind,
      type,
    }));
    expect(revealed.sort((x, y) => x.text.localeCompare(y.text))).toEqual([
      { text: 'AI人材が足りない', company: 'a', kind: 'gap', type: 'sticky' },
      { text: '全国3万社の顧客基盤', company: 'a', kind: 'asset', type: 'sticky' },
    ]);
    // Ben is told they came, with a way to them; Aoi's teammate is not (the cards were theirs).
    const notice = ben.getByTestId('facilitation-notice');
    await expect
      .poll(() => notice.innerText(), POLL)
      .toContain('株式会社あさひが下書き2枚を共有ボードに公開しました');
    await notice.getByTestId('facilitation-notice-action').click();
    expect(await akira.getByTestId('facilitation-notice').count()).toBe(0);
    // Gone from the drafts, for both teammates; the goal stays private.
    for (const page of [aoi, akira])
      await expect.poll(() => draftTexts(page), POLL).toEqual(['共創で新市場']);
    expect((await shapesOf(ben)).some((s) => s.text.includes('共創'))).toBe(false);

    // The ledger's record, and "show revealed cards" brings them into view.
    const history = aoi.getByTestId('reveal-history');
    await history.locator('summary').click();
    expect(await history.innerText()).toContain('Aoi');
    await aoi.getByTestId('reveal-show').click();
    const ids = (await shapesOf(ben)).map((s) => s.id).sort();
    await expect
      .poll(() => aoi.evaluate<string[]>('window.kyoso.shapes().map((s) => s.id).sort()'), POLL)
      .toEqual(ids);
  });
});

/**
 * Counts pixels of `rgb` (±24 per channel) on the canvas's overlay layer, across the right of the
 * card's bottom edge, where its agreement badge goes. Evaluated in the page as text
 * (the test program has no DOM types).
 */
function badgePixels(page: Page, id: string, rgb: [number, number, number]): Promise<number> {
  return page.evaluate<number>(`(() => {
    const [r, g, b] = ${JSON.stringify(rgb)};
    const card = window.kyoso.shapes().find((s) => s.id === ${JSON.stringify(id)});
    const view = window.kyoso.viewport();
    const layers = document.querySelectorAll('[data-testid="canvas"] canvas');
    const overlay = layers[layers.length - 1];
    const ctx = overlay && overlay.getContext('2d');
    if (!card || !ctx) return -1;
    const scale = overlay.width / overlay.clientWidth;
    const right = (card.x + card.w - view.x) * view.zoom * scale;
    const bottom = (card.y + card.h - view.y) * view.zoom * scale;
    const width = Math.round(140 * scale);
    const { data } = ctx.getImageData(Math.round(right - width), Math.round(bottom - 20 * scale), width, Math.round(40 * scale));
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const near = Math.abs(data[i] - r) < 24 && Math.abs(data[i + 1] - g) < 24 && Math.abs(data[i + 2] - b) < 24;
      if (near && data[i + 3] > 200) count++;
    }
    return count;
  })()`);
}

const GREEN: [number, number, number] = [20, 108, 67];

describe('agreement', () => {
  it('keeps every control of a draft inside the panel, with room to read its text', async () => {
    const board = await createBoard(e2e.server.url);
    const page = await newPage(e2e, 'en-US');
    await enterBoard(page, memberLink(board, 'b'), 'Emily');
    await addDraft(page, 'asset', 'Data analytics team of 40 engineers');
    const panel = (await page.getByTestId('drafts-panel').boundingBox())!;
    for (const id of ['draft-select', 'draft-text', 'draft-kind', 'draft-comment', 'draft-delete']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(panel.x);
      expect(box.x + box.width, id).toBeLessThanOrEqual(panel.x + panel.width);
    }
    // The text takes most of the panel's width (beside the buttons it had a word a line).
    expect((await page.getByTestId('draft-text').boundingBox())!.width).toBeGreaterThan(panel.width * 0.6);
  });

  it('shows a draft’s kind whole, 足りないもの included', async () => {
    const board = await createBoard(e2e.server.url);
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, memberLink(board, 'a'), '葵');
    await addDraft(page, 'gap', 'AI人材が足りない');
    // The select's room for its text: its width less the text's, as drawn in its own font.
    const spare = await page.getByTestId('draft-kind').evaluate((node) => {
      const select = node as unknown as {
        clientWidth: number;
        selectedIndex: number;
        options: { text: string }[];
        ownerDocument: {
          createElement(tag: 'canvas'): {
            getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } };
          };
          defaultView: { getComputedStyle(el: unknown): { font: string } };
        };
      };
      const context = select.ownerDocument.createElement('canvas').getContext('2d');
      context.font = select.ownerDocument.defaultView.getComputedStyle(select).font;
      const text = select.options[select.selectedIndex]!.text;
      return { text, room: select.clientWidth - context.measureText(text).width };
    });
    expect(spare.text).toBe('足りないもの');
    // Its padding and arrow take about 26px: at a fixed 100px the last letter ran into the arrow.
    expect(spare.room).toBeGreaterThanOrEqual(30);
  });

  it('waits for every company, then shows the card agreed by all to everyone', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.members.b!);
    await writer.synced;
    const card = addSticky(
      writer.doc,
      {
        x: 700,
        y: 260,
        w: 220,
        h: 160,
        text: '物流網 × EV充電',
        company: 'b' as CompanyKey,
        kind: 'synergy',
      },
      'seed',
    );
    const [aoi, ben, observer] = await Promise.all([newPage(e2e), newPage(e2e), newPage(e2e)]);
    await Promise.all([
      enterBoard(aoi, memberLink(board, 'a'), 'Aoi'),
      enterBoard(ben, memberLink(board, 'b'), 'Ben'),
      enterBoard(observer, board.links.observer, 'Olivia'),
    ]);
    writer.destroy();

    const select = async (page: Page) => {
      await waitShapeCount(page, 1);
      const at = await worldToPage(page, { x: 810, y: 380 });
      await page.mouse.click(at.x, at.y);
      await page.getByTestId('agree-control').waitFor();
    };
    await select(aoi);
    await select(ben);
    expect(await badgePixels(aoi, card, GREEN)).toBe(0);

    await aoi.getByTestId('agree-button').click();
    await expect.poll(() => agreementsOf(ben), POLL).toEqual({ [card]: { a: 'Aoi' } });
    const benControl = ben.getByTestId('agree-control');
    await expect.poll(() => benControl.getAttribute('data-agreed'), POLL).toBe('a');
    expect(await ben.getByTestId('agreement-status').innerText()).toBe('Blue Ocean Inc.の合意待ち');
    expect(await aoi.getByTestId('withdraw-button').isVisible()).toBe(true);
    expect(await badgePixels(ben, card, GREEN)).toBe(0);

    await ben.getByTestId('agree-button').click();
    for (const page of [aoi, ben]) {
      await expect
        .poll(() => page.getByTestId('agree-control').getAttribute('data-agreed'), POLL)
        .toBe('all');
      expect(await page.getByTestId('agreement-status').innerText()).toBe('全社合意');
      await expect.poll(() => badgePixels(page, card, GREEN), POLL).toBeGreaterThan(40);
    }

    // The observer sees the same state, on the card and in the list, with nothing to press.
    await expect.poll(() => agreementsOf(observer), POLL).toEqual({ [card]: { a: 'Aoi', b: 'Ben' } });
    await expect.poll(() => badgePixels(observer, card, GREEN), POLL).toBeGreaterThan(40);
    const at = await worldToPage(observer, { x: 810, y: 380 });
    await observer.mouse.click(at.x, at.y);
    expect(await observer.getByTestId('agree-button').count()).toBe(0);
    await observer.getByTestId('agreements-open').click();
    const entry = observer.getByTestId('agreement-entry');
    await expect.poll(() => entry.getAttribute('data-agreed'), POLL).toBe('all');
    const listed = await entry.innerText();
    expect(listed).toContain('物流網 × EV充電');
    expect(listed).toContain('Aoi');
    expect(listed).toContain('Ben');
    expect(
      await observer
        .getByTestId('agreements-panel')
        .getByRole('button', { name: /合意する|として合意/ })
        .count(),
    ).toBe(0);
  });

  it('keeps the points nobody agreed yet open in a member’s list as they agree one after another', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.members.b!);
    await writer.synced;
    for (const [x, text] of [
      [0, '物流網 × EV充電'],
      [400, '店舗在庫 × 当日配送'],
    ] as const)
      addSticky(writer.doc, { x, y: 0, text, company: 'b' as CompanyKey, kind: 'synergy' }, 'seed');
    const aoi = await newPage(e2e);
    await enterBoard(aoi, memberLink(board, 'a'), 'Aoi');
    writer.destroy();
    await waitShapeCount(aoi, 2);
    await closeDrafts(aoi);
    await aoi.getByTestId('agreements-open').click();
    const open = aoi.locator('.agreements-panel__open');
    const agreeIn = () => open.getByRole('button', { name: /として合意/ });
    await expect.poll(() => agreeIn().count(), POLL).toBe(2);
    await agreeIn().first().click();
    await expect.poll(() => aoi.getByTestId('agreement-entry').count(), POLL).toBe(1);
    // The other point's button is still in sight (the list folded away as the first was agreed).
    expect(await open.evaluate((el) => (el as unknown as { open: boolean }).open)).toBe(true);
    expect(await agreeIn().count()).toBe(1);
    expect(await agreeIn().isVisible()).toBe(true);
  });

  it('reveals cards into their company’s areas of their kinds, apart, and in view of the revealer', async () => {
    const board = await createBoard(e2e.server.url, {
      title: '企業プロフィール',
      locale: 'ja',
      template: 'company-profile',
      companies: [{ name: '株式会社あさひ' }, { name: 'Blue Ocean Inc.' }],
    });
    const aoi = await newPage(e2e);
    await enterBoard(aoi, memberLink(board, 'a'), 'Aoi');
    await aoi.getByTestId('drafts-panel').waitFor();
    const drafts: [string, string][] = [
      ['asset', '全国3万社の顧客基盤'],
      ['asset', '自社物流網'],
      ['asset', '大手小売300社との取引'],
      ['gap', 'AI人材が足りない'],
      ['gap', '海外販路がない'],
      ['goal', '2030年に売上倍増'],
      ['value', '地域の暮らしを支える'],
    ];
    for (const [kind, text] of drafts) await addDraft(aoi, kind, text);
    await aoi.getByTestId('reveal-all').click();
    await aoi.getByTestId('reveal-confirm-submit').click();
    await aoi.getByTestId('reveal-done').waitFor();

    const isCard = (shape: TestShape) => shape.type === 'sticky';
    await expect.poll(async () => (await shapesOf(aoi)).filter(isCard).length, POLL).toBe(drafts.length);
    const cards = (await shapesOf(aoi)).filter(isCard);
    // The template's areas, as the board stores them.
    const reader = connectClient(e2e.server.url, board.id, 'content', board.tokens.observer);
    await reader.synced;
    const areas = readShapes(reader.doc).shapes.filter(
      (shape): shape is FrameShape => shape.type === 'frame',
    );
    reader.destroy();
    const within = (p: TestShape, q: FrameShape) =>
      p.x >= q.x && p.y >= q.y && p.x + p.w! <= q.x + q.w && p.y + p.h! <= q.y + q.h;
    for (const card of cards) {
      const area = areas.find((frame) => frame.areaCompany === 'a' && frame.areaKind === card.kind);
      expect(area, `the area for ${card.kind}`).toBeDefined();
      expect(within(card, area!), `${card.text} inside its area`).toBe(true);
    }
    cards.forEach((card, i) => {
      for (const other of cards.slice(i + 1)) {
        const apart =
          card.x + card.w! <= other.x ||
          other.x + other.w! <= card.x ||
          card.y + card.h! <= other.y ||
          other.y + other.h! <= card.y;
        expect(apart, `${card.text} and ${other.text} apart`).toBe(true);
      }
    });

    // The revealer's view moved to them: every card on screen, none under the drafts panel.
    await expect
      .poll(async () => {
        const box = await canvasBox(aoi);
        const panel = (await aoi.getByTestId('drafts-panel').boundingBox())!;
        const view = await viewportOf(aoi);
        return cards.every((card) => {
          const left = box.x + (card.x - view.x) * view.zoom;
          const top = box.y + (card.y - view.y) * view.zoom;
          const right = left + card.w! * view.zoom;
          const bottom = top + card.h! * view.zoom;
          return (
            left >= panel.x + panel.width &&
            top >= box.y &&
            right <= box.x + box.width &&
            bottom <= box.y + box.height
          );
        });
      }, POLL)
      .toBe(true);
    await painted(aoi);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'reveal-into-areas-ja.png') });
  });
});
