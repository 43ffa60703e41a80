// Tags in real Chromium: a member tags their cards from the property bar (Shift+T, typed in
// Japanese, Enter adds), the chips show on the cards for the other company too, which cannot tag
// a card that is not theirs; the facilitator puts a tag on the board's list with a colour; the
// search panel filters by tag and rings the matching cards on the board.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, readTagList, type CompanyKey, type TestShape } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import {
  clickCard,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  shapesOf,
  useE2E,
  waitShapeCount,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 30 };

const tagsByText = async (page: Page) =>
  Object.fromEntries((await shapesOf(page)).map((s: TestShape) => [s.text, s.tags]));

describe('tags on cards', () => {
  it('are put on by those who may change the card, seen by everyone, and filter the board', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const a = 'a' as CompanyKey;
    const b = 'b' as CompanyKey;
    addSticky(writer.doc, { x: 0, y: 0, text: '全国の物流網', company: a, kind: 'asset' }, 'seed');
    addSticky(writer.doc, { x: 260, y: 0, text: '大手小売との取引', company: a, kind: 'asset' }, 'seed');
    addSticky(writer.doc, { x: 520, y: 0, text: 'デジタル人材が不足', company: b, kind: 'gap' }, 'seed');
    writer.destroy();

    const member = await newPage(e2e, 'ja-JP');
    await enterBoard(member, memberLink(board, 'a'), '青井');
    await waitShapeCount(member, 3);
    await closeDrafts(member);

    // Two of company a's cards, tagged at once from the keyboard.
    await clickCard(member, '全国の物流網');
    await clickCard(member, '大手小売との取引', { shift: true });
    await member.getByTestId('tags-open').waitFor();
    await member.keyboard.press('Shift+T');
    const input = member.getByTestId('tag-input');
    await input.waitFor();
    // No tags on the board yet: the picker says so, in lines that fit it, and the field fits too.
    const clipped = await member.evaluate<string[]>(`(() => {
      const popup = document.querySelector('.tag-picker__popup');
      const box = popup.getBoundingClientRect();
      const out = [];
      for (const el of popup.querySelectorAll('.tag-picker__empty, input')) {
        const r = el.getBoundingClientRect();
        if (el.scrollWidth > el.clientWidth + 1 || r.left < box.left || r.right > box.right)
          out.push(el.className || el.tagName);
      }
      return out;
    })()`);
    expect(clipped).toEqual([]);
    await input.fill('＃優先');
    await input.press('Enter');
    await expect
      .poll(() => tagsByText(member), POLL)
      .toMatchObject({
        全国の物流網: ['優先'],
        大手小売との取引: ['優先'],
        デジタル人材が不足: [],
      });
    // Bad input says what is wrong and changes nothing.
    await input.fill('   ');
    await input.press('Enter');
    await member.getByTestId('tag-problem').waitFor();
    // The tag is offered for the next card as a toggle.
    await member.keyboard.press('Escape');
    await clickCard(member, '全国の物流網');
    await member.getByTestId('tags-open').click();
    await member.getByTestId('tag-input').fill('PoC候補');
    await member.getByTestId('tag-input').press('Enter');
    await expect
      .poll(async () => (await tagsByText(member))['全国の物流網'], POLL)
      .toEqual(['PoC候補', '優先']);
    await painted(member);
    await member.screenshot({ path: join(SCREENSHOTS, 'tags-picker-ja.png') });
    // Toggling the listed tag off again takes it off this card only.
    await member.locator('[data-testid="tag-toggle"][data-tag="PoC候補"]').click();
    await expect.poll(async () => (await tagsByText(member))['全国の物流網'], POLL).toEqual(['優先']);
    await member.keyboard.press('Escape');

    // Company b sees the tags, and gets no tag picker on company a's card.
    const other = await newPage(e2e, 'en-US');
    await enterBoard(other, memberLink(board, 'b'), 'Blake');
    await waitShapeCount(other, 3);
    await closeDrafts(other);
    await expect.poll(async () => (await tagsByText(other))['大手小売との取引'], POLL).toEqual(['優先']);
    await clickCard(other, '大手小売との取引');
    await other.getByTestId('property-bar-readonly').waitFor();
    expect(await other.getByTestId('tags-open').count()).toBe(0);

    // The facilitator puts 優先 on the board's list, and the control channel keeps it.
    const facilitator = await newPage(e2e, 'ja-JP');
    await enterBoard(facilitator, board.links.facilitator, '司会');
    await waitShapeCount(facilitator, 3);
    await clickCard(facilitator, 'デジタル人材が不足');
    await facilitator.getByTestId('tags-open').click();
    await facilitator.locator('[data-testid="tag-pin"]').first().click();
    const control = connectClient(e2e.server.url, board.id, 'control', board.tokens.observer);
    await control.synced;
    await waitFor(() => readTagList(control.doc).has('優先'), 'the board list holds 優先');
    control.destroy();
    await facilitator.keyboard.press('Escape');

    // Search by tag: the two cards listed, and ringed on the board.
    await other.keyboard.press('Escape');
    await other.keyboard.press('Control+F');
    await other.getByTestId('search-tag').selectOption('優先');
    await expect.poll(() => other.getByTestId('search-result').count(), POLL).toBe(2);
    await painted(other);
    await other.screenshot({ path: join(SCREENSHOTS, 'tags-search-en.png') });
  });
});
