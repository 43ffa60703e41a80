// The joint action plan in real Chromium: an agreed synergy point opens as a plan (Shift+P); a
// member of company a adds an action with an owner and a due date already past, which everyone
// then sees as overdue and which asks both companies to agree again; company b's member marks it
// blocked and the call for a helper from b is answered with one click (伴走); the board by status
// shows it blocked; the facilitator schedules and records a check-in, which appears in the
// history and on the point's timeline; and the partner-fit matrix names the pairing to explore.
// On a phone the plan starts from the agreed next step in one tap.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentAgreementContent, readShapes, updateSynergy, type ShapeId } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { seedSynergyPoint } from '../support/synergy.js';
import { createBoard } from '../support/server.js';
import { call, joinAs } from '../workshop/support.js';
import { closeDrafts, enterBoard, memberLink, newPage, SCREENSHOTS, useE2E } from './support/browser.js';

const e2e = useE2E({ webhooks: { allowPrivate: true, retryBaseMs: 50, attempts: 2, timeoutMs: 2_000 } });
const POLL = { timeout: 10_000, interval: 30 };

async function agreedBoard() {
  const board = await createBoard(e2e.server.url);
  const a = await joinAs(e2e.server.url, board, board.tokens.members.a!, '佐藤');
  const b = await joinAs(e2e.server.url, board, board.tokens.members.b!, 'Kim');
  const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
  await writer.synced;
  const { point } = seedSynergyPoint(writer.doc, {
    asset: '全国の配送網と倉庫',
    gap: '地方の顧客に届ける販売網がない',
    title: '共同配送サービス',
  });
  updateSynergy(
    writer.doc,
    { id: point, nextStep: '関東で3か月のPoC', owners: { a: '佐藤' }, due: '2027-03-31' },
    'seed',
  );
  const digest = currentAgreementContent(readShapes(writer.doc).shapes)(point)!.digest;
  for (const who of [a, b]) {
    const answer = await call(e2e.server.url, 'POST', `/api/boards/${board.id}/agreements`, who.token, {
      card: point,
      agree: true,
      digest,
    });
    expect(answer.status).toBe(200);
  }
  writer.destroy();
  return { board, point };
}

const openPlan = async (page: Page) => {
  await page.keyboard.press('Shift+P');
  await page.getByTestId('plan-view').waitFor();
};

