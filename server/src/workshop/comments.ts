// Comment threads on cards. The server writes every comment where its card is, under the name and
// company of the caller's participant token: a card on the shared board's thread in `discussion`
// (everyone reads it), a private draft's in that company's `private/<company>` channel (only its
// members read it). The facilitator and members comment; observers read.
import {
  authorOf,
  commentAt,
  commentText,
  commentsMap,
  MAX_COMMENT_LENGTH,
  MAX_COMMENTS,
  randomId,
  readThreads,
  removeComment,
  writeComment,
  writeThreadResolved,
  type ShapeId,
} from '@kyoso/shared';
import { Type } from 'typebox';
import { roomKey } from '../boards.js';
import { actorOf, requireRole, type Caller } from '../http/authorize.js';
import { HttpError, sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { ShapeIdText } from '../http/schemas.js';
import { withRooms } from '../sync/server-writes.js';
import type { Room } from '../sync/room.js';
import { shapeAt, shapeIdField } from './cards.js';
import type { WorkshopDeps } from './deps.js';

const CommentBody = Type.Object({
  card: ShapeIdText('The card (on the board, or one of your company’s private drafts)'),
  text: Type.String({ minLength: 1, maxLength: MAX_COMMENT_LENGTH, description: 'The comment' }),
});
const ResolveBody = Type.Object({
  card: ShapeIdText('The card whose thread to resolve or reopen'),
  resolved: Type.Boolean({ description: 'true resolves the thread, false reopens it' }),
});
const CommentParams = Type.Object({
  board: BoardParams.properties.board,
  comment: Type.String({ pattern: '^[a-z0-9]{8,32}$', description: 'The comment id' }),
});

type Where = 'discussion' | 'private';

/**
 * Runs `work` on the room that holds `card`'s thread for this caller: the board's discussion when
 * the card is on the board, the caller's company's drafts when it is one of them; 404 otherwise
 * (another company's draft is as unknown as a card that does not exist).
 */
async function withThreadRoom<T>(
  deps: WorkshopDeps,
  caller: Caller,
  card: ShapeId,
  work: (room: Room, where: Where) => Promise<T>,
): Promise<T> {
  const { board, principal } = caller;
  const company = principal.role === 'member' ? principal.company : null;
  const keys = [roomKey(board.id, 'content'), ...(company ? [roomKey(board.id, `private/${company}`)] : [])];
  return withRooms(deps.rooms, keys, async ([content, drafts]) => {
    const onBoard = shapeAt(content!.doc, card);
    if (onBoard?.type === 'sticky')
      return withRooms(deps.rooms, [roomKey(board.id, 'discussion')], ([discussion]) =>
        work(discussion!, 'discussion'),
      );
    if (onBoard) throw new HttpError(400, `${card} is a ${onBoard.type}, not a card`);
    if (drafts && shapeAt(drafts.doc, card)?.type === 'sticky') return work(drafts, 'private');
    throw new HttpError(404, `no card ${card} on the board`);
  });
}

export function commentRoutes(deps: WorkshopDeps): Route[] {
  const participantOnly = (caller: Caller, action: string) => {
    requireRole(caller, ['member', 'facilitator'], action);
    return actorOf(caller);
  };
  return [
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/comments',
      summary:
        'Comment on a card: its thread on the board, or on one of your private drafts (member, facilitator)',
      tag: 'discussion',
      auth: 'board',
      schema: { params: BoardParams, body: CommentBody },
      responses: {
        201: 'The comment: `{"comment": {"id", "card", "text", "by", "at"}, "where": "discussion" | "private"}`',
        400: 'Empty or too long, not a card, or the board holds too many comments',
        401: 'No valid token, or a link token instead of a participant token',
        403: 'An observer',
        404: 'No such card (another company’s draft included)',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        const by = participantOnly(caller, 'comment');
        const card = shapeIdField(body.card, 'card');
        const text = commentText(body.text);
        if (text === null)
          throw new HttpError(400, `text must be 1 to ${MAX_COMMENT_LENGTH} characters, not only spaces`);
        const answer = await deps.queue.run(caller.board.id, () =>
          withThreadRoom(deps, caller, card, async (room, where) => {
            if (commentsMap(room.doc).size >= MAX_COMMENTS)
              throw new HttpError(400, `a board keeps at most ${MAX_COMMENTS} comments`);
            const comment = { id: randomId(16), card, text, by: authorOf(by), at: Date.now() };
            await room.applyServerChange((doc) => writeComment(doc, comment));
            return { comment, where };
          }),
        );
        sendJson(res, 201, answer);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/boards/:board/comments/resolve',
      summary: 'Resolve a card’s thread, or reopen it (member, facilitator)',
      tag: 'discussion',
      auth: 'board',
      schema: { params: BoardParams, body: ResolveBody },
      responses: {
        200: '`{"card", "resolved"}`',
        400: 'Not a card',
        401: 'No valid token',
        403: 'An observer',
        404: 'No such card, or no thread on it',
      },
      handler: async ({ req, res, params, body }) => {
        const caller = await deps.authorize(req, params.board);
        const by = participantOnly(caller, 'resolve comments');
        const card = shapeIdField(body.card, 'card');
        await deps.queue.run(caller.board.id, () =>
          withThreadRoom(deps, caller, card, async (room) => {
            if (!readThreads(room.doc).has(card)) throw new HttpError(404, `card ${card} has no comments`);
            await room.applyServerChange((doc) =>
              writeThreadResolved(doc, { card, resolved: body.resolved, by: authorOf(by), at: Date.now() }),
            );
          }),
        );
        sendJson(res, 200, { card, resolved: body.resolved });
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/boards/:board/comments/:comment',
      summary: 'Delete your own comment (the facilitator may delete any on the board)',
      tag: 'discussion',
      auth: 'board',
      schema: { params: CommentParams },
      responses: {
        200: '`{"deleted": "<id>"}`',
        401: 'No valid token',
        403: 'Someone else’s comment',
        404: 'No such comment',
      },
      handler: async ({ req, res, params }) => {
        const caller = await deps.authorize(req, params.board);
        const by = participantOnly(caller, 'delete comments');
        const { board, principal } = caller;
        const company = principal.role === 'member' ? principal.company : null;
        const keys = [
          roomKey(board.id, 'discussion'),
          ...(company ? [roomKey(board.id, `private/${company}`)] : []),
        ];
        await deps.queue.run(board.id, () =>
          withRooms(deps.rooms, keys, async (rooms) => {
            const room = rooms.find((candidate) => commentAt(candidate.doc, params.comment) !== null);
            const comment = room ? commentAt(room.doc, params.comment) : null;
            if (!room || !comment) throw new HttpError(404, `no comment ${params.comment}`);
            const facilitatorOnBoard = principal.role === 'facilitator' && room === rooms[0];
            // A comment a board file brought into a company's drafts has no author here: the
            // company's own members may take it away (nobody else reads it).
            const importedInOwnDrafts = room !== rooms[0] && comment.by.file === true;
            if (comment.by.participant !== by.participant && !facilitatorOnBoard && !importedInOwnDrafts)
              throw new HttpError(
                403,
                'only its author (or the facilitator, on the board) can delete a comment',
              );
            await room.applyServerChange((doc) => removeComment(doc, params.comment));
          }),
        );
        sendJson(res, 200, { deleted: params.comment });
      },
    }),
  ];
}
