// Synergy suggestions in real Chromium pages: on a board with cards of two companies, a member's
// panel suggests a Japanese asset for an English gap with the shared term as the reason, and a
// pair that shares only an area of business apart, after them;
// dismissing one removes it (and it stays dismissed after a reload: localStorage per board);
// accepting one creates a synergy card linked by connectors to both cards, seen by the other
// company too; an observer sees the suggestions without the buttons. The panel's introduction can be
// hidden (remembered in this browser), which gives the list its room on a 1280x720 screen.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, readShapes, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  SCREENSHOTS,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  shapesOf,
  waitShapeCount,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 10_000, interval: 30 };
const SIZE = { w: 200, h: 160 };

const CARDS = [
  { key: 'salesAsset', x: 0, y: 0, company: 'a', kind: 'asset', text: '全国3,000店舗の販売網と自社配送網' },
  { key: 'aiAsset', x: 0, y: 220, company: 'a', kind: 'asset', text: '画像認識AIの研究開発チーム' },
  { key: 'aGap', x: 0, y: 440, company: 'a', kind: 'gap', text: '海外展開のノウハウがない' },
  {
    key: 'salesGap',
    x: 520,
    y: 0,
    company: 'b',
    kind: 'gap',
    text: 'No sales channel in Japan for our EV chargers',
  },
  { key: 'mlGap', x: 520, y: 220, company: 'b', kind: 'gap', text: 'We lack machine learning engineers' },
  { key: 'bAsset', x: 520, y: 440, company: 'b', kind: 'asset', text: 'Office plants' },
  // No shared word, the same area of business (finance): a weaker candidate, listed apart.
  { key: 'insureAsset', x: 0, y: 660, company: 'a', kind: 'asset', text: '輸出貨物の保険' },
  {
    key: 'fxGap',
    x: 520,
    y: 660,
    company: 'b',
    kind: 'gap',
    text: 'Currency swings make our margins unpredictable',
  },
] as const;

const suggestion = (page: Page, asset: string, need: string) =>
  page.locator(`[data-testid="suggestion"][data-asset="${asset}"][data-need="${need}"]`);

/** A board with CARDS on it, written by the facilitator's client (still connected). */
async function boardWithCards() {
  const board = await createBoard(e2e.server.url);
  const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
  await writer.synced;
  const ids = {} as Record<(typeof CARDS)[number]['key'], ShapeId>;
  writer.doc.transact(() => {
    for (const card of CARDS)
      ids[card.key] = addSticky(
        writer.doc,
        {
          x: card.x,
          y: card.y,
          ...SIZE,
          text: card.text,
          company: card.company as CompanyKey,
          kind: card.kind,
        },
        'seed',
      );
  });
  return { board, writer, ids };
}

async function openSuggestions(page: Page) {
  await page.getByTestId('suggestions-open').click();
  await page.getByTestId('suggestions-panel').waitFor();
}