describe('the joint action plan', () => {
  it('turns an agreed point into a plan both companies keep, with overdue work, help and check-ins', async () => {
    const { board, point } = await agreedBoard();
    const aoi = await newPage(e2e, 'ja-JP');
    await enterBoard(aoi, memberLink(board, 'a'), '青井');
    await closeDrafts(aoi);
    await expect.poll(() => aoi.getByTestId('plan-count').textContent(), POLL).toBe('1');
    await openPlan(aoi);
    const section = aoi.locator(`[data-testid="plan-point"][data-card="${point as ShapeId}"]`);
    await expect
      .poll(() => section.getByTestId('plan-agreement').textContent(), POLL)
      .toContain('全社合意済み');

    // Company a adds an action: part of what was agreed, so both must agree again.
    await section.getByTestId('plan-action-new').fill('PoC契約を締結する');
    await section.getByTestId('plan-action-new').press('Enter');
    const row = section.getByTestId('plan-action');
    await row.waitFor();
    await row.getByTestId('plan-owner-a').fill('佐藤');
    await row.getByTestId('plan-owner-a').press('Tab');
    await row.getByTestId('plan-action-due').fill('2026-11-30');
    await expect
      .poll(() => section.getByTestId('plan-agreement').textContent(), POLL)
      .toContain('再合意待ち');
    // Company a is asked to agree again, from the point.
    expect(await section.getByTestId('plan-review').textContent()).toBe('変更を確認して合意');
    await aoi.getByTestId('plan-overdue').waitFor();
    expect(await row.getAttribute('data-overdue')).toBe('true');
    // The action's title has the widest field (the owners' long headings left it a sliver).
    const widthOf = async (testId: string) => (await row.getByTestId(testId).boundingBox())!.width;
    expect(await widthOf('plan-action-title')).toBeGreaterThan(await widthOf('plan-owner-a'));

    // Company b's member sees it overdue, marks it blocked and offers to help.
    const ben = await newPage(e2e, 'en-US');
    await enterBoard(ben, memberLink(board, 'b'), 'Ben');
    await closeDrafts(ben);
    await openPlan(ben);
    const benRow = ben.getByTestId('plan-action');
    await expect.poll(() => benRow.getAttribute('data-overdue'), POLL).toBe('true');
    expect(await ben.getByTestId('plan-overdue').textContent()).toContain('Overdue actions: 1');
    await benRow.getByTestId('plan-action-status').selectOption('blocked');
    await benRow.getByTestId('plan-offer-help').click();
    await expect.poll(() => row.getByTestId('plan-helper').textContent(), POLL).toContain('伴走：Ben');
    await aoi.screenshot({ path: join(SCREENSHOTS, 'plan-table-ja.png') });

    await ben.getByTestId('plan-tab-board').click();
    await expect
      .poll(() => ben.getByTestId('plan-column-blocked').getByTestId('plan-card').count(), POLL)
      .toBe(1);
    await ben.screenshot({ path: join(SCREENSHOTS, 'plan-board-en.png') });

    // The facilitator schedules a check-in and records it: history and timeline show it.
    const host = await newPage(e2e, 'ja-JP');
    await enterBoard(host, board.links.facilitator, '司会');
    await openPlan(host);
    // The facilitator does not agree for a company: the point's button only shows the change.
    expect(await host.getByTestId('plan-review').textContent()).toBe('変更を確認');
    expect(await host.getByTestId('plan-agreement').textContent()).toContain('再合意待ち');
    await host.getByTestId('plan-tab-checkIns').click();
    await host.getByTestId('plan-schedule-date').fill('2026-12-01');
    await host.getByTestId('plan-schedule-title').fill('12月の定例');
    await host.getByTestId('plan-schedule-add').click();
    await expect.poll(() => host.getByTestId('plan-schedule').textContent(), POLL).toContain('12月の定例');
    await host.getByTestId('plan-record-which').selectOption({ index: 1 });
    await host.getByTestId('plan-record-progress').selectOption('inProgress');
    await host.getByTestId('plan-record-actual').fill('１２');
    await host.getByTestId('plan-record-note').fill('関東でPoC開始');
    await host.getByTestId('plan-record-save').click();
    await expect
      .poll(() => host.getByTestId('plan-record-status').textContent(), POLL)
      .toContain('記録しました');
    await expect.poll(() => host.getByTestId('plan-history').textContent(), POLL).toContain('関東でPoC開始');
    const timeline = await host.getByTestId('plan-timeline').textContent();
    // From the idea, through both agreements, to the check-in.
    expect(timeline).toMatch(/アイデアとして登場.*合意.*合意.*12月の定例: 進行中 \(12\)/);
    await host.screenshot({ path: join(SCREENSHOTS, 'plan-checkins-ja.png') });

    // Everyone sees what the check-in recorded: the point's progress and figure on the plan.
    await ben.getByTestId('plan-tab-table').click();
    await expect.poll(() => ben.getByTestId('plan-progress').inputValue(), POLL).toBe('inProgress');
    expect(await ben.getByTestId('plan-kpi-actual').inputValue()).toBe('12');

    await host.getByTestId('plan-tab-fit').click();
    await expect.poll(() => host.getByTestId('plan-fit-best').textContent(), POLL).toContain('→');
    await host.screenshot({ path: join(SCREENSHOTS, 'plan-fit-ja.png') });

    // The facilitator sends the board's news to the team's chat: a Slack-compatible hook, tested.
    const received: string[] = [];
    const chat = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push(body);
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => chat.listen(0, '127.0.0.1', resolve));
    try {
      await host.getByTestId('plan-tab-notify').click();
      await host
        .getByTestId('plan-notify-url')
        .fill(`http://127.0.0.1:${(chat.address() as AddressInfo).port}/hook`);
      await host.getByTestId('plan-notify-add').click();
      await expect.poll(() => host.getByTestId('plan-notify-hooks').textContent(), POLL).toContain('/hook');
      await host.getByTestId('plan-notify-test').click();
      await expect.poll(() => received.length, POLL).toBe(1);
      expect(JSON.parse(received[0]!)).toEqual({ text: expect.stringContaining('テスト通知') });
      await expect
        .poll(() => host.getByTestId('plan-notify-log').locator('tr[data-status="delivered"]').count(), POLL)
        .toBe(1);
      await host.screenshot({ path: join(SCREENSHOTS, 'plan-notify-ja.png') });
      // Members neither see nor change it.
      expect(await aoi.getByTestId('plan-tab-notify').count()).toBe(0);
    } finally {
      await new Promise<void>((resolve) => chat.close(() => resolve()));
    }
  });

  it('keeps the keyboard in the plan through an export: Esc still closes it', async () => {
    const { board } = await agreedBoard();
    const aoi = await newPage(e2e, 'en-US');
    await enterBoard(aoi, memberLink(board, 'a'), 'Aoi');
    await closeDrafts(aoi);
    await expect.poll(() => aoi.getByTestId('plan-count').textContent(), POLL).toBe('1');
    await openPlan(aoi);
    await aoi.getByTestId('plan-export-csv').click();
    await expect.poll(() => aoi.getByTestId('plan-export-status').textContent(), POLL).toMatch(/^Saved /);
    // The button pressed keeps the focus (disabled while it worked, it dropped it to the page).
    expect(await aoi.evaluate(`document.activeElement?.getAttribute('data-testid')`)).toBe('plan-export-csv');
    await aoi.keyboard.press('Escape');
    await aoi.getByTestId('plan-view').waitFor({ state: 'detached' });
  });

  it('fits a phone: each action a card of labelled fields, nothing wider than the screen', async () => {
    const { board } = await agreedBoard();
    const phone = await newPage(e2e, 'ja-JP', { viewport: { width: 390, height: 844 }, hasTouch: true });
    await enterBoard(phone, memberLink(board, 'a'), '青井');
    await closeDrafts(phone);
    await expect.poll(() => phone.getByTestId('plan-count').textContent(), POLL).toBe('1');
    await openPlan(phone);
    // The plan starts from what was agreed: the next step, its owner and date, in one tap.
    expect(await phone.getByTestId('plan-seed').textContent()).toContain('関東で3か月のPoC');
    await phone.getByTestId('plan-seed-add').click();
    const row = phone.getByTestId('plan-action');
    await row.waitFor();
    expect(await row.getByTestId('plan-action-title').inputValue()).toBe('関東で3か月のPoC');
    expect(await row.getByTestId('plan-owner-a').inputValue()).toBe('佐藤');
    expect(await row.getByTestId('plan-action-due').inputValue()).toBe('2027-03-31');
    expect(await phone.getByTestId('plan-seed').count()).toBe(0);
    // It restates what everyone agreed to: the agreement stands.
    expect(await phone.getByTestId('plan-agreement').textContent()).toContain('全社合意済み');
    const box = (await row.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    for (const field of ['plan-action-due', 'plan-action-status']) {
      const at = (await row.getByTestId(field).boundingBox())!;
      expect(at.x + at.width, field).toBeLessThanOrEqual(390);
    }
    // The fields say what they are, as the column headings would.
    const label = await row
      .getByTestId('plan-action-due')
      .evaluate(
        (input) =>
          input.ownerDocument.defaultView!.getComputedStyle(input.closest('td')!, '::before').content,
      );
    expect(label).toBe('"期日"');
    const view = phone.getByTestId('plan-view');
    expect(await view.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: join(SCREENSHOTS, 'plan-phone-ja.png') });
  });

  it('lets two companies learn how many customers they share, and which once both agree', async () => {
    const board = await createBoard(e2e.server.url);
    const aoi = await newPage(e2e, 'ja-JP');
    const ben = await newPage(e2e, 'en-US');
    await enterBoard(aoi, memberLink(board, 'a'), '青井');
    await enterBoard(ben, memberLink(board, 'b'), 'Ben');
    for (const page of [aoi, ben]) {
      await closeDrafts(page);
      await openPlan(page);
      await page.getByTestId('plan-tab-accounts').click();
    }
    expect(await aoi.getByTestId('plan-accounts-privacy').textContent()).toContain(
      '暗号的な秘匿共通部分計算ではありません',
    );
    const csv = (rows: string[]) => ({
      name: 'accounts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n')),
    });
    await aoi
      .getByTestId('plan-accounts-file')
      .setInputFiles(
        csv(['会社名', '株式会社東都食品', '（株）みなと電機', 'ＡＢＣ商事', '北斗銀行', 'あさひだけの顧客']),
      );
    await expect.poll(() => aoi.getByTestId('plan-accounts-status').textContent(), POLL).toContain('5社');
    await ben
      .getByTestId('plan-accounts-file')
      .setInputFiles(
        csv(['name', '東都食品株式会社', '㈱みなと電機', 'ABC商事', '北斗銀行 株式会社', 'Ben only']),
      );
    await expect
      .poll(() => ben.getByTestId('plan-accounts-count').textContent(), POLL)
      .toBe('Shared with 株式会社あさひ: 4');
    await ben.getByTestId('plan-accounts-consent').check();
    await aoi.getByTestId('plan-tab-table').click();
    await aoi.getByTestId('plan-tab-accounts').click();
    await expect.poll(() => aoi.getByTestId('plan-accounts-count').textContent(), POLL).toContain('4社');
    await aoi.getByTestId('plan-accounts-consent').check();
    await aoi.getByTestId('plan-accounts-names').waitFor();
    expect(await aoi.getByTestId('plan-accounts-names').textContent()).toContain('㈱みなと電機');
    expect(await aoi.getByTestId('plan-accounts-names').textContent()).not.toContain('Ben only');
    await aoi.screenshot({ path: join(SCREENSHOTS, 'plan-accounts-ja.png') });

    // Withdrawn: the list is gone, and so are the counts for the other company.
    aoi.once('dialog', (dialog) => void dialog.accept());
    await aoi.getByTestId('plan-accounts-withdraw').click();
    await expect
      .poll(() => aoi.getByTestId('plan-accounts-status').textContent(), POLL)
      .toContain('削除しました');
    await ben.getByTestId('plan-tab-table').click();
    await ben.getByTestId('plan-tab-accounts').click();
    await expect
      .poll(() => ben.getByTestId('plan-accounts-pair').textContent(), POLL)
      .toContain('has not uploaded a list');
  });
});
