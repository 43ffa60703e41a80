// A whole workshop as DOMAIN.md describes it, through the UI only: a facilitator and two
// companies go from check-in through private drafting, reveal, a hidden dot vote and its reveal,
// to every company agreeing a synergy point. Screenshots of the result go to docs/screenshots/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/server.js';
import {
  enterBoard,
  memberLink,
  newPage,
  painted,
  publishScreenshot,
  SCREENSHOTS,
  shapesOf,
  type TestShape,
  useE2E,
  waitShapeCount,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 15_000, interval: 50 };

const phaseStep = (page: Page) => page.getByTestId('phase-step').innerText();
const votingStatus = (page: Page) => page.getByTestId('voting-panel').getAttribute('data-status');
const agreementsOf = (page: Page) =>
  page.evaluate<Record<string, Record<string, string>>>('window.kyoso ? window.kyoso.agreements() : {}');

async function nextPhase(facilitator: Page, members: Page[], step: string) {
  await facilitator.getByTestId('phase-next').click();
  for (const page of [facilitator, ...members]) await expect.poll(() => phaseStep(page), POLL).toBe(step);
}

async function addDraft(page: Page, kind: string, text: string) {
  await page.getByTestId(`draft-add-${kind}`).click();
  const field = page.locator(`[data-testid="draft-section-${kind}"] [data-testid="draft-text"]:focus`);
  await field.waitFor();
  await page.keyboard.type(text);
}

async function revealAll(page: Page) {
  await page.getByTestId('reveal-all').click();
  await page.getByTestId('reveal-confirm-submit').click();
  await page.getByTestId('reveal-done').waitFor();
}

/** Clicks the middle of a card as the page shows it. */
async function clickCard(page: Page, card: TestShape) {
  const at = await worldToPage(page, { x: card.x + card.w! / 2, y: card.y + card.h! / 2 });
  await page.mouse.click(at.x, at.y);
}

const byText = (shapes: TestShape[], text: string) => {
  const shape = shapes.find((s) => s.text === text);
  if (!shape) throw new Error(`no card "${text}"`);
  return shape;
};

