// The facilitator deletes the board from "Share links": asked once, then everyone on it (the
// facilitator too) is told the board was deleted, in their own language, and it is gone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/server.js';
import { enterBoard, memberLink, newPage, SCREENSHOTS, useE2E } from './support/browser.js';

const e2e = useE2E();

describe('deleting a board', () => {
  it('asks once, then sends everyone away with a message saying so', { timeout: 60_000 }, async () => {
    const board = await createBoard(e2e.server.url);
    const [f, a] = await Promise.all([newPage(e2e, 'en-US'), newPage(e2e)]);
    try {
      await Promise.all([
        enterBoard(f, board.links.facilitator, 'Fumi'),
        enterBoard(a, memberLink(board, 'a'), 'Aoi'),
      ]);
      await f.getByTestId('share-links').click();
      await f.getByTestId('delete-board').click();
      const confirm = f.getByRole('alertdialog');
      expect(await confirm.innerText()).toContain('cannot be undone');
      await f.screenshot({ path: join(SCREENSHOTS, 'board-deletion-confirm.png') });
      // Cancel changes nothing; the second time it goes.
      await f.getByRole('button', { name: 'Cancel' }).click();
      expect(await e2e.server.storage.getBoard(board.id)).not.toBeNull();
      await f.getByTestId('delete-board').click();
      await f.getByTestId('delete-board-confirm').click();

      await f.getByText('This board has been deleted.').waitFor();
      await a.getByText('このボードは削除されました。').waitFor();
      await a.screenshot({ path: join(SCREENSHOTS, 'board-deleted-member.png') });
      expect(await e2e.server.storage.getBoard(board.id)).toBeNull();
    } finally {
      await Promise.all([f.close(), a.close()]);
    }
  });
});
