// The board's shapes as the server holds them (`GET /api/boards/<id>/shapes`), fetched as soon as a
// board page opens, so that the canvas can draw the board while the live document still syncs
// (the shape index's preview). Any failure (a board that lets people in one by one, the network)
// just means no preview: the document brings the same shapes a moment later.
import type { Shape } from '@kyoso/shared';
import type { FetchLike } from '../api';

export async function fetchBoardShapes(
  boardId: string,
  token: string,
  fetchImpl: FetchLike = fetch,
): Promise<readonly Shape[] | null> {
  try {
    const response = await fetchImpl(`/api/boards/${encodeURIComponent(boardId)}/shapes`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) return null;
    const body = (await response.json()) as { shapes?: unknown };
    return Array.isArray(body.shapes) ? (body.shapes as Shape[]) : null;
  } catch {
    return null;
  }
}