describe('a workshop between two companies', () => {
  it('runs from check-in to a synergy point every company agreed', async () => {
    const board = await createBoard(e2e.server.url);
    const [f, a, b] = await Promise.all([
      newPage(e2e, 'ja-JP'),
      newPage(e2e, 'ja-JP'),
      newPage(e2e, 'en-US'),
    ]);
    await Promise.all([
      enterBoard(f, board.links.facilitator, '進行 山田'),
      enterBoard(a, memberLink(board, 'a'), 'Aoi'),
      enterBoard(b, memberLink(board, 'b'), 'Ben'),
    ]);
    const members = [a, b];

    // 1. Check-in, then private drafting with a timer.
    await f.getByTestId('phase-start').click();
    for (const page of [f, ...members]) await expect.poll(() => phaseStep(page), POLL).toBe('1/8');
    await nextPhase(f, members, '2/8');
    await f.getByTestId('timer-open').click();
    await f.getByTestId('timer-preset-10').click();
    for (const page of members) await page.getByTestId('timer-display').waitFor();

    // 2. Each company drafts where the other cannot see.
    await addDraft(a, 'asset', '全国3万社の顧客基盤');
    await addDraft(a, 'gap', 'EV充電の知見が足りない');
    await addDraft(b, 'asset', 'EV charging network');
    await addDraft(b, 'gap', 'No sales channel in Japan');
    expect(await b.locator('body').innerText()).not.toContain('全国3万社');
    expect(await a.locator('body').innerText()).not.toContain('EV charging network');

    // 3. Reveal: both companies put everything on the table.
    await nextPhase(f, members, '3/8');
    await revealAll(a);
    await revealAll(b);
    for (const page of [f, ...members]) await waitShapeCount(page, 4);
    const cards = await shapesOf(f);
    expect(cards.map(({ company, kind }) => `${company}:${kind}`).sort()).toEqual([
      'a:asset',
      'a:gap',
      'b:asset',
      'b:gap',
    ]);

    // Each revealer's cards came into view selected; the next step starts with nothing selected,
    // so no property bar stays over the board.
    for (const page of members) await page.getByTestId('property-bar').waitFor();

    // 4–5. Diverge, then a hidden dot vote, revealed together.
    await nextPhase(f, members, '4/8');
    for (const page of members) await page.getByTestId('property-bar').waitFor({ state: 'detached' });
    await nextPhase(f, members, '5/8');
    // The vote step opens the facilitator's voting panel at its start form.
    await f.getByTestId('vote-count').fill('2');
    await f.getByTestId('vote-start').click();
    for (const page of [f, ...members]) await expect.poll(() => votingStatus(page), POLL).toBe('open');
    // The drafts panels closed themselves when the workshop moved on from drafting and reveal.
    for (const page of members) await page.getByTestId('drafts-open').waitFor();
    // Each revealer's view went to their own cards; the whole board back in view to vote.
    for (const page of members) await page.getByTestId('zoom-fit').click();
    const network = byText(cards, 'EV charging network');
    const customers = byText(cards, '全国3万社の顧客基盤');
    const gap = byText(cards, 'EV充電の知見が足りない');
    await clickCard(a, network);
    await clickCard(a, customers);
    await clickCard(b, network);
    await clickCard(b, gap);
    for (const page of members) await expect.poll(() => page.getByTestId('my-vote').count(), POLL).toBe(2);
    // Until the reveal nobody sees a total, the facilitator included.
    for (const page of [f, ...members]) expect(await page.getByTestId('vote-result').count()).toBe(0);
    await f.getByTestId('vote-reveal').click();
    for (const page of [f, ...members]) {
      await expect.poll(() => votingStatus(page), POLL).toBe('revealed');
      const top = page.getByTestId('vote-result').first();
      await expect.poll(() => top.getAttribute('data-card'), POLL).toBe(network.id);
      expect(await top.getAttribute('data-votes')).toBe('2');
    }

    // 6–7. Converge on a synergy point (Aoi links the winner with her company's gap), then each
    // company agrees to it on its own behalf.
    await nextPhase(f, members, '6/8');
    await a.keyboard.press('Escape');
    await clickCard(a, network);
    await a.keyboard.down('Shift');
    await clickCard(a, gap);
    await a.keyboard.up('Shift');
    await a.getByTestId('synergy-make').click();
    const inspector = a.getByTestId('synergy-inspector');
    await inspector.waitFor();
    const point = (await inspector.getAttribute('data-card'))!;
    await a.getByTestId('synergy-close').click();
    await nextPhase(f, members, '7/8');
    for (const page of members) {
      await expect.poll(async () => (await shapesOf(page)).some((s) => s.id === point), POLL).toBe(true);
      // The new point went below the cards: the whole board back in view, clear of the launchers.
      await page.getByTestId('zoom-fit').click();
      await page.keyboard.press('Escape');
      await clickCard(
        page,
        (await shapesOf(page)).find((s) => s.id === point)!,
      );
      await page.getByTestId('agree-control').waitFor();
      await page.getByTestId('agree-button').click();
    }
    for (const page of [f, ...members])
      await expect.poll(() => agreementsOf(page), POLL).toEqual({ [point]: { a: 'Aoi', b: 'Ben' } });
    // The whole board in view, the agreed card selected: the screenshots show the outcome.
    for (const page of [f, b]) {
      await page.getByTestId('zoom-fit').click();
      await clickCard(
        page,
        (await shapesOf(page)).find((s) => s.id === point)!,
      );
    }
    await expect.poll(() => f.getByTestId('agree-control').getAttribute('data-agreed'), POLL).toBe('all');
    expect(await f.getByTestId('agree-button').count()).toBe(0);

    for (const [page, name] of [
      [f, 'workshop-ja.png'],
      [b, 'workshop-en.png'],
    ] as const) {
      await painted(page);
      await page.screenshot({ path: join(SCREENSHOTS, name) });
      publishScreenshot(name);
    }
  });
});
