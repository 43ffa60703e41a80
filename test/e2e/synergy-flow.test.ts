// Issue 5's whole flow in the browser: a board made from the synergy-map template, cards from
// both companies, a suggestion accepted as a synergy point, both companies agree, and the
// synergy point shows as agreed on both pages.
import { describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard, SAMPLE_BOARD } from '../support/server.js';
import {
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  shapesOf,
  waitShapeCount,
  useE2E,
} from './support/browser.js';

const e2e = useE2E();

const POLL = { timeout: 15_000, interval: 50 };

describe('from a template to an agreed synergy point', () => {
  it('accepts a suggested pair and records both companies agreeing it', async () => {
    const board = await createBoard(e2e.server.url, { ...SAMPLE_BOARD, template: 'synergy-map' });
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    const templateShapes = writer.doc.getMap('shapes').size;
    expect(templateShapes).toBeGreaterThan(0);
    // One card from each company, away from the template: an asset and a gap that meet.
    let asset = '' as ShapeId;
    let gap = '' as ShapeId;
    writer.doc.transact(() => {
      asset = addSticky(
        writer.doc,
        { x: -900, y: 0, text: '全国の販売網と物流', company: 'a' as CompanyKey, kind: 'asset' },
        'seed',
      );
      gap = addSticky(
        writer.doc,
        { x: -600, y: 0, text: 'No sales channel in Japan', company: 'b' as CompanyKey, kind: 'gap' },
        'seed',
      );
    });
    writer.destroy();

    const [a, b] = await Promise.all([newPage(e2e, 'ja-JP'), newPage(e2e, 'en-US')]);
    await Promise.all([
      enterBoard(a, memberLink(board, 'a'), 'Aoi'),
      enterBoard(b, memberLink(board, 'b'), 'Ben'),
    ]);
    await Promise.all([closeDrafts(a), closeDrafts(b)]);
    for (const page of [a, b]) await waitShapeCount(page, templateShapes + 2);

    // A accepts the suggested pair: a synergy card linked to both cards.
    await a.getByTestId('suggestions-open').click();
    const pair = a.locator(`[data-testid="suggestion"][data-asset="${asset}"][data-need="${gap}"]`);
    await pair.waitFor();
    expect(await pair.getByTestId('suggestion-reason').textContent()).toContain('販売網 ↔ sales channel');
    const before = new Set((await shapesOf(b)).map((shape) => shape.id));
    await pair.getByTestId('suggestion-accept').click();
    await waitShapeCount(b, templateShapes + 5);
    const added = (await shapesOf(b)).filter((shape) => !before.has(shape.id));
    const synergy = added.find((shape) => shape.kind === 'synergy');
    expect(synergy).toBeDefined();
    expect(added.filter((shape) => shape.type === 'connector')).toHaveLength(2);

    // Each company agrees from the synergy panel's inspector.
    for (const page of [a, b]) {
      if ((await page.getByTestId('suggestions-panel').count()) > 0) await page.keyboard.press('Shift+S');
      await page.getByTestId('synergy-open').click();
      // The page that accepted has the new card selected: its panel opens on the card already.
      const inspector = page.locator(`[data-testid="synergy-inspector"][data-card="${synergy!.id}"]`);
      if ((await inspector.count()) === 0)
        await page.locator(`[data-testid="synergy-row"][data-card="${synergy!.id}"]`).click();
      await inspector.waitFor();
      await page.getByTestId('synergy-agree').click();
    }
    for (const page of [a, b]) {
      const status = page.getByTestId('synergy-inspector').getByTestId('synergy-status');
      await expect.poll(() => status.getAttribute('data-status'), POLL).toBe('agreed');
    }
    expect(await b.getByTestId('synergy-agreement').innerText()).toContain('Aoi');
    expect(await a.getByTestId('synergy-agreement').innerText()).toContain('Ben');
  });
});
