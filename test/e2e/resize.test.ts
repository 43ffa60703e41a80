// Resizing a card by its handles (Konva's Transformer): the only part of the canvas that uses
// Konva's own hit-testing, so the overlay keeps a hit bitmap only while one card is selected.
// Selecting a card shows the handles; dragging the lower-right one makes the card larger, for
// everyone; with nothing selected a press there selects nothing and resizes nothing.
import { describe, expect, it } from 'vitest';
import { addSticky, asCompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  clickCard,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  shapesOf,
  useE2E,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 50 };

describe('resize handles', () => {
  it('make a selected card larger, for everyone', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.members.a!);
    await writer.synced;
    addSticky(
      writer.doc,
      { x: 100, y: 100, w: 200, h: 160, text: '大きくするカード', company: asCompanyKey('a')! },
      'local',
    );
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, memberLink(board, 'a'), '青木');
    await closeDrafts(page);
    await expect.poll(async () => (await shapesOf(page)).length, POLL).toBe(1);
    await painted(page);

    const card = async () => (await shapesOf(page))[0]!;
    const corner = async () => {
      const shape = await card();
      return worldToPage(page, { x: shape.x + shape.w!, y: shape.y + shape.h! });
    };

    // Nothing selected: a drag from the corner outwards is a selection rectangle, not a resize.
    let at = await corner();
    await page.mouse.move(at.x + 2, at.y + 2);
    await page.mouse.down();
    await page.mouse.move(at.x + 60, at.y + 50, { steps: 5 });
    await page.mouse.up();
    await painted(page);
    expect(await card()).toMatchObject({ w: 200, h: 160 });

    await clickCard(page, '大きくするカード');
    await painted(page);
    // The handle is a 9 px square centred 3 px outside the corner.
    at = await corner();
    at = { x: at.x + 3, y: at.y + 3 };
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 40, at.y + 30, { steps: 4 });
    await page.mouse.move(at.x + 80, at.y + 60, { steps: 4 });
    await page.mouse.up();

    const zoom = (await page.evaluate<{ zoom: number }>('window.kyoso.viewport()')).zoom;
    await expect.poll(async () => (await card()).w, POLL).toBeGreaterThan(200 + 60 / zoom);
    const resized = await card();
    expect(resized.h).toBeGreaterThan(160 + 40 / zoom);
    expect(resized).toMatchObject({ x: 100, y: 100 });
    // Written to the board, not only drawn: the other client has it too.
    await expect
      .poll(() => (writer.doc.getMap('shapes').get(resized.id) as { get(k: string): unknown }).get('w'), POLL)
      .toBe(resized.w);
  });
});
