// Exports through the UI: the header's Export button (and Mod+Shift+E) opens the dialog; the PDF
// handout, a one-page PDF and the synergy report CSV download through the browser with the server's file names; a member
// exports with their own link.
import { addShape, addSticky, asCompanyKey, createSynergy } from '@kyoso/shared';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  waitShapeCount,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();

const CARD_TEXT = '全国の物流網';
const SYNERGY_TITLE = '共同配送で物流コスト削減';

/** A board with a frame, a card of each company and a synergy point linking them. */
async function seededBoard() {
  const board = await createBoard(e2e.server.url);
  const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
  await writer.synced;
  const a = asCompanyKey('a')!;
  const b = asCompanyKey('b')!;
  const frame = addShape(
    writer.doc,
    { type: 'frame', x: 0, y: 0, w: 1400, h: 700, text: '提携の候補' },
    'seed',
  );
  const asset = addSticky(writer.doc, { x: 80, y: 120, text: CARD_TEXT, company: a, kind: 'asset' }, 'seed');
  const gap = addSticky(writer.doc, { x: 900, y: 120, text: '販路不足', company: b, kind: 'gap' }, 'seed');
  createSynergy(writer.doc, { title: SYNERGY_TITLE, from: [asset], to: [gap] }, 'seed');
  const count = writer.doc.getMap('shapes').size;
  return { board, frame, count, writer };
}

/** A PDF's text, as pdftotext reads it. */
async function pdfText(bytes: Buffer): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kyoso-handout-'));
  try {
    const file = join(dir, 'handout.pdf');
    writeFileSync(file, bytes);
    return (await promisify(execFile)('pdftotext', [file, '-'])).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function downloadFrom(page: Page, format: string) {
  await page.getByTestId(`export-format-${format}`).click();
  const [download] = await Promise.all([
    // A board's first PDF starts the drawing thread (fonts, the phrase model): ≈ 0.7 s alone, but
    // more than ten seconds twice in full-suite runs, with every core busy.
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByTestId('export-download').click(),
  ]);
  await page.getByTestId('export-done').waitFor();
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('export dialog', () => {
  it('downloads a PDF and the synergy report CSV with the board token', async () => {
    const { board, frame, count, writer } = await seededBoard();
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, board.links.facilitator, '進行役');
    await waitShapeCount(page, count);
    writer.destroy();

    // The shortcut opens the dialog; Esc closes it and focus comes back to the page.
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('export-open').click();
    await dialog.waitFor();
    // The handout is offered first; the one-page board lets a frame be chosen, by title.
    expect(await page.getByTestId('export-pages-handout').isChecked()).toBe(true);
    expect(await page.getByTestId('export-scope').count()).toBe(0);
    const handout = await downloadFrom(page, 'pdf');
    const handoutText = await pdfText(handout.bytes);
    for (const text of ['アクションリスト', SYNERGY_TITLE, '株式会社あさひ'])
      expect(handoutText.replace(/\s+/g, '')).toContain(text);
    await page.getByTestId('export-pages-board').check();
    await page.getByTestId('export-scope').selectOption(frame);
    await page.getByTestId('export-scope').selectOption('');
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'export-dialog-ja.png') });

    const pdf = await downloadFrom(page, 'pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.name).toContain('提携ワークショップ 2026');

    const csv = await downloadFrom(page, 'csv');
    expect(csv.name).toMatch(/\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text).toContain(SYNERGY_TITLE);
    expect(text).toContain(CARD_TEXT);
    expect(text).toContain('タイトル');
    // The file's language is chosen apart from the page's: an English report from a Japanese page
    // (the interface's own is offered first).
    expect(await page.getByTestId('export-language-ja').isChecked()).toBe(true);
    await page.getByTestId('export-language-en').check();
    const english = (await downloadFrom(page, 'csv')).bytes.toString('utf8');
    expect(english).toContain('Title,');
    expect(english).not.toContain('タイトル');
    await page.getByTestId('export-language-ja').check();

    // Until the first byte the dialog says it is preparing; Escape (or Cancel) stops the download,
    // though the button that started it is disabled meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/export.png*', async (route) => {
      await held;
      await route.fulfill({ status: 200, contentType: 'image/png', body: 'late' }).catch(() => undefined);
    });
    await page.getByTestId('export-format-png').click();
    await page.getByTestId('export-download').click();
    await expect.poll(() => page.getByTestId('export-progress').textContent()).toContain('作成中…');
    await page.keyboard.press('Escape');
    await page.getByText('書き出しを中止しました。').waitFor();
    await page.getByTestId('export-progress').waitFor({ state: 'detached' });
    release();

    // A refused export says why, in the dialog.
    await page.route('**/export.md*', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'lang must be one of ja, en' }),
      }),
    );
    await page.getByTestId('export-format-md').click();
    await page.getByTestId('export-download').click();
    await expect
      .poll(() => page.getByTestId('export-error').textContent())
      .toContain('lang must be one of ja, en');
    // Escape still closes the dialog once a download is over.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('puts each PDF option’s label on its choices’ first line on a phone', async () => {
    const board = await createBoard(e2e.server.url);
    const page = await newPage(e2e, 'ja-JP', { viewport: { width: 390, height: 844 }, hasTouch: true });
    await enterBoard(page, memberLink(board, 'a'), '葵');
    await closeDrafts(page);
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-dialog').waitFor();
    const rows = await page.locator('.export-option').evaluateAll((nodes) =>
      nodes.map((node) => {
        const el = node as unknown as {
          querySelector(selector: string): { getBoundingClientRect(): { top: number; bottom: number } };
        };
        const label = el.querySelector('.export-option__label').getBoundingClientRect();
        const first = el.querySelector('.export-option__choices > *').getBoundingClientRect();
        return { label: label.top, first: first.top, firstBottom: first.bottom };
      }),
    );
    expect(rows.length).toBeGreaterThan(1);
    // The label stands beside the first choice (it stood beside the second when they wrapped).
    for (const row of rows) {
      expect(row.label).toBeGreaterThanOrEqual(row.first - 6);
      expect(row.label).toBeLessThan(row.firstBottom);
    }
    await page
      .getByTestId('export-dialog')
      .screenshot({ path: join(SCREENSHOTS, 'export-dialog-phone-ja.png') });
  });

  it('lets a member export too, with their own link', async () => {
    const { board, count, writer } = await seededBoard();
    const page = await newPage(e2e, 'en-US');
    await enterBoard(page, memberLink(board, 'a'), 'Aoi');
    await closeDrafts(page);
    await waitShapeCount(page, count);
    writer.destroy();
    await page.getByTestId('export-open').click();
    const md = await downloadFrom(page, 'md');
    expect(md.name).toMatch(/\.md$/);
    expect(md.bytes.toString('utf8')).toContain(SYNERGY_TITLE);
  });
});
