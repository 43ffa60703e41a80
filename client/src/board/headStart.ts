// A board link's first two requests, its shapes and the person's join, sent by the entry script
// as soon as it runs on a board link, while the board page's and the canvas's code still load
// (a few hundred milliseconds on a slow machine). The board page takes them instead of sending
// its own; each is taken once, and only by a page for the same link and name.
import { asCompanyKey, type Shape } from '@kyoso/shared';
import { readDisplayName } from '../canvas/displayName';
import { createCommandsApi } from '../sync/commandsApi';
import { joinKey, requestJoin, type Joined, type KeyValueStorage } from '../sync/participant';
import type { Identity } from '../sync/session-types';
import { fetchBoardShapes } from '../sync/shapesSnapshot';
import { decodeTokenPayload, isExpired, tokenFromHash, type TokenClaims } from './token';

/** localStorage, when this browser lets the page use it. */
export function browserKeyValues(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Who a board link makes this person: the link's role and company, the name they go by. */
export function linkIdentity(boardId: string, claims: TokenClaims, name: string): Identity {
  return {
    boardId: boardId as Identity['boardId'],
    role: claims.role,
    company: claims.company ? asCompanyKey(claims.company) : null,
    name,
  };
}

interface Started {
  boardId: string;
  token: string;
  shapes: Promise<readonly Shape[] | null> | null;
  join: { key: string; request: Promise<Joined> } | null;
}

let started: Started | null = null;

/** Sends the board's first requests now, when the link can open the board. */
export function startBoardRequests(
  boardId: string,
  hash: string,
  storage: KeyValueStorage | null = browserKeyValues(),
): void {
  started = null;
  const token = tokenFromHash(hash);
  const claims = token ? decodeTokenPayload(token) : null;
  if (!token || !claims || claims.board !== boardId || isExpired(claims, Date.now())) return;
  // A first visit asks for a name first; the join waits for it.
  const name = readDisplayName(storage);
  const identity = name ? linkIdentity(boardId, claims, name) : null;
  started = {
    boardId,
    token,
    shapes: fetchBoardShapes(boardId, token),
    join: identity
      ? {
          key: joinKey(identity, token),
          request: requestJoin({ api: createCommandsApi(boardId), identity, linkToken: token, storage }),
        }
      : null,
  };
}

/** The shapes request already sent for this board and link, once. */
export function takeShapesRequest(boardId: string, token: string): Promise<readonly Shape[] | null> | null {
  if (!started || started.boardId !== boardId || started.token !== token) return null;
  const shapes = started.shapes;
  started.shapes = null;
  return shapes;
}

/** The join already sent for this person and link, once. */
export function takeJoinRequest(key: string): Promise<Joined> | null {
  if (!started?.join || started.join.key !== key) return null;
  const { request } = started.join;
  started.join = null;
  return request;
}
