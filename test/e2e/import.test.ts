// Import through the UI: the start page takes an exported board file, shows the new board's
// links, and the new board opens with the same shapes and the same comment thread (its comment
// marked as imported). A refused file shows the server's reason and creates nothing.
import { addShape, addSticky, asCompanyKey, createSynergy } from '@kyoso/shared';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { call, joinAs } from '../workshop/support.js';
import {
  enterBoard,
  newPage,
  painted,
  SCREENSHOTS,
  shapesOf,
  waitShapeCount,
  type TestShape,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();

/** What makes two boards "the same" to a person: every shape's type, place, size, text and owner. */
const comparable = (shapes: TestShape[]) =>
  shapes
    .map(({ type, x, y, w, h, text, company, kind }) => ({ type, x, y, w, h, text, company, kind }))
    .sort((a, b) => a.y - b.y || a.x - b.x || a.type.localeCompare(b.type));

describe('importing a board file', () => {
  it('makes a new board with the same shapes from an exported file', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    addShape(writer.doc, { type: 'frame', x: 0, y: 0, w: 1300, h: 600, text: '提携の候補' }, 'seed');
    const asset = addSticky(
      writer.doc,
      { x: 80, y: 120, text: '全国の物流網', company: asCompanyKey('a')!, kind: 'asset' },
      'seed',
    );
    const gap = addSticky(
      writer.doc,
      { x: 900, y: 120, text: '販路不足', company: asCompanyKey('b')!, kind: 'gap' },
      'seed',
    );
    createSynergy(writer.doc, { title: '共同配送', from: [asset], to: [gap] }, 'seed');
    const count = writer.doc.getMap('shapes').size;
    const commenter = await joinAs(e2e.server.url, board, board.tokens.members.a!, '青井');

    const original = await newPage(e2e, 'ja-JP');
    await enterBoard(original, board.links.facilitator, '進行役');
    await waitShapeCount(original, count);
    writer.destroy();
    const commented = await call(
      e2e.server.url,
      'POST',
      `/api/boards/${board.id}/comments`,
      commenter.token,
      {
        card: asset,
        text: '来月に試験運用を',
      },
    );
    expect(commented.status).toBe(201);
    const response = await fetch(`${e2e.server.url}/api/boards/${board.id}/export.json`, {
      headers: { Authorization: `Bearer ${board.tokens.facilitator}` },
    });
    expect(response.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'kyoso-import-'));
    const file = join(dir, 'board.json');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));

    const landing = await newPage(e2e, 'ja-JP');
    await landing.goto(e2e.server.url);
    await landing.getByTestId('import-file').setInputFiles(file);
    await landing.getByTestId('import-chosen').waitFor();
    await painted(landing);
    await landing.screenshot({ path: join(SCREENSHOTS, 'import-landing-ja.png') });
    await landing.getByTestId('import-submit').click();
    const open = landing.getByRole('link', { name: 'ファシリテーターとして開く' });
    await open.waitFor();
    const link = await open.getAttribute('href');
    expect(link).toBeTruthy();
    expect(link).not.toContain(board.id);

    const copy = await newPage(e2e, 'ja-JP');
    await enterBoard(copy, link!, '進行役');
    await waitShapeCount(copy, count);
    expect(comparable(await shapesOf(copy))).toEqual(comparable(await shapesOf(original)));
    // The thread came along, under its author's name, marked as imported.
    await copy.getByTestId('comments-open').click();
    await copy.getByTestId('comments-show-all').click();
    await copy.locator(`[data-testid="comment-thread"][data-card="${asset}"]`).click();
    const comment = copy.getByTestId('comment');
    await expect.poll(() => comment.textContent()).toContain('来月に試験運用を');
    expect(await comment.textContent()).toContain('青井');
    expect(await copy.getByTestId('comment-imported').textContent()).toBe('読み込み');
  });

  it('shows why a file is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoso-import-'));
    const file = join(dir, 'not-a-board.json');
    writeFileSync(file, JSON.stringify({ format: 'something else', shapes: 'many' }));

    const landing = await newPage(e2e, 'en-US');
    await landing.goto(e2e.server.url);
    await landing.getByTestId('import-submit').click();
    await expect
      .poll(() => landing.getByTestId('import-error').textContent())
      .toBe('Choose a board file (.json).');
    await landing.getByTestId('import-file').setInputFiles(file);
    await landing.getByTestId('import-submit').click();
    const error = landing.getByTestId('import-error');
    await expect.poll(() => error.textContent()).toMatch(/^This file cannot be imported: .+/);
    expect(await landing.getByRole('link', { name: 'Open as facilitator' }).count()).toBe(0);
  });

  it('leaves no import error beside the links of a board made with the form', async () => {
    const landing = await newPage(e2e, 'ja-JP');
    await landing.goto(e2e.server.url);
    await landing.getByTestId('import-submit').click();
    const error = landing.getByTestId('import-error');
    await expect.poll(() => error.textContent()).toContain('ボードファイル（.json）を選んでください');
    await landing.getByLabel('ボード名').fill('第二回 提携ワークショップ');
    await landing.getByLabel('企業 1 の名前').fill('株式会社あさひ');
    await landing.getByLabel('企業 2 の名前').fill('ブルーオーシャン株式会社');
    await landing.getByRole('button', { name: 'ボードを作成' }).click();
    await landing.locator('#link-facilitator').waitFor();
    expect(await error.count()).toBe(0);
  });
});
