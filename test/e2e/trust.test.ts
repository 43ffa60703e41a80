// Trust between companies, in the browser: another company's card is read-only for a member and
// says why (and the page never sends a change the server would refuse); a member's offline edit
// to a card the facilitator locked meanwhile is discarded on reconnect, and the member is told
// why; an agreement turns "changed since agreed" when a linked card's text changes, and is agreed
// again once every company agrees to the new content, on the page and in the CSV report.
import { join } from 'node:path';
import type { Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addSticky,
  createSynergy,
  readShapes,
  setShapesLocked,
  setText,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, SAMPLE_BOARD } from '../support/server.js';
import { call, joinAs } from '../workshop/support.js';
import {
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  publishScreenshot,
  SCREENSHOTS,
  shapesOf,
  touchScreen,
  useE2E,
  waitConnected,
  waitShapeCount,
  waitStatus,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 15_000, interval: 50 };
const CARD = { w: 200, h: 160 };

async function clickAt(page: Page, world: { x: number; y: number }, modifiers: 'Shift'[] = []) {
  const at = await worldToPage(page, world);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(at.x, at.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

/** Refusals the server sent, by any page (counted by reason in its metrics). */
const refusedSoFar = () =>
  ['other-company', 'locked', 'assign-other-company', 'synergy-other-companies', 'after-refusal']
    .map((code) => e2e.server.metrics.dropped.get({ reason: `refused ${code}` }))
    .reduce((a, b) => a + b, 0);

/** A stock client with a company's link, to put that company's cards on the board. */
async function writerFor(boardId: string, token: string): Promise<SyncClient> {
  const writer = connectClient(e2e.server.url, boardId, 'content', token);
  await writer.synced;
  return writer;
}

/**
 * A board of two companies (named as given) with a's asset 全国の物流網, b's gap, and a synergy point
 * 共同配送 linking them at (500, 500), written by each company's own member.
 */
async function boardWithAPoint(names: [string, string], gapText: string) {
  const board = await createBoard(e2e.server.url, {
    ...SAMPLE_BOARD,
    companies: [
      { ...SAMPLE_BOARD.companies[0], name: names[0] },
      { ...SAMPLE_BOARD.companies[1], name: names[1] },
    ],
  });
  const writerA = await writerFor(board.id, board.tokens.members.a!);
  const writerB = await writerFor(board.id, board.tokens.members.b!);
  const asset = addSticky(
    writerA.doc,
    { x: 200, y: 200, ...CARD, text: '全国の物流網', company: 'a' as CompanyKey, kind: 'asset' },
    'seed',
  );
  await expect.poll(() => readShapes(writerB.doc).shapes.length, POLL).toBe(1);
  const gap = addSticky(
    writerB.doc,
    { x: 800, y: 200, ...CARD, text: gapText, company: 'b' as CompanyKey, kind: 'gap' },
    'seed',
  );
  await expect.poll(() => readShapes(writerA.doc).shapes.length, POLL).toBe(2);
  const synergy = createSynergy(
    writerA.doc,
    { title: '共同配送', from: [asset], to: [gap], at: { x: 500, y: 500 } },
    'seed',
  );
  return { board, writerA, writerB, gap, synergy };
}

const textOf = (shapes: { id: string; text: string }[], id: string) => shapes.find((s) => s.id === id)?.text;

describe('trust between companies in the browser', () => {
  it('shows another company’s card as read-only, says why, and never sends what the server would refuse', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = await writerFor(board.id, board.tokens.members.b!);
    const theirs = addSticky(
      writer.doc,
      { x: 400, y: 200, ...CARD, text: 'Blue Ocean の販路', company: 'b' as CompanyKey, kind: 'asset' },
      'seed',
    );
    const before = refusedSoFar();
    const aoi = await newPage(e2e);
    await enterBoard(aoi, memberLink(board, 'a'), 'Aoi');
    await closeDrafts(aoi);
    await waitShapeCount(aoi, 1);

    await clickAt(aoi, { x: 500, y: 280 });
    const reason = aoi.getByTestId('readonly-reason');
    await reason.waitFor();
    expect(await reason.getAttribute('data-code')).toBe('other-company');
    expect(await reason.innerText()).toContain('Blue Ocean Inc.');
    // No colour, order or delete for it; nor an agree button: companies agree on synergy points.
    expect(await aoi.locator('.property-bar .swatch-button').count()).toBe(0);
    expect(await aoi.getByTestId('agree-control').count()).toBe(0);
    await painted(aoi);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'trust-read-only-ja.png') });
    publishScreenshot('trust-read-only-ja.png');

    // Delete, typing and dragging leave it as it was, and a notice says why.
    await aoi.keyboard.press('Delete');
    await aoi.keyboard.press('Enter');
    const from = await worldToPage(aoi, { x: 500, y: 280 });
    await aoi.mouse.move(from.x, from.y);
    await aoi.mouse.down();
    await aoi.mouse.move(from.x + 80, from.y + 60, { steps: 5 });
    await aoi.mouse.up();
    await aoi.getByTestId('facilitation-notice').waitFor();
    expect(await aoi.getByTestId('facilitation-notice').innerText()).toContain('Blue Ocean Inc.');
    expect(await aoi.locator('textarea').count()).toBe(0);
    expect((await shapesOf(aoi)).find((shape) => shape.id === theirs)).toMatchObject({ x: 400, y: 200 });
    // A duplicate is Aoi's own card: allowed.
    await aoi.keyboard.press('Control+d');
    await expect.poll(async () => (await shapesOf(aoi)).length, POLL).toBe(2);
    const copy = (await shapesOf(aoi)).find((shape) => shape.id !== theirs);
    expect(copy).toMatchObject({ company: 'a', text: 'Blue Ocean の販路' });
    await expect.poll(() => readShapes(writer.doc).shapes.length, POLL).toBe(2);
    expect(refusedSoFar()).toBe(before);
    writer.destroy();
  });

  it('on touch screens: says whole why a card is read-only, who made it on a long press, and keeps the status, what changed and agreeing again in sight', async () => {
    const { board, writerA, writerB, gap, synergy } = await boardWithAPoint(
      ['株式会社あさひ', 'Blue Ocean Inc.'],
      '地方の販路',
    );
    const aiko = await joinAs(e2e.server.url, board, board.tokens.members.a!, '青井 葵');
    const ben = await joinAs(e2e.server.url, board, board.tokens.members.b!, 'Ben');
    for (const who of [aiko, ben]) {
      const path = `/api/boards/${board.id}/agreements`;
      expect(
        (await call(e2e.server.url, 'POST', path, who.token, { card: synergy, agree: true })).status,
      ).toBe(200);
    }
    // Company b's gap changes: both agreements are to the earlier content now.
    setText(writerB.doc, { id: gap, text: '地方と離島の販路' }, 'seed');

    const phone = await newPage(e2e, 'ja-JP', { viewport: { width: 390, height: 844 }, hasTouch: true });
    await enterBoard(phone, memberLink(board, 'b'), 'Ben');
    await closeDrafts(phone);
    await waitShapeCount(phone, 5);
    const inScreen = async (locator: ReturnType<Page['getByTestId']>) => {
      const box = (await locator.boundingBox())!;
      return box.x >= 0 && box.x + box.width <= 390 && box.y >= 0 && box.y + box.height <= 844;
    };

    // Company a's card, tapped: the reason it is read-only is whole, on a line of its own.
    const card = await worldToPage(phone, { x: 300, y: 280 });
    await phone.touchscreen.tap(card.x, card.y);
    const reason = phone.getByTestId('readonly-reason');
    await reason.waitFor();
    expect(await reason.innerText()).toContain('株式会社あさひ');
    expect(await inScreen(reason)).toBe(true);
    expect(await reason.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await painted(phone);
    await phone.screenshot({ path: join(SCREENSHOTS, 'trust-phone-read-only-ja.png') });

    // Held, the card says who made it, above the finger; it stays after the finger lifts.
    const touch = await touchScreen(phone);
    const tooltip = phone.getByTestId('attribution-tooltip');
    await touch('touchStart', [{ ...card, id: 1 }]);
    await tooltip.waitFor();
    await touch('touchEnd', []);
    expect(await tooltip.innerText()).toContain('作成: メンバーのリンク（株式会社あさひ）');
    expect(await inScreen(tooltip)).toBe(true);
    expect((await tooltip.boundingBox())!.y + (await tooltip.boundingBox())!.height).toBeLessThan(card.y);
    // Above the card itself, whose text it covered when it sat just above the finger.
    const held = (await shapesOf(phone)).find(
      (s) => s.type === 'sticky' && s.x <= 300 && 300 <= s.x + s.w! && s.y <= 280 && 280 <= s.y + s.h!,
    )!;
    const heldTop = (await worldToPage(phone, { x: held.x, y: held.y })).y;
    expect(heldTop).toBeGreaterThan(140);
    expect((await tooltip.boundingBox())!.y + (await tooltip.boundingBox())!.height).toBeLessThanOrEqual(
      heldTop,
    );
    await phone.screenshot({ path: join(SCREENSHOTS, 'trust-phone-attribution-ja.png') });
    // A tap elsewhere hides it; a tap is not a hold.
    await phone.touchscreen.tap(card.x, card.y);
    await tooltip.waitFor({ state: 'detached' });
    // Neither the tap before the hold nor the one after it made a double tap: nobody tried to
    // edit the other company's card (that shows a notice saying it cannot be changed).
    await painted(phone);
    const notice = phone.getByTestId('facilitation-notice');
    expect((await notice.count()) > 0 ? await notice.innerText() : '').not.toContain('変更できるのは');

    // The synergy point: changed since agreed, what changed and "agree again" in sight at once.
    const point = await worldToPage(phone, { x: 600, y: 580 });
    await phone.touchscreen.tap(point.x, point.y);
    const control = phone.getByTestId('agree-control');
    await expect.poll(() => control.getAttribute('data-changed'), POLL).toBe('a,b');
    const changes = phone.locator('.agree-control__changes[open] > .agreement-changes');
    await changes.waitFor();
    expect(await changes.innerText()).toContain('地方と離島の販路');
    expect(await inScreen(changes)).toBe(true);
    expect(await inScreen(phone.getByTestId('agree-button'))).toBe(true);
    // No hover on a touch screen: the status is whole, not cut to a tooltip's worth (on an upright
    // tablet it takes three lines).
    const tablet = await newPage(e2e, 'ja-JP', { viewport: { width: 820, height: 1180 }, hasTouch: true });
    await enterBoard(tablet, memberLink(board, 'b'), 'Ben');
    await closeDrafts(tablet);
    await waitShapeCount(tablet, 5);
    const onTablet = await worldToPage(tablet, { x: 600, y: 580 });
    await tablet.touchscreen.tap(onTablet.x, onTablet.y);
    const status = tablet.getByTestId('agreement-status');
    await expect.poll(() => status.innerText(), POLL).toContain('再合意待ち');
    expect(await status.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await tablet.close();
    await painted(phone);
    await phone.screenshot({ path: join(SCREENSHOTS, 'trust-phone-changed-ja.png') });
    await phone.getByTestId('agree-button').click();
    await expect.poll(() => control.getAttribute('data-agreed'), POLL).toBe('b');

    // "Show on board" from the activity panel, which covers a phone's board: the panel steps aside.
    await phone.getByTestId('activity-open').click();
    const created = phone
      .getByTestId('activity-entry')
      .filter({ hasText: '「全国の物流網」を作成' })
      .getByTestId('activity-show');
    await created.click();
    await phone.getByTestId('activity-panel').waitFor({ state: 'detached' });
    // The card is selected, in sight: company a's, read-only here.
    await expect.poll(() => reason.innerText(), POLL).toContain('株式会社あさひ');
    const shownCard = await worldToPage(phone, { x: 300, y: 280 });
    expect(shownCard.x > 0 && shownCard.x < 390 && shownCard.y > 0 && shownCard.y < 844).toBe(true);
    writerA.destroy();
    writerB.destroy();
  });

  it('discards a member’s offline edit to a card locked meanwhile, on reconnect, and says why', async () => {
    const board = await createBoard(e2e.server.url);
    const aoi = await newPage(e2e);
    // Aoi's page reaches the server through a switch the test can open.
    let online = true;
    const routes: WebSocketRoute[] = [];
    await aoi.routeWebSocket(/\/sync\//, (ws) => {
      if (!online) return void ws.close({ code: 1001, reason: 'offline' });
      routes.push(ws);
      ws.connectToServer();
    });
    await enterBoard(aoi, memberLink(board, 'a'), 'Aoi');
    await closeDrafts(aoi);
    await aoi.evaluate(() => undefined);
    // Aoi writes a card.
    const at = await worldToPage(aoi, { x: 300, y: 250 });
    await aoi.mouse.dblclick(at.x, at.y);
    await aoi.keyboard.type('オンラインの文');
    await aoi.keyboard.press('Escape');
    const watcher = await writerFor(board.id, board.tokens.facilitator);
    await expect.poll(() => readShapes(watcher.doc).shapes.length, POLL).toBe(1);
    const card = readShapes(watcher.doc).shapes[0]!.id as ShapeId;

    // Aoi goes offline and edits the card there.
    online = false;
    for (const route of routes.splice(0)) await route.close({ code: 1001, reason: 'offline' });
    await waitStatus(aoi, 'offline', 15_000);
    await aoi.mouse.dblclick(at.x, at.y);
    await aoi.keyboard.press('Control+a');
    await aoi.keyboard.type('オフラインで書き換えた');
    await aoi.keyboard.press('Escape');
    expect(textOf(await shapesOf(aoi), card)).toBe('オフラインで書き換えた');

    // Meanwhile the facilitator locks the card.
    const control = connectClient(e2e.server.url, board.id, 'control', board.tokens.facilitator);
    await control.synced;
    setShapesLocked(control.doc, { ids: [card], locked: true }, 'facilitator');
    const lockSeen = connectClient(e2e.server.url, board.id, 'control', board.tokens.observer);
    await expect.poll(() => lockSeen.doc.getMap('locks').has(card), POLL).toBe(true);

    // Back online: the edit is refused, the page reloads the board from the server and says why.
    online = true;
    await aoi.getByTestId('refusal-notice').waitFor({ timeout: 20_000 });
    expect(await aoi.getByTestId('refusal-notice').getAttribute('data-code')).toBe('locked');
    expect(await aoi.getByTestId('refusal-notice').innerText()).toContain('ロック');
    await waitConnected(aoi, 15_000);
    await expect.poll(async () => textOf(await shapesOf(aoi), card), POLL).toBe('オンラインの文');
    expect(readShapes(watcher.doc).shapes.find((shape) => shape.id === card)).toMatchObject({
      text: 'オンラインの文',
    });
    // The offline copy is gone too: a reload shows the board as the server has it.
    await aoi.reload();
    await waitConnected(aoi, 15_000);
    await expect.poll(async () => textOf(await shapesOf(aoi), card), POLL).toBe('オンラインの文');
    await painted(aoi);
    for (const client of [watcher, control, lockSeen]) client.destroy();
  });

  it('turns an agreement "changed since agreed" when a linked card changes, until every company agrees again', async () => {
    // Company b with a long name, as Japanese company names often are: panels must wrap it.
    const { board, writerA, writerB, gap } = await boardWithAPoint(
      ['株式会社あさひ', 'ブルーオーシャン・ロジスティクス株式会社'],
      '地方の販路',
    );
    const [aoi, ben] = await Promise.all([newPage(e2e), newPage(e2e, 'en-US')]);
    await Promise.all([
      enterBoard(aoi, memberLink(board, 'a'), 'Aoi'),
      enterBoard(ben, memberLink(board, 'b'), 'Ben'),
    ]);
    await Promise.all([closeDrafts(aoi), closeDrafts(ben)]);
    await Promise.all([waitShapeCount(aoi, 5), waitShapeCount(ben, 5)]);
    const control = (page: Page) => page.getByTestId('agree-control');

    // Both agree from the property bar.
    for (const page of [aoi, ben]) {
      await clickAt(page, { x: 600, y: 580 });
      await page.getByTestId('agree-button').click();
    }
    for (const page of [aoi, ben])
      await expect.poll(() => control(page).getAttribute('data-agreed'), POLL).toBe('all');
    const csv = async () => {
      const res = await fetch(`${e2e.server.url}/api/boards/${board.id}/export.csv?lang=ja`, {
        headers: { authorization: `Bearer ${board.tokens.observer}` },
      });
      const [header, ...rows] = (await res.text())
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
      const columns = header!.split(',');
      const row = rows.find((line) => line.startsWith('共同配送'))!.split(',');
      return (name: string) => row[columns.indexOf(name)];
    };
    expect((await csv())('ステータス')).toBe('合意済み');

    // Ben changes his linked card's text.
    await clickAt(ben, { x: 900, y: 280 });
    await ben.keyboard.press('Enter');
    // Before a keystroke, Ben is told what the change will do.
    expect(await ben.getByTestId('text-editor-agreed').innerText()).toBe(
      'Part of the agreed synergy point “共同配送”: changing it asks the companies that agreed to agree again.',
    );
    await painted(ben);
    await ben.screenshot({ path: join(SCREENSHOTS, 'trust-agreed-edit-warning-en.png') });
    await ben.keyboard.press('Control+a');
    await ben.keyboard.type('地方と離島の販路');
    await ben.keyboard.press('Escape');
    await expect
      .poll(
        () =>
          readShapes(writerA.doc).shapes.find((s) => s.id === gap)?.type === 'sticky' &&
          (readShapes(writerA.doc).shapes.find((s) => s.id === gap) as { text: string }).text,
        POLL,
      )
      .toBe('地方と離島の販路');

    // Aoi, whose agreement Ben's edit set aside, is told so, with a way to the point.
    const notice = aoi.getByTestId('facilitation-notice');
    await expect.poll(() => notice.innerText(), POLL).toContain('「共同配送」は合意の後に変更されました');
    expect(await notice.innerText()).toContain('株式会社あさひとして合意し直す');
    // Above the launchers, which it covered while it showed.
    const noticeBottom = await notice.evaluate((el) => el.getBoundingClientRect().bottom);
    const launcherTops = await aoi.locator('.launcher-dock > *').evaluateAll((nodes) =>
      nodes
        .map((node) => node.getBoundingClientRect())
        .filter((r) => r.height > 0)
        .map((r) => r.top),
    );
    expect(launcherTops.length).toBeGreaterThan(0);
    for (const top of launcherTops) expect(noticeBottom).toBeLessThanOrEqual(top);
    // Both pages say so, and show what changed; the CSV too.
    await clickAt(aoi, { x: 600, y: 580 });
    await expect.poll(() => control(aoi).getAttribute('data-changed'), POLL).toBe('a,b');
    expect(await control(aoi).getAttribute('data-agreed')).toBe('');
    expect(await aoi.getByTestId('agreement-status').innerText()).toContain('合意後に変更あり');
    const changes = aoi.getByTestId('agreement-changes').first();
    await changes.waitFor();
    expect(await changes.innerText()).toContain('地方と離島の販路');
    expect(await changes.innerText()).toContain('地方の販路');
    await painted(aoi);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'trust-changed-since-agreed-ja.png') });
    publishScreenshot('trust-changed-since-agreed-ja.png');
    // Resting the pointer on the point says it too, beside who made it.
    const onPoint = await worldToPage(aoi, { x: 620, y: 600 });
    await aoi.mouse.move(onPoint.x, onPoint.y);
    await aoi.mouse.move(onPoint.x + 4, onPoint.y + 2);
    const agreementLine = aoi.getByTestId('attribution-agreement');
    await agreementLine.waitFor();
    expect(await agreementLine.innerText()).toBe(
      '合意後に変更あり：株式会社あさひ、ブルーオーシャン・ロジスティクス株式会社の再合意待ち',
    );
    await aoi.mouse.move(5, 400);
    const changed = await csv();
    expect(changed('ステータス')).toBe('アイデア段階（合意後に変更あり）');
    expect(changed('合意者（株式会社あさひ）')).toBe('');
    expect(changed('合意後に変更あり（再合意待ち）')).toContain('Aoi');
    expect(changed('合意後の変更内容')).toBe('つながっているカード: 地方の販路 → 地方と離島の販路');
    // So does the synergy list, beside the point's status (it said only アイデア段階).
    await aoi.keyboard.press('Escape');
    await aoi.getByTestId('synergy-open').click();
    const listed = aoi.locator('[data-testid="synergy-row"]').first();
    await expect.poll(() => listed.getByTestId('synergy-status-changed').count(), POLL).toBe(1);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'trust-synergy-list-changed-ja.png') });
    await aoi.getByTestId('synergy-close').click();
    await clickAt(aoi, { x: 600, y: 580 });
    // Ben's agreements panel asks him to agree again as his company, all within the panel.
    await ben.keyboard.press('Shift+A');
    const panel = ben.getByTestId('agreements-panel');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('ブルーオーシャン・ロジスティクス株式会社');
    // Both companies agreed to the same content: one list of what changed, naming both.
    const panelChanges = panel.getByTestId('agreement-changes');
    expect(await panelChanges.count()).toBe(1);
    expect(await panelChanges.locator('.agreement-changes__title').innerText()).toBe(
      'What changed since 株式会社あさひ and ブルーオーシャン・ロジスティクス株式会社 agreed',
    );
    expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await ben.screenshot({ path: join(SCREENSHOTS, 'trust-agreements-panel-long-name.png') });
    await ben.keyboard.press('Shift+A');
    await panel.waitFor({ state: 'detached' });

    // Agreeing again to the new content, company by company.
    await aoi.getByTestId('agree-button').click();
    await expect.poll(() => control(aoi).getAttribute('data-agreed'), POLL).toBe('a');
    await clickAt(ben, { x: 600, y: 580 });
    await ben.getByTestId('agree-button').click();
    for (const page of [aoi, ben])
      await expect.poll(() => control(page).getAttribute('data-agreed'), POLL).toBe('all');
    expect((await csv())('ステータス')).toBe('合意済み');

    // Ben edits his card again: Aoi is asked again, and the request goes once she agrees (it
    // would stay 8 s otherwise).
    const asksAoi = async () =>
      (await notice.count()) > 0 && (await notice.innerText()).includes('合意の後に変更されました');
    setText(writerB.doc, { id: gap, text: '地方と離島の販路網' }, 'seed');
    await expect.poll(asksAoi, POLL).toBe(true);
    await aoi.getByTestId('agree-button').click();
    await expect.poll(asksAoi, { timeout: 4000, interval: 50 }).toBe(false);

    // Once more, and while Aoi's agreement waits, Ben deletes the point (the rules let him; he
    // is asked first).
    setText(writerB.doc, { id: gap, text: '地方と離島の販路' }, 'seed');
    await expect.poll(asksAoi, POLL).toBe(true);
    await clickAt(ben, { x: 600, y: 580 });
    await ben.keyboard.press('Delete');
    await ben.getByTestId('removal-confirm-submit').click();
    await waitShapeCount(aoi, 2);
    // Aoi is told who deleted what, as the server recorded it; Ben is not told his own deletion.
    await expect
      .poll(async () => ((await notice.count()) > 0 ? notice.innerText() : ''), POLL)
      .toContain(
        'Ben（ブルーオーシャン・ロジスティクス株式会社）が合意済みのシナジー「共同配送」を削除しました',
      );
    await painted(aoi);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'trust-agreed-point-deleted-ja.png') });
    const bensNotice = ben.getByTestId('facilitation-notice');
    expect((await bensNotice.count()) > 0 ? await bensNotice.innerText() : '').not.toContain(
      'agreed synergy point',
    );
    // Ben undoes it: the point is back, and Aoi is not asked again about what she was told.
    await ben.keyboard.press('Control+z');
    await waitShapeCount(aoi, 5);
    await painted(aoi);
    expect(await asksAoi()).toBe(false);
    writerA.destroy();
    writerB.destroy();
  });

  it('keeps "Not yet" on one line beside a long company name in the agreements panel', async () => {
    const { board, writerA, writerB } = await boardWithAPoint(
      ['株式会社あさひ物流ホールディングス', 'Blue Ocean Analytics Inc.'],
      'No network in Japan',
    );
    const ben = await newPage(e2e, 'en-US', { viewport: { width: 1280, height: 800 } });
    await enterBoard(ben, memberLink(board, 'b'), 'Ben');
    await closeDrafts(ben);
    await waitShapeCount(ben, 5);
    await clickAt(ben, { x: 600, y: 580 });
    await ben.getByTestId('agree-button').click();
    await expect.poll(() => ben.getByTestId('agree-control').getAttribute('data-agreed'), POLL).toBe('b');

    await ben.keyboard.press('Shift+A');
    const row = ben.getByTestId('agreements-panel').locator('li[data-company="a"]');
    await row.waitFor();
    const who = row.locator('.agreement-entry__who');
    expect(await who.innerText()).toBe('Not yet');
    const box = (await who.boundingBox())!;
    const fontSize = await who.evaluate((el) =>
      parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).fontSize),
    );
    expect(box.height).toBeLessThan(fontSize * 2);
    await painted(ben);
    await ben
      .getByTestId('agreements-panel')
      .screenshot({ path: join(SCREENSHOTS, 'trust-agreements-not-yet-en.png') });
    writerA.destroy();
    writerB.destroy();
  });
});
