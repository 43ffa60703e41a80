// Group by theme in real Chromium: the facilitator selects a board's worth of Japanese and English
// cards, previews the themes (named from what the cards share), renames one, leaves one out, and
// applies: a frame per kept theme holds its cards; one undo puts everything back.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, boxContains, type TestShape } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  canvasBox,
  enterBoard,
  newPage,
  painted,
  SCREENSHOTS,
  shapesOf,
  useE2E,
  waitShapeCount,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 30 };
const CARDS = [
  '全国の物流網と倉庫',
  'Same-day delivery across Kanto',
  '配送コストが高い',
  'デジタル人材が不足',
  'Hiring engineers is slow',
  'エンジニア採用のノウハウ',
  '画像認識のAI技術',
  'Machine learning for demand forecasts',
  '海外展開したい',
];

const frames = async (page: Page) => (await shapesOf(page)).filter((s: TestShape) => s.type === 'frame');
const where = async (page: Page) =>
  Object.fromEntries(
    (await shapesOf(page)).filter((s) => s.type === 'sticky').map((s: TestShape) => [s.text, [s.x, s.y]]),
  );

describe('group by theme', () => {
  it('previews themes across languages, applies the kept ones as frames, and undoes in one step', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    CARDS.forEach((text, i) =>
      addSticky(writer.doc, { x: (i % 3) * 260, y: Math.floor(i / 3) * 220, text }, 'seed'),
    );
    writer.destroy();
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, board.links.facilitator, '進行役');
    await waitShapeCount(page, CARDS.length);
    const before = await where(page);

    // Zoomed in on the cards' corner: the frames the groups get are made beside the cards, out
    // of this view, and must be brought into it.
    await page.getByTestId('zoom-100').click();
    await page.getByTestId('canvas').click({ position: { x: 1000, y: 650 } });
    await page.keyboard.press('Control+A');
    await page.getByTestId('arrange-open').click();
    await page.getByTestId('themes-open').click();
    await page.getByTestId('theme-dialog').waitFor();
    const names = page.getByTestId('theme-name');
    await expect
      .poll(
        () => names.evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value)),
        POLL,
      )
      .toEqual(['物流', '人材', 'AI']);
    await names.nth(1).fill('人材と採用');
    await page.getByTestId('theme-keep').nth(2).uncheck();
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'themes-dialog-ja.png') });
    await page.getByTestId('theme-apply').click();

    await expect
      .poll(async () => (await frames(page)).map((f) => f.text).sort(), POLL)
      .toEqual(['人材と採用', '物流']);
    const shapes = await shapesOf(page);
    const made = await frames(page);
    const logistics = made.find((f) => f.text === '物流');
    const talent = made.find((f) => f.text === '人材と採用');
    const inside = (frame: TestShape) =>
      shapes
        .filter((s) => s.type === 'sticky' && boxContains(frame as never, s as never))
        .map((s) => s.text)
        .sort();
    expect(inside(logistics!)).toEqual(
      ['Same-day delivery across Kanto', '全国の物流網と倉庫', '配送コストが高い'].sort(),
    );
    expect(inside(talent!)).toEqual(
      ['Hiring engineers is slow', 'エンジニア採用のノウハウ', 'デジタル人材が不足'].sort(),
    );
    // Both new frames are in view, whole, and selected; the property bar for them keeps to one row
    // (it wrapped its last button onto a second one, with room to spare on a laptop screen).
    const bar = await page.getByTestId('property-bar').boundingBox();
    expect(bar!.height).toBeLessThan(56);
    const box = await canvasBox(page);
    for (const frame of made) {
      const topLeft = await worldToPage(page, frame);
      const bottomRight = await worldToPage(page, { x: frame.x + frame.w!, y: frame.y + frame.h! });
      expect(topLeft.x).toBeGreaterThanOrEqual(box.x);
      expect(topLeft.y).toBeGreaterThanOrEqual(box.y);
      expect(bottomRight.x).toBeLessThanOrEqual(box.x + box.width);
      expect(bottomRight.y).toBeLessThanOrEqual(box.y + box.height);
    }
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'themes-applied-ja.png') });

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => frames(page), POLL).toEqual([]);
    await expect.poll(() => where(page), POLL).toEqual(before);
  });
});
