// Moving cards in a template is predictable: a group dragged across areas keeps its kinds and
// companies; one card dropped alone into an area of another kind takes that kind, says so, and
// offers the way back; a card never changes company by being moved, and one a member makes in
// another company's lane stays their company's, with a notice saying so.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addSticky, applyTemplate, readShapes, type FrameShape } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  shapesOf,
  type TestShape,
  useE2E,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();

const centre = (shape: { x: number; y: number; w?: number | null; h?: number | null }) => ({
  x: shape.x + (shape.w ?? 0) / 2,
  y: shape.y + (shape.h ?? 0) / 2,
});

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const a = await worldToPage(page, from);
  const b = await worldToPage(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

describe('moving cards in a template', () => {
  it('keeps a group’s kinds and companies, and tells a card moved alone which kind it took', async () => {
    const board = await createBoard(e2e.server.url, {
      title: '移動のテスト',
      locale: 'ja',
      companies: [{ name: '株式会社あさひ' }, { name: 'Blue Ocean Inc.' }],
      template: 'blank',
    });
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    applyTemplate(writer.doc, { template: 'company-profile', locale: 'ja', at: { x: 0, y: 0 } }, 'seed');
    const frames = readShapes(writer.doc).shapes.filter(
      (shape): shape is FrameShape => shape.type === 'frame',
    );
    const area = (company: string, kind: string) =>
      frames.find((frame) => frame.areaCompany === company && frame.areaKind === kind)!;
    const assets = area('a', 'asset');
    const gapsA = area('a', 'gap');
    const gapsB = area('b', 'gap');
    const card = (dx: number, text: string) =>
      addSticky(
        writer.doc,
        { x: assets.x + 20 + dx, y: assets.y + 60, text, company: 'a' as never, kind: 'asset' },
        'seed',
      );
    const first = card(0, '全国の物流網');
    const second = card(240, '大手小売との取引');
    const alone = card(480, '冷凍倉庫');
    const total = readShapes(writer.doc).shapes.length;

    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, memberLink(board, 'a'), '佐藤');
    await expect.poll(async () => (await shapesOf(page)).length, { timeout: 10_000 }).toBe(total);
    writer.destroy();
    await closeDrafts(page);
    await page.getByTestId('zoom-fit').click();
    await painted(page);
    const byId = async (id: string) => (await shapesOf(page)).find((shape) => shape.id === id) as TestShape;

    // Two cards selected and dragged across the other company's lane into its gaps: nothing but
    // their place changes.
    const one = await byId(first);
    const two = await byId(second);
    const p1 = await worldToPage(page, centre(one));
    const p2 = await worldToPage(page, centre(two));
    await page.mouse.click(p1.x, p1.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(p2.x, p2.y);
    await page.keyboard.up('Shift');
    await drag(page, centre(one), centre(gapsB));
    await expect.poll(async () => (await byId(first)).y, { timeout: 10_000 }).not.toBe(one.y);
    for (const id of [first, second]) expect(await byId(id)).toMatchObject({ kind: 'asset', company: 'a' });
    expect(await page.getByTestId('facilitation-notice').count()).toBe(0);

    // One card dropped into its own company's gaps becomes a gap, and says so.
    await page.keyboard.press('Escape');
    const single = await byId(alone);
    await drag(page, centre(single), centre(gapsA));
    await expect.poll(async () => (await byId(alone)).kind, { timeout: 10_000 }).toBe('gap');
    expect((await byId(alone)).company).toBe('a');
    const notice = page.getByTestId('facilitation-notice');
    await expect.poll(() => notice.textContent()).toContain('足りないもの');
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'kind-changed-ja.png') });

    // The way back keeps the card where it is, as it was.
    const moved = await byId(alone);
    await page.getByTestId('facilitation-notice-action').click();
    await expect.poll(async () => (await byId(alone)).kind, { timeout: 10_000 }).toBe('asset');
    expect(await byId(alone)).toMatchObject({ x: moved.x, y: moved.y, company: 'a' });

    // A card made in the other company's lane takes the lane's kind but stays 佐藤's company's,
    // and the notice says why.
    await page.keyboard.press('Escape');
    const spot = await worldToPage(page, { x: gapsB.x + gapsB.w - 110, y: gapsB.y + gapsB.h - 90 });
    const before = new Set((await shapesOf(page)).map((shape) => shape.id));
    await page.mouse.dblclick(spot.x, spot.y);
    await expect.poll(async () => (await shapesOf(page)).length, { timeout: 10_000 }).toBe(before.size + 1);
    const made = (await shapesOf(page)).find((shape) => !before.has(shape.id))!;
    expect(made).toMatchObject({ kind: 'gap', company: 'a' });
    await expect.poll(() => notice.textContent()).toContain('Blue Ocean Inc.の枠ですが');
    expect(await notice.textContent()).toContain('株式会社あさひ');
    await page.close();
  });
});
