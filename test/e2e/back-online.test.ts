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
  type PageGlobals,
} from './support/browser.js';

const e2e = useE2E();

describe('messages about an unreachable server', () => {
  // Going down and coming back runs through the client's reconnect backoff: time for both.
  it('go when the connection returns, and what failed to load loads', { timeout: 90_000 }, async () => {
    const server = await interruptibleServer();
    try {
      const board = await createBoard(server.url);
      const page = await newPage(e2e, 'en-US');
      await enterBoard(page, board.links.facilitator, 'Facil');
      await server.stop();
      // The page has noticed (it is reconnecting, or has given up for now).
      await page.waitForFunction(
        () => (globalThis as unknown as PageGlobals).kyoso?.connection() !== 'connected',
        undefined,
        { timeout: 20_000 },
      );

      await page.getByTestId('share-links').click();
      const error = page.getByTestId('links-error');
      await error.waitFor();
      expect(await error.innerText()).toContain('Could not reach the server');

      await server.restart();
      await waitConnected(page, 30_000);
      await page.getByTestId('links-list').waitFor({ timeout: 20_000 });
      expect(await error.count()).toBe(0);
    } finally {
      await server.dispose();
    }
  });
});
