// Comment threads in real Chromium: a member comments on a card from the property bar, naming the
// other company's member with an @mention picked from the suggestions; the other member's launcher
// shows it unread and "for you", they reply and resolve it; a comment on a private draft stays with
// the drafting company (the other company's panel never lists it).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  focusedTestId,
  clickCard,
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  useE2E,
  waitShapeCount,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 30 };

const commentTexts = (page: Page) => page.getByTestId('comment').allTextContents();

describe('comment threads', () => {
  it('carry mentions across companies, resolve, and keep a draft’s comments within its company', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    const drafts = connectClient(e2e.server.url, board.id, 'private/a', board.tokens.members.a!);
    await Promise.all([writer.synced, drafts.synced]);
    addSticky(
      writer.doc,
      { x: 0, y: 0, text: '全国の物流網', company: 'a' as CompanyKey, kind: 'asset' },
      'seed',
    );
    addSticky(drafts.doc, { x: 0, y: 0, text: '社内だけの案', kind: 'idea' }, 'seed');
    writer.destroy();
    drafts.destroy();

    const blake = await newPage(e2e, 'en-US');
    await enterBoard(blake, memberLink(board, 'b'), 'Blake');
    await waitShapeCount(blake, 1);
    await blake.getByTestId('drafts-close').click();
    const aoi = await newPage(e2e, 'ja-JP');
    await enterBoard(aoi, memberLink(board, 'a'), '青井');
    await waitShapeCount(aoi, 1);

    // 青井 comments on the board's card, mentioning Blake (picked from the suggestions).
    await aoi.getByTestId('drafts-close').click();
    await clickCard(aoi, '全国の物流網');
    await aoi.getByTestId('comment-open').click();
    await aoi.getByTestId('comment-thread-view').waitFor();
    const input = aoi.getByTestId('comment-input');
    // The thread opens ready to write in.
    await expect.poll(() => focusedTestId(aoi), { timeout: 5000 }).toBe('comment-input');
    await input.fill('PoCにしませんか @Bl');
    const mentions = aoi.getByTestId('comment-mentions');
    await mentions.waitFor();
    // The names are on screen whole, not cut off by the panel they open in.
    const list = (await mentions.boundingBox())!;
    const panel = (await mentions.evaluate((el) => {
      const box = el.closest('.side-panel')!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    }))!;
    expect(list.y).toBeGreaterThanOrEqual(panel.top);
    expect(list.y + list.height).toBeLessThanOrEqual(panel.bottom);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'comments-mention-list-ja.png') });
    await input.press('Enter');
    expect(await input.inputValue()).toBe('PoCにしませんか @Blake ');
    await input.press('Control+Enter');
    await expect.poll(() => commentTexts(aoi), POLL).toHaveLength(1);
    expect(await input.inputValue()).toBe('');

    // Blake: one thread unread, for him; he opens it, replies and resolves it.
    await expect.poll(() => blake.getByTestId('comments-unread').textContent(), POLL).toBe('1');
    await blake.getByTestId('comments-open').click();
    const thread = blake.getByTestId('comment-thread');
    await thread.waitFor();
    expect(await thread.textContent()).toContain('For you');
    await thread.click();
    await expect
      .poll(() => commentTexts(blake), POLL)
      .toEqual([expect.stringContaining('PoCにしませんか @Blake')]);
    await expect.poll(() => blake.getByTestId('comments-unread').textContent(), POLL).toBe('0');
    await blake.getByTestId('comment-input').fill('Yes, let us scope it 👍');
    await blake.getByTestId('comment-send').click();
    await expect.poll(() => commentTexts(aoi), POLL).toHaveLength(2);
    await blake.getByTestId('comment-resolve').click();
    await painted(aoi);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'comments-ja.png') });

    // 青井 comments on a draft; it is listed for 青井, never for Blake.
    await aoi.getByTestId('drafts-open').click();
    await aoi.getByTestId('draft-comment').click();
    await aoi.getByTestId('comment-input').fill('社内で先に詰めましょう');
    await aoi.getByTestId('comment-send').click();
    await expect
      .poll(() => commentTexts(aoi), POLL)
      .toEqual([expect.stringContaining('社内で先に詰めましょう')]);
    await blake.getByTestId('comments-back').click();
    await blake.getByTestId('comments-show-all').click();
    await expect.poll(() => blake.getByTestId('comment-thread').count(), POLL).toBe(1);
    expect(await blake.getByTestId('comment-threads').textContent()).not.toContain('社内');
    await painted(blake);
    await blake.screenshot({ path: join(SCREENSHOTS, 'comments-list-en.png') });
  });
});
