// Dot voting in real Chromium pages: the facilitator starts a round, two members vote by clicking
// cards, each page shows only its own dots until the reveal (the server tests check the bytes on
// the wire; here, what each page shows and knows), a vote past the limit is refused with a
// message, a dot is taken back, and the reveal shows everyone the same totals.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, setPhase, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { rosterApi } from '../trust/roster-support.js';
import { call, joinAs } from '../workshop/support.js';
import {
  SCREENSHOTS,
  canvasBox,
  enterBoard,
  memberLink,
  newPage,
  painted,
  shapesOf,
  waitShapeCount,
  worldToPage,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 10_000, interval: 30 };

/** `window.kyoso.votes()` (client/src/sync/testHandle.ts). */
interface TestVotes {
  round: number | null;
  status: string | null;
  mine: Record<string, number>;
  left: number | null;
  totals: Record<string, number> | null;
}
const votesOf = (page: Page) => page.evaluate<TestVotes | null>('window.kyoso ? window.kyoso.votes() : null');

const CARDS = [
  { x: 0, y: 0, text: '共同配送の実証' },
  { x: 260, y: 0, text: 'Joint loyalty programme' },
  { x: 0, y: 220, text: '関西の販路を共有' },
  { x: 260, y: 220, text: 'Shared EV chargers' },
];
const SIZE = { w: 200, h: 160 };

/** Clicks the middle of a card on the canvas. */
async function clickCard(page: Page, card: { x: number; y: number }) {
  const at = await worldToPage(page, { x: card.x + SIZE.w / 2, y: card.y + SIZE.h / 2 });
  await page.mouse.click(at.x, at.y);
}

/** The results list as the page shows it: [card id, votes] from most to fewest. */
const resultsOf = (page: Page) =>
  page
    .getByTestId('vote-result')
    .evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-card'), Number(item.getAttribute('data-votes'))]),
    );
const myVotesOf = (page: Page) =>
  page
    .getByTestId('my-vote')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [item.getAttribute('data-card'), Number(item.getAttribute('data-count'))]),
      ),
    );
const statusOf = (page: Page) => page.getByTestId('voting-panel').getAttribute('data-status');

