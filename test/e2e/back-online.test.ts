// A request that failed because the server could not be reached says so, and that message goes
// once the server is back: here the facilitator's "Share links" list, asked for while the server
// was down, loads by itself when the connection returns.
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/server.js';
import {
  enterBoard,
  interruptibleServer,
  newPage,
  useE2E,
  waitConnected,
  waitStatus,
} from './support/browser.js';

const e2e = useE2E();

describe('messages about an unreachable server', () => {
  it('go when the connection returns, and what failed to load loads', async () => {
    const server = await interruptibleServer();
    try {
      const board = await createBoard(server.url);
      const page = await newPage(e2e, 'en-US');
      await enterBoard(page, board.links.facilitator, 'Facil');
      await server.stop();
      await waitStatus(page, 'offline', 15_000);

      await page.getByTestId('share-links').click();
      const error = page.getByTestId('links-error');
      await error.waitFor();
      expect(await error.innerText()).toContain('Could not reach the server');

      await server.restart();
      await waitConnected(page, 15_000);
      await page.getByTestId('links-list').waitFor({ timeout: 15_000 });
      expect(await error.count()).toBe(0);
    } finally {
      await server.dispose();
    }
  });
});
