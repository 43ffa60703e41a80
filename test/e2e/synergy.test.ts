// Synergy points through the UI: two members each put a card on the board, one makes a synergy
// point linking A's asset and B's gap, fills owners, next step and due date; a linked card moves
// and its connector still joins it; both companies agree and the panel and the card say so; the
// panel sorts and filters.
import { readShapes, addSticky, createSynergy, type CompanyKey, type Shape } from '@kyoso/shared';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectClient, type SyncClient } from '../support/clients.js';
import { exportText } from '../support/ledger.js';
import { createBoard } from '../support/server.js';
import {
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  viewportOf,
  waitShapeCount,
  worldToPage,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 15_000, interval: 50 };
const CARD = { w: 200, h: 160 };

async function clickAt(page: Page, world: { x: number; y: number }, modifiers: 'Shift'[] = []) {
  const at = await worldToPage(page, world);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(at.x, at.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

const rowsOf = (page: Page) =>
  page
    .getByTestId('synergy-row')
    .evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute('data-card')}:${row.getAttribute('data-status')}`),
    );

describe('synergy points', () => {
  it('links two companies’ cards, follows them, needs every company to agree, and lists them', async () => {
    const board = await createBoard(e2e.server.url);
    // Each member puts a card of their own on the shared board.
    const writers: SyncClient[] = [];
    const cardOf = async (company: 'a' | 'b', fields: { x: number; text: string; kind: 'asset' | 'gap' }) => {
      const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.members[company]!);
      writers.push(writer);
      await writer.synced;
      return addSticky(writer.doc, { y: 200, ...CARD, ...fields, company: company as CompanyKey }, 'seed');
    };
    const asset = await cardOf('a', { x: 560, text: '全国の物流網', kind: 'asset' });
    const gap = await cardOf('b', { x: 960, text: '販路不足', kind: 'gap' });
    const reader = writers[0]!;
    const shapes = (): Shape[] => readShapes(reader.doc).shapes;

    const [aoi, ben] = await Promise.all([newPage(e2e, 'ja-JP'), newPage(e2e, 'en-US')]);
    await Promise.all([
      enterBoard(aoi, memberLink(board, 'a'), 'Aoi'),
      enterBoard(ben, memberLink(board, 'b'), 'Ben'),
    ]);
    await Promise.all([closeDrafts(aoi), closeDrafts(ben)]);
    await waitShapeCount(aoi, 2);

    // Aoi selects both cards and makes a synergy point of them.
    await clickAt(aoi, { x: 660, y: 280 });
    await clickAt(aoi, { x: 1060, y: 280 }, ['Shift']);
    await aoi.getByTestId('synergy-make').click();
    const inspector = aoi.getByTestId('synergy-inspector');
    await inspector.waitFor();
    const synergy = (await inspector.getAttribute('data-card'))!;
    await expect.poll(() => shapes().filter((shape) => shape.type === 'connector').length, POLL).toBe(2);
    const card = shapes().find((shape) => shape.id === synergy);
    expect(card).toMatchObject({
      type: 'sticky',
      kind: 'synergy',
      text: '全国の物流網 × 販路不足',
      // Between the two cards, below them: where it covers neither nor hides their connectors.
      x: 760,
      y: 400,
    });
    expect(await aoi.getByTestId('synergy-linked').locator('li').count()).toBe(2);

    // Nobody chose a type: the point has none, and its details say so. Aoi picks one, clears it,
    // and picks it again.
    const typeOf = () => {
      const shape = shapes().find((entry) => entry.id === synergy);
      return shape?.type === 'sticky' ? shape.synergy?.synergyType : undefined;
    };
    expect(typeOf()).toBeNull();
    const type = aoi.getByTestId('synergy-type');
    expect(await type.inputValue()).toBe('');
    expect(await type.locator('option:checked').innerText()).toBe('未設定');
    await painted(aoi);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'synergy-type-not-set-ja.png') });
    await type.selectOption('coDevelopment');
    await expect.poll(typeOf, POLL).toBe('coDevelopment');
    expect(await type.locator('option:checked').innerText()).toBe('共同開発');
    await type.selectOption('');
    await expect.poll(typeOf, POLL).toBeNull();
    await type.selectOption('coDevelopment');
    await expect.poll(typeOf, POLL).toBe('coDevelopment');

    await aoi.getByTestId('synergy-owner-a').fill('佐藤');
    await aoi.getByTestId('synergy-owner-b').fill('Ben Lee');
    // The next step's box grows with a long text, every line in sight.
    const nextStep = aoi.getByTestId('synergy-next-step');
    const rowsHigh = (await nextStep.boundingBox())!.height;
    await nextStep.fill('物流データを共有して試算し、関東の３拠点で共同配送を試す。'.repeat(4));
    await expect
      .poll(async () => (await nextStep.boundingBox())!.height, POLL)
      .toBeGreaterThan(rowsHigh * 1.5);
    const hidden = (el: unknown) => {
      const box = el as { scrollHeight: number; clientHeight: number };
      return box.scrollHeight - box.clientHeight;
    };
    expect(await nextStep.evaluate(hidden)).toBeLessThanOrEqual(1);
    await nextStep.fill('物流データを共有して試算');
    await expect.poll(async () => (await nextStep.boundingBox())!.height, POLL).toBeLessThan(rowsHigh + 2);
    // A year mistyped is said (not refused), and the hint goes once the date is right.
    await aoi.getByTestId('synergy-due').fill('7011-02-02');
    await expect
      .poll(() => aoi.getByTestId('synergy-due-warning').textContent(), POLL)
      .toBe('7011年の期日です。入力に誤りはありませんか？');
    await aoi.getByTestId('synergy-due').fill('2026-12-24');
    await aoi.getByTestId('synergy-due-warning').waitFor({ state: 'detached' });
    await aoi.getByTestId('synergy-status-candidate').check();
    await aoi.getByTestId('synergy-owner-a').focus();
    await expect
      .poll(() => {
        const shape = shapes().find((entry) => entry.id === synergy);
        return shape?.type === 'sticky' ? shape.synergy : null;
      }, POLL)
      .toMatchObject({
        owners: { a: '佐藤', b: 'Ben Lee' },
        nextStep: '物流データを共有して試算',
        due: '2026-12-24',
        status: 'candidate',
      });

    // Ben drags his gap card down: the connector still joins it to the synergy card.
    // (Grabbed off-centre: the connector runs to the card's centre, on top of it.)
    const from = await worldToPage(ben, { x: 1120, y: 230 });
    await ben.mouse.move(from.x, from.y);
    await ben.mouse.down();
    await ben.mouse.move(from.x, from.y + 100, { steps: 5 });
    await ben.mouse.move(from.x, from.y + 250, { steps: 5 });
    await ben.mouse.up();
    const { zoom } = await viewportOf(ben);
    await expect
      .poll(() => shapes().find((shape) => shape.id === gap), POLL)
      .toMatchObject({ x: 960, y: 200 + Math.round(250 / zoom) });
    const links = shapes().flatMap((shape) => (shape.type === 'connector' ? [[shape.from, shape.to]] : []));
    expect(links).toEqual(
      expect.arrayContaining([
        [asset, synergy],
        [synergy, gap],
      ]),
    );

    // Ben finds it in the panel, sees Aoi's details, and agrees from the inspector.
    await ben.getByTestId('synergy-open').click();
    const row = ben.locator(`[data-testid="synergy-row"][data-card="${synergy}"]`);
    await expect.poll(() => row.getAttribute('data-status'), POLL).toBe('candidate');
    await row.click();
    const benInspector = ben.getByTestId('synergy-inspector');
    await benInspector.waitFor();
    expect(await ben.getByTestId('synergy-type').locator('option:checked').innerText()).toBe(
      'Co-development',
    );
    expect(await ben.getByTestId('synergy-owner-a').inputValue()).toBe('佐藤');
    expect(await ben.getByTestId('synergy-due').inputValue()).toBe('2026-12-24');
    await ben.getByTestId('synergy-agree').click();
    // One company is not enough.
    await expect
      .poll(() => ben.getByTestId('synergy-agreement').locator('[data-agreed="yes"]').count(), POLL)
      .toBe(1);
    expect(await benInspector.getByTestId('synergy-status-candidate').isChecked()).toBe(true);

    // Aoi agrees from the property bar's agree control: now every company has.
    await clickAt(aoi, { x: 800, y: 440 });
    await aoi.getByTestId('agree-button').click();
    for (const page of [aoi, ben]) {
      await expect
        .poll(() => page.getByTestId('agree-control').getAttribute('data-agreed'), POLL)
        .toBe('all');
      const status = page.getByTestId('synergy-inspector').getByTestId('synergy-status');
      await expect.poll(() => status.getAttribute('data-status'), POLL).toBe('agreed');
    }
    expect(await ben.getByTestId('synergy-agreement').innerText()).toContain('Aoi');
    await painted(ben);
    await ben.screenshot({ path: join(SCREENSHOTS, 'synergy-inspector-en.png') });
    await painted(aoi);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'synergy-inspector-ja.png') });

    // One company's card alone is no synergy: "Make synergy point" is not offered for it.
    // (Clicked near its right edge: the open panel covers the left of the canvas.)
    await clickAt(aoi, { x: 740, y: 220 });
    await aoi.getByTestId('property-bar').waitFor();
    expect(await aoi.getByTestId('synergy-make').count()).toBe(0);
    // A second point, linked to that card alone (as a script or an import may write one), then
    // the list: sorting and filtering.
    const second = createSynergy(reader.doc, { title: '全国の物流網', from: [asset], to: [] }, 'seed');
    await expect.poll(() => rowsOf(aoi), POLL).toEqual([`${second}:idea`, `${synergy}:agreed`]);
    await aoi.getByTestId('synergy-sort-direction').click();
    expect(await rowsOf(aoi)).toEqual([`${synergy}:agreed`, `${second}:idea`]);
    await aoi.getByTestId('synergy-sort').selectOption('due');
    expect(await rowsOf(aoi)).toEqual([`${synergy}:agreed`, `${second}:idea`]);
    await aoi.getByTestId('synergy-filter-status').selectOption('idea');
    expect(await rowsOf(aoi)).toEqual([`${second}:idea`]);
    await aoi.getByTestId('synergy-filter-status').selectOption('');
    await aoi.getByTestId('synergy-filter-company').selectOption('b');
    expect(await rowsOf(aoi)).toEqual([`${synergy}:agreed`]);
    await aoi.getByTestId('synergy-filter-company').selectOption('');
    // The report lists the type Aoi chose, and none for the second point, which nobody typed.
    const csv = (await exportText(e2e.server.url, board.id, board.tokens.facilitator, 'csv')).split('\r\n');
    const [header, ...records] = csv.map((line) => line.split(','));
    const column = header!.indexOf('タイプ');
    expect(records.find((cells) => cells[0] === '全国の物流網 × 販路不足')?.[column]).toBe('共同開発');
    expect(records.find((cells) => cells[0] === '全国の物流網')?.[column]).toBe('');
    await painted(aoi);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'synergy-panel-ja.png') });

    await ben.getByTestId('synergy-back').click();
    await expect.poll(() => rowsOf(ben), POLL).toHaveLength(2);
    await painted(ben);
    await ben.screenshot({ path: join(SCREENSHOTS, 'synergy-panel-en.png') });

    // Clicking a row brings its card into view and selects it.
    await aoi.locator(`[data-testid="synergy-row"][data-card="${second}"]`).click();
    await expect
      .poll(() => aoi.getByTestId('synergy-inspector').getAttribute('data-card'), POLL)
      .toBe(second);

    // Deleting the agreed point asks first, naming who agreed (one company alone took it off the
    // board with a key press); Escape keeps it. So does cancelling another kind, which unlinks it.
    await ben.locator(`[data-testid="synergy-row"][data-card="${synergy}"]`).click();
    const bar = ben.getByTestId('property-bar');
    await bar.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = ben.getByTestId('removal-confirm');
    await confirm.waitFor();
    await ben.screenshot({ path: join(SCREENSHOTS, 'removal-confirm-en.png') });
    const asked = await confirm.innerText();
    expect(asked).toContain('全国の物流網 × 販路不足');
    expect(asked).toContain('Agreed by 株式会社あさひ, Blue Ocean Inc.');
    await ben.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    // (A member's bar has one select: the kind. The company is the facilitator's to change.)
    await bar.locator('select').selectOption('note');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('Change kind');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    const stored = () => shapes().find((shape) => shape.id === synergy);
    expect(stored()).toMatchObject({ kind: 'synergy' });
    // Confirmed, it goes, for everyone.
    await bar.getByRole('button', { name: 'Delete', exact: true }).click();
    await ben.getByTestId('removal-confirm-submit').click();
    await expect.poll(stored, POLL).toBeUndefined();
    for (const writer of writers) writer.destroy();
  });
});