describe('dot voting in the browser', () => {
  it('keeps each ballot to its voter until the reveal, then shows everyone the same totals', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const ids: ShapeId[] = [];
    writer.doc.transact(() => {
      for (const [i, card] of CARDS.entries())
        ids.push(
          addSticky(
            writer.doc,
            { ...card, ...SIZE, company: (i % 2 ? 'b' : 'a') as CompanyKey, kind: 'idea' },
            'seed',
          ),
        );
    });
    const [c1, c2, c3] = ids as [ShapeId, ShapeId, ShapeId, ShapeId];

    const [facilitator, a, b] = await Promise.all([
      newPage(e2e, 'ja-JP'),
      newPage(e2e, 'ja-JP'),
      newPage(e2e, 'en-US'),
    ]);
    await Promise.all([
      enterBoard(facilitator, board.links.facilitator, '進行 山田'),
      enterBoard(a, memberLink(board, 'a'), 'Aoi'),
      enterBoard(b, memberLink(board, 'b'), 'Ben'),
    ]);
    writer.destroy();
    for (const page of [facilitator, a, b]) await waitShapeCount(page, CARDS.length);
    // Before any round, members see no voting panel at all.
    expect(await a.getByTestId('voting-panel').count()).toBe(0);

    // The facilitator starts a round: every card, 2 dots each, one per card.
    await facilitator.getByTestId('voting-panel-toggle').click();
    await expect.poll(() => facilitator.getByTestId('vote-scope-count').textContent(), POLL).toContain('4');
    // A round can cover several kinds: the count follows the kinds ticked, none ticked starts nothing.
    const count = () => facilitator.getByTestId('vote-scope-count').textContent();
    await facilitator.getByTestId('vote-scope-kind').check();
    await expect.poll(count, POLL).toContain('4');
    await facilitator.getByTestId('vote-kind-idea').uncheck();
    expect(await facilitator.getByTestId('vote-start').isDisabled()).toBe(true);
    await facilitator.getByTestId('vote-kind-gap').check();
    await expect.poll(count, POLL).toBe('対象になるカードがまだありません。');
    await facilitator.getByTestId('vote-kind-idea').check();
    await expect.poll(count, POLL).toContain('4');
    await painted(facilitator);
    await facilitator
      .getByTestId('voting-panel')
      .screenshot({ path: join(SCREENSHOTS, 'voting-kinds-ja.png') });
    await facilitator.getByTestId('vote-scope-all').check();
    await facilitator.getByTestId('vote-count').fill('2');
    expect(await facilitator.getByTestId('vote-multiple').isChecked()).toBe(false);
    await painted(facilitator);
    await facilitator.screenshot({ path: join(SCREENSHOTS, 'voting-start-ja.png') });
    await facilitator.getByTestId('vote-start').click();
    for (const page of [facilitator, a, b]) await expect.poll(() => statusOf(page), POLL).toBe('open');
    await expect.poll(() => votesOf(a), POLL).toMatchObject({ status: 'open', mine: {}, left: 2 });

    // The voting panel opened by itself over A's board: the cards moved beside it, none under it.
    const onCanvas = async (page: Page, card: { x: number; y: number }) => {
      const at = await worldToPage(page, { x: card.x + SIZE.w / 2, y: card.y + SIZE.h / 2 });
      return page.evaluate<boolean>(
        `!!document.elementFromPoint(${at.x}, ${at.y})?.closest('[data-testid="canvas"]')`,
      );
    };
    for (const card of CARDS) await expect.poll(() => onCanvas(a, card), POLL).toBe(true);

    // A places both dots; B places one.
    await clickCard(a, CARDS[0]!);
    await clickCard(a, CARDS[1]!);
    await clickCard(b, CARDS[0]!);
    await expect.poll(() => votesOf(a), POLL).toMatchObject({ mine: { [c1]: 1, [c2]: 1 }, left: 0 });
    await expect.poll(() => votesOf(b), POLL).toMatchObject({ mine: { [c1]: 1 }, left: 1 });
    await expect.poll(() => myVotesOf(a), POLL).toEqual({ [c1]: 1, [c2]: 1 });
    await expect.poll(() => myVotesOf(b), POLL).toEqual({ [c1]: 1 });
    await expect
      .poll(() => a.getByTestId('votes-left').textContent(), POLL)
      .toContain('ドットを 2 個すべて置きました');
    await expect.poll(() => b.getByTestId('votes-left').textContent(), POLL).toContain('1 of 2 left');

    // In vote mode a drag still moves a card (B moves one of B's company's: only those B may
    // move), and places no dot.
    const from = await worldToPage(b, { x: CARDS[3]!.x + 100, y: CARDS[3]!.y + 80 });
    const to = await worldToPage(b, { x: CARDS[3]!.x + 140, y: CARDS[3]!.y + 140 });
    await b.mouse.move(from.x, from.y);
    await b.mouse.down();
    await b.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await b.mouse.move(to.x, to.y, { steps: 4 });
    await b.mouse.up();
    // Moved by 60 world units down (give or take the rounding of screen pixels at this zoom).
    await expect
      .poll(async () => (await shapesOf(a)).find((shape) => shape.id === ids[3])?.y, POLL)
      .toBeCloseTo(CARDS[3]!.y + 60, -1);
    expect((await votesOf(b))?.mine).toEqual({ [c1]: 1 });
    expect((await votesOf(a))?.mine).toEqual({ [c1]: 1, [c2]: 1 });

    // A third dot is refused, with the reason, and nothing changes.
    await clickCard(a, CARDS[2]!);
    await expect.poll(() => a.getByTestId('vote-message').textContent(), POLL).toContain('使い切りました');
    expect((await votesOf(a))?.mine).toEqual({ [c1]: 1, [c2]: 1 });
    // Taking a dot back at once: the refusal goes with it (it no longer holds); then back again.
    await clickCard(a, CARDS[1]!);
    await expect.poll(() => votesOf(a), POLL).toMatchObject({ mine: { [c1]: 1 }, left: 1 });
    expect(await a.getByTestId('vote-message').count()).toBe(0);
    await clickCard(a, CARDS[1]!);
    await expect.poll(() => votesOf(a), POLL).toMatchObject({ mine: { [c1]: 1, [c2]: 1 }, left: 0 });

    // Nobody else knows about A's dots: not B (beyond B's own), not the facilitator.
    for (const page of [b, facilitator]) {
      const votes = await votesOf(page);
      expect(votes?.totals).toBeNull();
      expect(votes?.mine[c2]).toBeUndefined();
      expect(await page.getByTestId('vote-result').count()).toBe(0);
    }
    expect((await votesOf(facilitator))?.mine).toEqual({});
    expect(await facilitator.getByTestId('my-vote').count()).toBe(0);
    expect(await facilitator.getByTestId('member-ballot').count()).toBe(0);
    // B's page holds no count for A's cards anywhere in its DOM.
    expect(await b.locator(`[data-card="${c2}"]`).count()).toBe(0);

    await painted(a);
    await a.screenshot({ path: join(SCREENSHOTS, 'voting-member-ja.png') });
    await painted(b);
    await b.screenshot({ path: join(SCREENSHOTS, 'voting-member-en.png') });

    // A takes the dot on the second card back (one per card: a second click toggles it) and
    // puts it on the third.
    await clickCard(a, CARDS[1]!);
    await expect.poll(() => votesOf(a), POLL).toMatchObject({ mine: { [c1]: 1 }, left: 1 });
    await expect.poll(() => myVotesOf(a), POLL).toEqual({ [c1]: 1 });
    await clickCard(a, CARDS[2]!);
    await expect.poll(() => votesOf(a), POLL).toMatchObject({ mine: { [c1]: 1, [c3]: 1 }, left: 0 });

    // The reveal: every page shows the same totals, on the cards and in a sorted list.
    await facilitator.getByTestId('vote-reveal').click();
    const expected = { [c1]: 2, [c3]: 1 };
    for (const page of [facilitator, a, b]) {
      await expect.poll(() => statusOf(page), POLL).toBe('revealed');
      await expect.poll(async () => (await votesOf(page))?.totals, POLL).toEqual(expected);
      await expect
        .poll(() => resultsOf(page), POLL)
        .toEqual([
          [c1, 2],
          [c3, 1],
        ]);
    }
    // Choosing a result brings its card to the middle of the view.
    await facilitator.getByTestId('zoom-out').click();
    await facilitator.locator(`[data-testid="vote-result"][data-card="${c3}"] button`).click();
    const box = await canvasBox(facilitator);
    await expect
      .poll(async () => {
        const at = await worldToPage(facilitator, {
          x: CARDS[2]!.x + SIZE.w / 2,
          y: CARDS[2]!.y + SIZE.h / 2,
        });
        return Math.hypot(at.x - (box.x + box.width / 2), at.y - (box.y + box.height / 2));
      }, POLL)
      .toBeLessThan(2);

    // The facilitator highlights the top 3: every page shows it, members with a word about it.
    expect(await b.getByTestId('vote-highlight').count()).toBe(0);
    await facilitator.getByTestId('vote-highlight').check();
    await expect
      .poll(() => b.getByTestId('vote-highlight-shared').textContent(), POLL)
      .toBe('The facilitator highlights the top 3');
    await painted(b);
    await b.screenshot({ path: join(SCREENSHOTS, 'voting-results-en.png') });
    await painted(facilitator);
    await facilitator.screenshot({ path: join(SCREENSHOTS, 'voting-results-ja.png') });
  });

  it('opens the voting panel in the vote step: the facilitator’s at its start, a member’s waiting', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    for (const [i, card] of CARDS.entries())
      addSticky(
        writer.doc,
        { ...card, ...SIZE, company: (i % 2 ? 'b' : 'a') as CompanyKey, kind: 'idea' },
        'seed',
      );
    const [facilitator, a] = await Promise.all([newPage(e2e, 'ja-JP'), newPage(e2e, 'en-US')]);
    await Promise.all([
      enterBoard(facilitator, board.links.facilitator, '進行 山田'),
      enterBoard(a, memberLink(board, 'a'), 'Aoi'),
    ]);
    await waitShapeCount(facilitator, CARDS.length);
    writer.destroy();
    const control = connectClient(e2e.server.url, board.id, 'control', board.tokens.facilitator);
    await control.synced;
    setPhase(control.doc, 'diverge', 'test', Date.now());
    await expect.poll(() => facilitator.getByTestId('phase-step').innerText(), POLL).toBe('4/8');
    // Before the vote step: the facilitator's chip is folded, members have no panel.
    expect(await facilitator.getByTestId('voting-panel-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await a.getByTestId('voting-panel').count()).toBe(0);

    // Another device of the facilitator's moves on to the vote step.
    setPhase(control.doc, 'vote', 'test', Date.now());
    await facilitator.getByTestId('vote-start').waitFor();
    expect(await facilitator.getByTestId('voting-panel-toggle').getAttribute('aria-expanded')).toBe('true');
    // A member's panel opens too: the vote has not started yet, and what will happen when it does.
    await expect.poll(() => statusOf(a), POLL).toBe('none');
    expect(await a.getByTestId('vote-status').innerText()).toBe('Not started');
    await a.getByTestId('vote-waiting').waitFor();
    expect(await a.getByTestId('vote-waiting').innerText()).toContain('When the facilitator starts the vote');
    await painted(facilitator);
    await facilitator.screenshot({ path: join(SCREENSHOTS, 'voting-step-ja.png') });

    // The facilitator starts it from there: the member's panel turns to their ballot.
    await facilitator.getByTestId('vote-start').click();
    await expect.poll(() => statusOf(a), POLL).toBe('open');
    await expect.poll(() => votesOf(a), POLL).toMatchObject({ status: 'open', left: 3 });
    expect(await a.getByTestId('vote-waiting').count()).toBe(0);
    control.destroy();
  });

  it('counts the members who could vote in the round, not someone let in after it closed', async () => {
    const board = await createBoard(e2e.server.url);
    const roster = rosterApi(e2e.server.url, board);
    const host = await joinAs(e2e.server.url, board, board.tokens.facilitator, '進行 山田');
    await roster.setAdmission(host.token, true);
    /** A member who asks to join and is let in. */
    const letIn = async (company: 'a' | 'b', name: string) => {
      const joined = await roster.join(board.tokens.members[company]!, name);
      expect((await roster.admit(host.token, joined.body.participant.id)).status).toBe(200);
      return joined.body;
    };
    const aoi = await letIn('a', 'Aoi');
    await letIn('b', 'Ben');
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const card = addSticky(
      writer.doc,
      { ...CARDS[0]!, ...SIZE, company: 'a' as CompanyKey, kind: 'idea' },
      'seed',
    );
    const base = `/api/boards/${board.id}`;
    const rules = { scope: { kind: 'all' }, votesPerPerson: 2, allowMultiple: false };
    expect((await call(e2e.server.url, 'POST', `${base}/votes/rounds`, host.token, { rules })).status).toBe(
      201,
    );
    await expect
      .poll(
        async () =>
          (await call(e2e.server.url, 'POST', `${base}/votes`, aoi.token, { card, delta: 1 })).status,
        POLL,
      )
      .toBe(200);
    writer.destroy();
    // The round closes; then someone is let in, who never could vote in it.
    expect((await call(e2e.server.url, 'POST', `${base}/votes/rounds/1/end`, host.token)).status).toBe(200);
    await letIn('a', '遅れて 佐藤');

    const f = await newPage(e2e);
    await enterBoard(f, board.links.facilitator, '進行 山田');
    const progress = f.getByTestId('vote-progress');
    await expect.poll(() => progress.innerText(), POLL).toBe('メンバー2人中1人が投票しました');
    // Another is let in while the facilitator watches: the next count from the server says the same.
    await letIn('b', 'Late Bo');
    const asked = await f.waitForRequest((request) => request.url().endsWith(`${base}/progress`));
    await asked.response();
    await painted(f);
    expect(await progress.innerText()).toBe('メンバー2人中1人が投票しました');
    await f.getByTestId('voting-panel').screenshot({ path: join(SCREENSHOTS, 'voting-count-ja.png') });

    // The participants panel lists all four members, and counts the round as the voting panel does.
    await f.getByTestId('participants-open').click();
    await expect.poll(() => f.getByTestId('participants-group-a').count(), POLL).toBe(1);
    expect(
      await f
        .locator('[data-testid="participants-group-a"], [data-testid="participants-group-b"]')
        .locator('[data-testid="participant-row"]')
        .count(),
    ).toBe(4);
    await expect
      .poll(() => f.getByTestId('room-progress-votes').innerText(), POLL)
      .toBe('投票 第1回（締め切り）: メンバー2人中1人が投票');
  });
});
