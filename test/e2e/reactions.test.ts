// Reactions in real Chromium: a member of company b reacts to company a's card from the property
// bar (E opens the stamps), the count appears on the card for company a's member too, who sees who
// reacted and adds theirs; pressing a stamp again takes it back.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  clickCard,
  closeDrafts,
  enterBoard,
  layerDrawnShare,
  memberLink,
  newPage,
  painted,
  SCREENSHOTS,
  useE2E,
  waitShapeCount,
} from './support/browser.js';

const e2e = useE2E();
const POLL = { timeout: 10_000, interval: 30 };

const stamp = (page: Page, name: string) =>
  page.locator(`[data-testid="reaction-stamp"][data-stamp="${name}"]`);

describe('reactions on cards', () => {
  it('are given to any company’s card, counted per person on the card, and taken back', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    addSticky(
      writer.doc,
      { x: 0, y: 0, text: '全国の物流網', company: 'a' as CompanyKey, kind: 'asset' },
      'seed',
    );
    writer.destroy();

    const blake = await newPage(e2e, 'en-US');
    await enterBoard(blake, memberLink(board, 'b'), 'Blake');
    await waitShapeCount(blake, 1);
    await closeDrafts(blake);
    const aoi = await newPage(e2e, 'ja-JP');
    await enterBoard(aoi, memberLink(board, 'a'), '青井');
    await waitShapeCount(aoi, 1);
    await closeDrafts(aoi);
    const PILL_AREA = { x: 60, y: 150, w: 140, h: 30 };
    const before = await layerDrawnShare(aoi, -1, PILL_AREA);

    // Company b's member: another company's card is read-only, yet reactions are offered.
    await clickCard(blake, '全国の物流網');
    await blake.getByTestId('property-bar-readonly').waitFor();
    await blake.keyboard.press('e');
    await stamp(blake, 'idea').click();
    await expect.poll(() => stamp(blake, 'idea').getAttribute('aria-pressed'), POLL).toBe('true');
    await blake.getByTestId('reaction-who').waitFor();
    expect(await blake.getByTestId('reaction-who').textContent()).toContain('Blake');

    // Company a's member sees the pill drawn on the card, and who reacted.
    await expect.poll(() => layerDrawnShare(aoi, -1, PILL_AREA), POLL).toBeGreaterThan(before + 0.1);
    await clickCard(aoi, '全国の物流網');
    await aoi.getByTestId('reactions-open').click();
    expect(await stamp(aoi, 'idea').textContent()).toContain('1');
    expect(await aoi.getByTestId('reaction-who').textContent()).toContain('Blake');
    await stamp(aoi, 'idea').click();
    await stamp(aoi, 'agree').click();
    await expect.poll(() => stamp(aoi, 'idea').textContent(), POLL).toContain('2');
    await expect.poll(() => aoi.getByTestId('reaction-who').textContent(), POLL).toContain('青井');
    await painted(aoi);
    await aoi.screenshot({ path: join(SCREENSHOTS, 'reactions-ja.png') });

    // Pressed again: taken back, for everyone.
    await stamp(blake, 'idea').click();
    await expect.poll(() => stamp(aoi, 'idea').textContent(), POLL).toContain('1');
    await expect.poll(() => blake.getByTestId('reaction-who').textContent(), POLL).not.toContain('Blake');
  });
});