describe('synergy suggestions in the browser', () => {
  it('suggests across Japanese and English with a reason; dismiss hides one, accept links a synergy card', async () => {
    const { board, writer, ids } = await boardWithCards();

    const [a, b, observer] = await Promise.all([
      newPage(e2e, 'ja-JP'),
      newPage(e2e, 'en-US'),
      newPage(e2e, 'ja-JP'),
    ]);
    await Promise.all([
      enterBoard(a, memberLink(board, 'a'), 'Aoi'),
      enterBoard(b, memberLink(board, 'b'), 'Ben'),
      enterBoard(observer, board.links.observer, '見学 佐藤'),
    ]);
    await Promise.all([closeDrafts(a), closeDrafts(b)]);
    for (const page of [a, b, observer]) await waitShapeCount(page, CARDS.length);

    // Japanese page: the sales-channel pair, its reason in the cards' own words.
    await openSuggestions(a);
    const sales = suggestion(a, ids.salesAsset, ids.salesGap);
    await sales.waitFor();
    expect(await sales.getByTestId('suggestion-reason').textContent()).toContain(
      '根拠: 販売網 ↔ sales channel',
    );
    const ai = suggestion(a, ids.aiAsset, ids.mlGap);
    await ai.waitFor();
    expect(await ai.getByTestId('suggestion-reason').textContent()).toContain('machine learning');
    // Never a pair within one company, never the unrelated card.
    expect(
      await a
        .locator(`[data-testid="suggestion"][data-need="${ids.aGap}"][data-asset="${ids.aiAsset}"]`)
        .count(),
    ).toBe(0);
    expect(await a.locator(`[data-testid="suggestion"][data-asset="${ids.bAsset}"]`).count()).toBe(0);
    // Sharing only an area: under its own heading, after the pairs that share words, named as an area.
    const byArea = a.getByTestId('suggestions-by-area');
    const insurance = byArea.locator(`[data-asset="${ids.insureAsset}"][data-need="${ids.fxGap}"]`);
    await insurance.waitFor();
    expect(await insurance.getByTestId('suggestion-reason').textContent()).toBe(
      '領域: 財務・金融（保険 / Currency）',
    );
    expect(await byArea.locator(`[data-asset="${ids.salesAsset}"]`).count()).toBe(0);
    expect(
      await a
        .getByTestId('suggestion')
        .evaluateAll((items) =>
          items.map((item) => (item as unknown as { dataset: { asset: string } }).dataset.asset).at(-1),
        ),
    ).toBe(ids.insureAsset);
    await sales.hover();
    await painted(a);
    await a.screenshot({ path: join(SCREENSHOTS, 'suggest-ja.png') });

    // English page: the same pair, reason in English.
    await openSuggestions(b);
    const salesEn = suggestion(b, ids.salesAsset, ids.salesGap);
    await salesEn.waitFor();
    expect(await salesEn.getByTestId('suggestion-reason').textContent()).toContain(
      'Why: 販売網 ↔ sales channel',
    );
    expect(
      await suggestion(b, ids.insureAsset, ids.fxGap).getByTestId('suggestion-reason').textContent(),
    ).toBe('Area: finance (保険 / Currency)');
    // A long card text is shortened in the list, and whole on hover.
    const gapText = salesEn.locator('.suggestion__text').nth(1);
    expect(await gapText.textContent()).toMatch(/…$/);
    expect(await gapText.getAttribute('title')).toBe('No sales channel in Japan for our EV chargers');
    await salesEn.hover();
    await painted(b);
    await b.screenshot({ path: join(SCREENSHOTS, 'suggest-en.png') });

    // The observer sees suggestions, without accept or dismiss.
    await openSuggestions(observer);
    await suggestion(observer, ids.salesAsset, ids.salesGap).waitFor();
    expect(await observer.getByTestId('suggestion-accept').count()).toBe(0);
    expect(await observer.getByTestId('suggestion-dismiss').count()).toBe(0);

    // Dismiss: gone from this page, still gone after a reload, still there for the other company.
    await ai.getByTestId('suggestion-dismiss').click();
    await expect.poll(() => ai.count(), POLL).toBe(0);
    await a.reload();
    await a.getByTestId('canvas').waitFor();
    await waitShapeCount(a, CARDS.length);
    if ((await a.getByTestId('suggestions-panel').count()) === 0) await openSuggestions(a);
    await suggestion(a, ids.salesAsset, ids.salesGap).waitFor();
    expect(await suggestion(a, ids.aiAsset, ids.mlGap).count()).toBe(0);
    expect(await suggestion(b, ids.aiAsset, ids.mlGap).count()).toBe(1);

    // Accept: a synergy card linked asset → synergy → gap, on both pages; the pair leaves the list.
    await suggestion(a, ids.salesAsset, ids.salesGap).getByTestId('suggestion-accept').click();
    await a.getByTestId('suggestions-notice').waitFor();
    await waitShapeCount(b, CARDS.length + 3);
    const shapes = await shapesOf(b);
    const synergy = shapes.find((shape) => shape.kind === 'synergy');
    expect(synergy?.text).toContain('販売網');
    await expect.poll(() => suggestion(a, ids.salesAsset, ids.salesGap).count(), POLL).toBe(0);
    await expect.poll(() => suggestion(b, ids.salesAsset, ids.salesGap).count(), POLL).toBe(0);
    await expect
      .poll(() => {
        const connectors = readShapes(writer.doc).shapes.flatMap((shape) =>
          shape.type === 'connector' ? [`${shape.from}>${shape.to}`] : [],
        );
        return connectors.sort();
      }, POLL)
      .toEqual([`${ids.salesAsset}>${synergy!.id}`, `${synergy!.id}>${ids.salesGap}`].sort());
    // Accepting chooses no type for the point: it is not set until someone picks one.
    const accepted = readShapes(writer.doc).shapes.find((shape) => shape.id === synergy!.id);
    expect(accepted?.type === 'sticky' ? accepted.synergy?.synergyType : undefined).toBeNull();
    await painted(a);
    await a.screenshot({ path: join(SCREENSHOTS, 'suggest-accepted-ja.png') });
    writer.destroy();
  });

  it('lets a person hide the introduction, remembered in this browser: at 1280x720 the list moves up by its height', async () => {
    const { board, writer } = await boardWithCards();
    writer.destroy();
    const page = await newPage(e2e, 'ja-JP', { viewport: { width: 1280, height: 720 } });
    await enterBoard(page, memberLink(board, 'a'), 'Aoi');
    await closeDrafts(page);
    await waitShapeCount(page, CARDS.length);
    await openSuggestions(page);
    const panel = page.getByTestId('suggestions-panel');
    await panel.getByTestId('suggestion').nth(1).waitFor();
    const toggle = panel.getByTestId('panel-intro-toggle');
    expect(await toggle.getAttribute('aria-label')).toBe('説明を隠す');
    const first = panel.getByTestId('suggestion').first();
    const before = (await first.boundingBox())!.y;
    const introText = panel.locator('.side-panel__intro', { hasText: 'ある企業の強み・資産' });
    expect(await introText.count()).toBe(1);
    await toggle.click();
    expect(await toggle.getAttribute('aria-label')).toBe('説明を表示');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await introText.count()).toBe(0);
    // The list starts where the introduction was: about five lines higher.
    expect(before - (await first.boundingBox())!.y).toBeGreaterThan(60);
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'suggest-1280x720-ja.png') });

    // Hidden after a reload too, and shown again from the same link.
    await page.reload();
    // The panel is remembered open too.
    await panel.waitFor();
    await expect.poll(() => toggle.getAttribute('aria-label'), POLL).toBe('説明を表示');
    await toggle.click();
    expect(await introText.count()).toBe(1);
  });
});
