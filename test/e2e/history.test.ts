// History through the UI: the facilitator saves a named version, a member adds a card, the
// facilitator restores the version (both pages lose the card), Ctrl+Z brings it back on both, and
// the list keeps the state from before the restore. The preview draws a version read-only.
import { addSticky, asCompanyKey } from '@kyoso/shared';
import { join } from 'node:path';
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
  shapesOf,
  waitShapeCount,
  worldToPage,
  useE2E,
  type PageGlobals,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 15_000, interval: 50 };
// Long, as people name versions: the list must show it whole.
const VERSION = '第1回ワークショップの後（合意案・最終確認の前）';
const ids = async (page: Page) => (await shapesOf(page)).map((shape) => shape.id).sort();

describe('version history', () => {
  it('saves a version, restores it for everyone, and Ctrl+Z undoes the restore', async () => {
    const board = await createBoard(e2e.server.url);
    const seed = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await seed.synced;
    addSticky(
      seed.doc,
      { x: 100, y: 100, text: '全国3万社の顧客基盤', company: asCompanyKey('a')!, kind: 'asset' },
      'seed',
    );
    addSticky(
      seed.doc,
      { x: 400, y: 100, text: 'EV充電の知見が足りない', company: asCompanyKey('b')!, kind: 'gap' },
      'seed',
    );
    seed.destroy();

    const [host, member] = await Promise.all([newPage(e2e, 'ja-JP'), newPage(e2e, 'ja-JP')]);
    await Promise.all([
      enterBoard(host, board.links.facilitator, '進行役'),
      enterBoard(member, memberLink(board, 'a'), 'Aoi'),
    ]);
    await closeDrafts(member);
    await Promise.all([waitShapeCount(host, 2), waitShapeCount(member, 2)]);
    const before = await ids(host);

    // The member sees no history; the facilitator opens it with Shift+H and saves a version.
    expect(await member.getByTestId('history-open').count()).toBe(0);
    await host.getByTestId('canvas').click({ position: { x: 600, y: 500 } });
    await host.keyboard.press('Shift+H');
    const panel = host.getByTestId('history-panel');
    await panel.waitFor();
    await host.getByTestId('history-name').fill(VERSION);
    await host.getByTestId('history-name').press('Enter');
    const named = panel.getByTestId('history-row').filter({ hasText: VERSION });
    await named.waitFor();
    expect(await named.getAttribute('data-kind')).toBe('named');
    await expect.poll(() => host.getByTestId('history-name').inputValue()).toBe('');

    // The member adds a card; both pages have it.
    const at = await worldToPage(member, { x: 250, y: 420 });
    await member.mouse.dblclick(at.x, at.y);
    await member.getByTestId('text-editor').waitFor();
    await member.keyboard.type('あとで足したカード');
    await member.keyboard.press('Escape');
    await Promise.all([waitShapeCount(member, 3), waitShapeCount(host, 3)]);
    const added = (await shapesOf(member)).find((shape) => !before.includes(shape.id));
    expect(added?.text).toBe('あとで足したカード');

    // The preview draws the version, read-only.
    await named.getByTestId('history-preview').click();
    const preview = host.getByTestId('version-preview');
    await preview.getByTestId('version-preview-image').waitFor();
    await host.waitForFunction(() => {
      const img = (globalThis as unknown as PageGlobals).document.querySelector(
        '[data-testid="version-preview-image"]',
      );
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    await painted(host);
    await host.screenshot({ path: join(SCREENSHOTS, 'history-preview-ja.png') });

    // Restoring from the preview asks first, saying what it changes: the member's card goes.
    await preview.getByTestId('version-preview-restore').click();
    const impact = host.getByTestId('history-impact');
    await expect.poll(() => impact.innerText(), POLL).toBe('消えるカード・図形：1個');
    await host.getByTestId('history-confirm-dialog').screenshot({
      path: join(SCREENSHOTS, 'history-restore-confirm-ja.png'),
    });
    await host.getByTestId('history-confirm').click();
    await expect.poll(() => ids(host), POLL).toEqual(before);
    await expect.poll(() => ids(member), POLL).toEqual(before);
    // The member is told why the board changed under them.
    await expect
      .poll(() => member.getByTestId('facilitation-notice').textContent(), POLL)
      .toBe(`進行役さんがボードをバージョン「${VERSION}」に戻しました`);
    const status = host.getByTestId('history-status');
    await expect.poll(() => status.textContent()).toContain(`「${VERSION}」に戻しました`);
    expect(await status.textContent()).toContain('Ctrl+Z');

    // The state before the restore is in the list.
    const kept = panel.getByTestId('history-row').and(host.locator('[data-kind="restore"]'));
    await kept.first().waitFor();
    expect(await kept.first().textContent()).toContain(VERSION);
    // Its name is shown whole (it wraps), so which version it came before can be read.
    const name = kept.first().locator('.history-row__name');
    expect(await name.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await painted(host);
    await host.screenshot({ path: join(SCREENSHOTS, 'history-panel-ja.png') });

    // Ctrl+Z on the facilitator's page undoes the restore everywhere.
    await host.getByTestId('canvas').click({ position: { x: 600, y: 500 } });
    await host.keyboard.press('Control+z');
    await expect
      .poll(async () => (await shapesOf(host)).some((shape) => shape.id === added?.id), POLL)
      .toBe(true);
    await expect
      .poll(async () => (await shapesOf(member)).find((shape) => shape.id === added?.id)?.text, POLL)
      .toBe('あとで足したカード');
  });

  it('does not save a name confirmed inside an IME composition', async () => {
    const board = await createBoard(e2e.server.url);
    const host = await newPage(e2e, 'ja-JP');
    await enterBoard(host, board.links.facilitator, '進行役');
    await host.getByTestId('history-open').click();
    await host.getByTestId('history-panel').waitFor();
    await host.getByText('まだ保存されたバージョンはありません。').waitFor();
    const input = host.getByTestId('history-name');
    await input.click();
    const cdp = await host.context().newCDPSession(host);
    await cdp.send('Input.imeSetComposition', { text: 'きろく', selectionStart: 3, selectionEnd: 3 });
    // Enter while composing confirms the conversion only.
    await host.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: '記録' });
    expect(await input.inputValue()).toBe('記録');
    expect(await host.getByTestId('history-status').count()).toBe(0);
    expect(await host.getByTestId('history-row').count()).toBe(0);
    await input.press('Enter');
    await host.getByTestId('history-row').filter({ hasText: '記録' }).waitFor();
  });
});
