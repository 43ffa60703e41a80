// Who is in the room, in real Chromium pages: the facilitator requires admission, a member opening
// their link waits, the facilitator notices the request on the dock, lets them in from the
// participants panel, sees them on the canvas, and removes them; the member's page says so.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { call, joinAs } from '../workshop/support.js';
import {
  enterBoard,
  memberLink,
  newPage,
  closeDrafts,
  painted,
  SCREENSHOTS,
  useE2E,
  waitConnected,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 10_000, interval: 50 };

/** The page's offline copies (IndexedDB databases) of the board, by name. */
const offlineCopies = async (page: Page, boardId: string): Promise<string[]> =>
  ((await page.evaluate(`indexedDB.databases().then((dbs) => dbs.map((db) => db.name))`)) as string[])
    .filter((name) => name.startsWith(`kyoso:${boardId}:`))
    .sort();

describe('participants and admission', () => {
  it('a member waits until let in, then is removed', async () => {
    const board = await createBoard(e2e.server.url);
    const [f, m] = await Promise.all([newPage(e2e), newPage(e2e)]);
    await enterBoard(f, board.links.facilitator, '進行 山田');

    // The facilitator turns admission on from the participants panel, then closes it.
    await f.getByTestId('participants-open').click();
    const panel = f.getByTestId('participants-panel');
    await panel.waitFor();
    const admission = f.getByTestId('admission-switch');
    expect(await admission.isChecked()).toBe(false);
    // The switch shows the roster's setting: it turns on once the server has changed it.
    await admission.click();
    await expect.poll(() => admission.isChecked(), POLL).toBe(true);
    await expect.poll(() => admission.isDisabled(), POLL).toBe(false);
    await f.getByTestId('participants-close').click();
    await panel.waitFor({ state: 'detached' });

    // The member opens their link and waits.
    await m.goto(memberLink(board, 'a'));
    await m.getByTestId('name-input').fill('佐藤 花子');
    await m.getByTestId('name-submit').click();
    await m.getByTestId('join-waiting').waitFor();
    expect(await m.getByTestId('join-waiting').innerText()).toContain('佐藤 花子');
    expect(await m.getByTestId('canvas').count()).toBe(0);

    // The facilitator notices without opening anything: a badge on the dock.
    await expect.poll(() => f.getByTestId('participants-waiting-count').innerText(), POLL).toBe('1');
    await f
      .getByTestId('facilitator-dock')
      .screenshot({ path: join(SCREENSHOTS, 'participants-badge-ja.png') });
    await f.getByTestId('participants-open').click();
    const request = f.getByTestId('waiting-request');
    await request.waitFor();
    expect(await request.innerText()).toContain('佐藤 花子');
    await painted(f);
    await panel.screenshot({ path: join(SCREENSHOTS, 'participants-waiting-ja.png') });

    await f.getByTestId('waiting-admit').click();
    await request.waitFor({ state: 'detached' });
    expect(await f.getByTestId('participants-waiting-count').count()).toBe(0);

    // Let in: the member's board opens by itself, with its offline copies on the device.
    await m.getByTestId('canvas').waitFor();
    await waitConnected(m);
    await expect
      .poll(() => offlineCopies(m, board.id), POLL)
      .toEqual([`kyoso:${board.id}:content`, `kyoso:${board.id}:private/a`]);

    // The facilitator sees them in their company's group, on the canvas now.
    const row = f.getByTestId('participants-group-a').getByTestId('participant-row');
    await expect.poll(() => row.getAttribute('data-here'), POLL).toBe('true');
    expect(await row.innerText()).toContain('佐藤 花子');
    const me = f.getByTestId('participants-group-facilitator').getByTestId('participant-row');
    expect(await me.getByTestId('participant-remove').count()).toBe(0);

    // Remove asks first; cancelling changes nothing.
    await row.getByTestId('participant-remove').click();
    await f.getByTestId('participant-confirm').waitFor();
    await f.keyboard.press('Escape');
    await f.getByTestId('participant-confirm').waitFor({ state: 'detached' });
    expect(await row.count()).toBe(1);

    await row.getByTestId('participant-remove').click();
    await f.getByTestId('participant-confirm-remove').click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => f.getByTestId('participants-outcome').innerText(), POLL).toContain('佐藤 花子');

    // The member's page says they were removed, closes the board (nothing of it stays on screen
    // behind the message) and deletes its offline copies from the device.
    await m.getByText('ファシリテーターがあなたをこのボードから外しました。').first().waitFor();
    await m.getByTestId('canvas').waitFor({ state: 'detached' });
    await expect.poll(() => m.getByTestId('drafts-panel').count(), POLL).toBe(0);
    await expect.poll(() => offlineCopies(m, board.id), POLL).toEqual([]);
    expect(await m.getByRole('heading').innerText()).toBe('このボードから外されました');
    await m.screenshot({ path: join(SCREENSHOTS, 'participant-removed-ja.png') });
    // They may ask to join again: on this board, that means waiting for the facilitator again.
    await m.getByRole('button', { name: 'もう一度参加を申請する' }).click();
    await m.getByTestId('join-waiting').waitFor();
    await expect.poll(() => f.getByTestId('participants-waiting-count').innerText(), POLL).toBe('1');
    expect(await m.getByTestId('canvas').count()).toBe(0);
    // Turned down this time, the page says so.
    await f.getByTestId('waiting-decline').click();
    const declined = m.getByTestId('join-removed');
    await declined.waitFor();
    expect(await declined.innerText()).toContain('参加は承認されませんでした');
    await Promise.all([f.context().close(), m.context().close()]);
  });

  it('tells a person on a board that requires admission what they ask to join', async () => {
    const board = await createBoard(e2e.server.url);
    const admission = { admission: true };
    expect(
      (await call(e2e.server.url, 'PATCH', `/api/boards/${board.id}`, board.tokens.facilitator, admission))
        .status,
    ).toBe(200);
    const [m, en] = await Promise.all([newPage(e2e), newPage(e2e, 'en-US')]);

    // The name dialog says which board and which company the link joins, and that they will wait.
    await m.goto(memberLink(board, 'a'));
    const joining = m.getByTestId('name-joining');
    await expect.poll(() => joining.innerText(), POLL).toContain('提携ワークショップ 2026');
    expect(await joining.innerText()).toContain('メンバー・株式会社あさひ');
    expect(await m.getByTestId('name-admission').innerText()).toContain('承認制');
    await painted(m);
    await m.getByRole('dialog').screenshot({ path: join(SCREENSHOTS, 'join-admission-ja.png') });
    await en.goto(memberLink(board, 'b'));
    await expect
      .poll(() => en.getByTestId('name-joining').innerText(), POLL)
      .toContain('Member · Blue Ocean Inc.');
    expect(await en.getByTestId('name-joining').innerText()).toContain('提携ワークショップ 2026');
    expect(await en.getByTestId('name-admission').innerText()).toContain('one by one');
    // Its button asks to join rather than joining.
    expect(await m.getByTestId('name-submit').innerText()).toBe('参加を申請する');
    expect(await en.getByTestId('name-submit').innerText()).toBe('Ask to join');

    // Asking to join: the wait says it too, and again after a reload (no dialog: the name is known).
    // Behind the name dialog the header names the board, not "opening the board".
    await m.getByTestId('name-input').waitFor();
    await expect.poll(() => m.locator('.board-header h1').innerText(), POLL).toBe('提携ワークショップ 2026');
    await m.getByTestId('name-input').fill('佐藤 花子');
    await m.getByTestId('name-submit').click();
    const waiting = m.getByTestId('join-waiting');
    await waiting.waitFor();
    const asked = waiting.getByTestId('name-joining');
    await expect.poll(() => asked.innerText(), POLL).toContain('メンバー・株式会社あさひ');
    expect(await asked.innerText()).toContain('提携ワークショップ 2026');
    // The header names the board waited for, not "opening the board".
    await expect.poll(() => m.locator('.board-header h1').innerText(), POLL).toBe('提携ワークショップ 2026');
    await painted(m);
    await waiting.screenshot({ path: join(SCREENSHOTS, 'join-waiting-ja.png') });
    await m.reload();
    await expect
      .poll(() => m.getByTestId('join-waiting').getByTestId('name-joining').innerText(), POLL)
      .toContain('提携ワークショップ 2026');

    // Turned down: the page says the request was declined, not that they were removed.
    const roster = await call<{ participants: { id: string; name: string }[] }>(
      e2e.server.url,
      'GET',
      `/api/boards/${board.id}/participants`,
      board.tokens.facilitator,
    );
    const participants = roster.body.participants;
    const asking = participants.find((entry) => entry.name === '佐藤 花子')!;
    const path = `/api/boards/${board.id}/participants/${asking.id}/remove`;
    expect((await call(e2e.server.url, 'POST', path, board.tokens.facilitator)).status).toBe(200);
    const declined = m.getByTestId('join-removed');
    await declined.waitFor();
    expect(await declined.innerText()).toContain('参加は承認されませんでした');
    expect(await declined.innerText()).not.toContain('外しました');
    await Promise.all([m.context().close(), en.context().close()]);
  });

  it('shows the facilitator how the room is doing, as counts: drafts per company and who has voted', async () => {
    const board = await createBoard(e2e.server.url);
    const [f, aoi] = await Promise.all([newPage(e2e), newPage(e2e)]);
    await Promise.all([
      enterBoard(f, board.links.facilitator, '進行 山田'),
      enterBoard(aoi, memberLink(board, 'a'), 'Aoi'),
    ]);
    const ben = await joinAs(e2e.server.url, board, board.tokens.members.b!, 'Ben');
    const host = await joinAs(e2e.server.url, board, board.tokens.facilitator, '進行 補佐');

    await f.getByTestId('participants-open').click();
    const panel = f.getByTestId('participants-panel');
    await panel.waitFor();
    const drafts = (company: string) =>
      f.getByTestId(`participants-group-${company}`).getByTestId('room-progress-drafts').innerText();
    await expect.poll(() => drafts('a'), POLL).toBe('下書き 0枚');

    // Aoi drafts two cards: the facilitator sees the count, never the text.
    for (const text of ['全国の物流網', '大手小売との取引']) {
      await aoi.getByTestId('draft-add-asset').click();
      const field = aoi.locator('[data-testid="draft-section-asset"] [data-testid="draft-text"]:focus');
      await field.waitFor();
      await aoi.keyboard.type(text);
    }
    await expect.poll(() => drafts('a'), POLL).toBe('下書き 2枚');
    expect(await panel.innerText()).not.toContain('全国の物流網');
    await closeDrafts(aoi);

    // A vote round: the count of voters rises as a member votes.
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const card = addSticky(
      writer.doc,
      { x: 0, y: 0, text: '共同配送', company: 'a' as CompanyKey, kind: 'idea' },
      'seed',
    );
    const rules = { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: true };
    expect(
      (
        await call(e2e.server.url, 'POST', `/api/boards/${board.id}/votes/rounds`, host.token, {
          rules,
        })
      ).status,
    ).toBe(201);
    // The round opens the voting panel, which takes the right side from the participants panel
    // (one panel a side) and counts the voters as they vote.
    const progress = f.getByTestId('vote-progress');
    await expect.poll(() => progress.innerText(), POLL).toBe('メンバー2人中0人が投票しました');
    expect(await panel.count()).toBe(0);
    await expect
      .poll(
        async () =>
          (await call(e2e.server.url, 'POST', `/api/boards/${board.id}/votes`, ben.token, { card, delta: 1 }))
            .status,
        POLL,
      )
      .toBe(200);
    await expect.poll(() => progress.innerText(), POLL).toBe('メンバー2人中1人が投票しました');
    // The participants panel, opened again, says it too.
    await f.getByTestId('participants-open').click();
    await expect
      .poll(() => f.getByTestId('room-progress-votes').innerText(), POLL)
      .toContain('メンバー2人中1人が投票');
    writer.destroy();
    await painted(f);
    await panel.screenshot({ path: join(SCREENSHOTS, 'participants-progress-ja.png') });
  });

  it('shows an observer watching the board as here, and away once their page closes', async () => {
    const board = await createBoard(e2e.server.url);
    const [f, o] = await Promise.all([newPage(e2e, 'en-US'), newPage(e2e)]);
    await Promise.all([
      enterBoard(f, board.links.facilitator, 'Facilitator Mia'),
      enterBoard(o, board.links.observer, '見学 鈴木'),
    ]);
    await f.getByTestId('participants-open').click();
    const row = f.getByTestId('participants-group-observers').getByTestId('participant-row');
    await expect.poll(() => row.getAttribute('data-here'), POLL).toBe('true');
    expect(await row.innerText()).toContain('here now');
    await expect.poll(() => f.getByTestId('room-progress-here').innerText(), POLL).toBe('2 on the board now');
    await painted(f);
    await f
      .getByTestId('participants-panel')
      .screenshot({ path: join(SCREENSHOTS, 'participants-observer-en.png') });

    await o.context().close();
    await expect.poll(() => row.getAttribute('data-here'), POLL).toBe('false');
    expect(await row.innerText()).toContain('away');
    expect(await f.getByTestId('room-progress-here').innerText()).toBe('1 on the board now');
  });

  it('keeps a company’s counts on one line, in the panel, beside a long company name', async () => {
    const board = await createBoard(e2e.server.url, {
      title: '提携ワークショップ',
      locale: 'ja',
      companies: [{ name: '株式会社あさひ物流ホールディングス' }, { name: 'Blue Ocean Analytics Inc.' }],
    });
    const f = await newPage(e2e, 'ja-JP', { viewport: { width: 1366, height: 768 } });
    await enterBoard(f, board.links.facilitator, '進行 佐藤');
    await joinAs(e2e.server.url, board, board.tokens.members.a!, '田中 美咲');
    await joinAs(e2e.server.url, board, board.tokens.members.b!, 'Emily Carter');
    await f.getByTestId('participants-open').click();
    await f.getByTestId('participants-panel').waitFor();
    for (const company of ['a', 'b']) {
      const drafts = f.getByTestId(`participants-group-${company}`).getByTestId('room-progress-drafts');
      await expect.poll(() => drafts.innerText(), POLL).toBe('下書き 0枚');
      // One line: less than two lines high, and as wide as its words.
      const box = (await drafts.boundingBox())!;
      const fontSize = await drafts.evaluate((el) =>
        parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).fontSize),
      );
      expect(box.height, company).toBeLessThan(fontSize * 2);
      expect(box.width, company).toBeGreaterThan(fontSize * 4);
      // And within the panel, not cut off at its edge.
      const group = (await f.getByTestId(`participants-group-${company}`).boundingBox())!;
      expect(box.x + box.width, company).toBeLessThanOrEqual(group.x + group.width + 1);
    }
    await painted(f);
    await f
      .getByTestId('participants-group-a')
      .screenshot({ path: join(SCREENSHOTS, 'participants-long-company-ja.png') });
  });
});
