// The answer to creating a board, whether from the form (POST /api/boards) or from a file
// (POST /api/boards/import): the board, its role tokens and the links that carry them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CreatedBoard } from '@kyoso/shared';
import type { Auth } from '../auth/tokens.js';
import { boardLinks, issueTokens } from '../boards.js';
import type { Config } from '../config.js';
import type { BoardRecord } from '../storage/storage.js';
import { baseUrlOf } from './base-url.js';
import { sendJson } from './http-error.js';

export async function sendCreatedBoard(
  req: IncomingMessage,
  res: ServerResponse,
  deps: { config: Config; auth: Auth },
  board: BoardRecord,
): Promise<void> {
  const tokens = await issueTokens(deps.auth, board);
  sendJson(res, 201, {
    id: board.id,
    title: board.title,
    locale: board.locale,
    template: board.template,
    companies: board.companies,
    tokens,
    links: boardLinks(baseUrlOf(deps.config, req), board.id, tokens),
  } satisfies CreatedBoard);
}
