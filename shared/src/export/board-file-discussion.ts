// The board file's `discussion` (version 3): the reactions and comment threads of the file's cards,
// and the threads of the drafts it carries. Authors are written as name and company only: a
// participant id means nothing on another board. Reading trusts nothing: a malformed entry is
// refused naming its path, an entry about a card the file does not hold is dropped (a card
// deleted since, or an edited file), and the lists are bounded as a stored board's are.
import type * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../ids.js';
import {
  commentText,
  fileAuthor,
  isCommentId,
  MAX_AUTHOR_NAME,
  MAX_COMMENT_LENGTH,
  MAX_COMMENTS,
  writeComment,
  writeThreadResolved,
  type Thread,
} from '../discussion/comments.js';
import { isReactionStamp, writeFileReactions, type ReactionStamp } from '../discussion/reactions.js';
import type { Shape } from '../model/shape.js';
import { BoardFileError, fieldPath, isRecord, listOf, objectWith } from './board-file-json.js';
import { fileShapeId } from './board-file-shapes.js';
import type { ExportDiscussion } from './input.js';

/** Most reactions a file may hold (the board's; drafts have none). */
export const MAX_FILE_REACTIONS = 50_000;

export interface FileAuthor {
  name: string;
  company: CompanyKey | null;
}
export interface FileReaction {
  card: ShapeId;
  stamp: ReactionStamp;
  by: FileAuthor;
  /** Server time, ms. */
  at: number;
}
export interface FileComment {
  id: string;
  card: ShapeId;
  text: string;
  by: FileAuthor;
  at: number;
}
export interface FileResolved {
  card: ShapeId;
  by: FileAuthor;
  at: number;
}
/** The threads of one document: the board's, or one company's drafts'. */
export interface FileThreads {
  comments: FileComment[];
  resolved: FileResolved[];
}
export interface FileDiscussion extends FileThreads {
  reactions: FileReaction[];
  /** Company key -> its drafts' threads, for the companies whose drafts the file carries. */
  drafts: Partial<Record<CompanyKey, FileThreads>>;
}

export const emptyDiscussion = (): FileDiscussion => ({
  reactions: [],
  comments: [],
  resolved: [],
  drafts: {},
});

const authorIn = (by: { name: string; company: CompanyKey | null }): FileAuthor => ({
  name: by.name,
  company: by.company,
});

const stickyIds = (shapes: readonly Shape[]): Set<string> =>
  new Set(shapes.filter((shape) => shape.type === 'sticky').map((shape) => shape.id));

/** The threads of `cards` only, oldest comment first. */
function threadsOf(threads: ReadonlyMap<ShapeId, Thread>, cards: ReadonlySet<string>): FileThreads {
  const comments: FileComment[] = [];
  const resolved: FileResolved[] = [];
  for (const thread of threads.values()) {
    if (!cards.has(thread.card)) continue;
    for (const c of thread.comments)
      comments.push({ id: c.id, card: c.card, text: c.text, by: authorIn(c.by), at: c.at });
    if (thread.resolved)
      resolved.push({ card: thread.card, by: authorIn(thread.resolved.by), at: thread.resolved.at });
  }
  comments.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  resolved.sort((a, b) => a.at - b.at || (a.card < b.card ? -1 : 1));
  return { comments, resolved };
}

/**
 * The discussion of a file's cards: the board's reactions and threads, and the threads of the
 * drafts in `drafts` (the file's, already only those the exporter may read).
 */
export function fileDiscussion(
  discussion: ExportDiscussion | undefined,
  shapes: readonly Shape[],
  drafts: Partial<Record<CompanyKey, Shape[]>>,
): FileDiscussion {
  if (!discussion) return emptyDiscussion();
  const cards = stickyIds(shapes);
  const reactions = discussion.reactions
    .filter((entry) => cards.has(entry.card))
    .map(({ card, stamp, name, company, at }) => ({ card, stamp, by: { name, company }, at }))
    .sort(
      (a, b) =>
        a.at - b.at ||
        (a.card === b.card ? 0 : a.card < b.card ? -1 : 1) ||
        (a.stamp === b.stamp ? 0 : a.stamp < b.stamp ? -1 : 1),
    );
  const out: FileDiscussion = { reactions, ...threadsOf(discussion.threads, cards), drafts: {} };
  for (const [key, shapes] of Object.entries(drafts) as [CompanyKey, Shape[]][]) {
    const threads = discussion.drafts[key];
    if (threads) out.drafts[key] = threadsOf(threads, stickyIds(shapes));
  }
  return out;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** What a reader needs to know of the rest of the file. */
export interface DiscussionContext {
  /** The companies of the board. */
  companies: ReadonlySet<string>;
  shapes: readonly Shape[];
  drafts: Partial<Record<CompanyKey, Shape[]>>;
  /** No entry can be later than the export (ms). */
  exportedAt: number;
}

function parseAuthor(value: unknown, path: string, companies: ReadonlySet<string>): FileAuthor {
  const by = objectWith(value, path, ['name', 'company']);
  const { name, company } = by;
  if (typeof name !== 'string' || name.length > MAX_AUTHOR_NAME || name.trim() === '')
    throw new BoardFileError(
      `${fieldPath(path, 'name')}: expected a name of 1 to ${MAX_AUTHOR_NAME} characters`,
    );
  if (CONTROL_CHARACTERS.test(name))
    throw new BoardFileError(`${fieldPath(path, 'name')}: must not hold control characters`);
  if (company !== null && (typeof company !== 'string' || !companies.has(company)))
    throw new BoardFileError(`${fieldPath(path, 'company')}: expected null or a company of this board`);
  return { name, company: company as CompanyKey | null };
}

/**
 * How far a time may lie past `exportedAt`: nodes sharing a board write with their own clocks, so
 * a comment stamped by a node running ahead can follow the export made on another.
 */
const CLOCK_SLACK_MS = 5 * 60_000;

function parseTime(value: unknown, path: string, exportedAt: number): number {
  if (
    typeof value !== 'number' ||
    !Number.isSafeInteger(value) ||
    value < 0 ||
    value > exportedAt + CLOCK_SLACK_MS
  )
    throw new BoardFileError(`${path}: expected a time in ms, no later than exportedAt (and a few minutes)`);
  return value;
}

/** One document's threads; comments of cards not in `cards` are dropped, and so is their state. */
function parseThreads(
  value: unknown,
  path: string,
  cards: ReadonlySet<string>,
  ids: Set<string>,
  context: DiscussionContext,
  /** A company's drafts: only its own members (or the facilitator, null) write in them. */
  owner?: CompanyKey,
): FileThreads {
  const author = (entry: unknown, at: string): FileAuthor => {
    const by = parseAuthor(entry, at, context.companies);
    if (owner !== undefined && by.company !== null && by.company !== owner)
      throw new BoardFileError(`${fieldPath(at, 'company')}: another company in ${owner}'s drafts`);
    return by;
  };
  const part = objectWith(value, path, ['comments', 'resolved']);
  const commentsPath = fieldPath(path, 'comments');
  const comments: FileComment[] = [];
  listOf(part.comments, commentsPath, MAX_COMMENTS).forEach((item, i) => {
    const at = fieldPath(commentsPath, i);
    const entry = objectWith(item, at, ['id', 'card', 'text', 'by', 'at']);
    if (!isCommentId(entry.id))
      throw new BoardFileError(`${fieldPath(at, 'id')}: expected 8 to 32 of [a-z0-9]`);
    if (ids.has(entry.id)) throw new BoardFileError(`${fieldPath(at, 'id')}: repeats comment ${entry.id}`);
    ids.add(entry.id);
    const card = fileShapeId(entry.card, fieldPath(at, 'card'));
    if (typeof entry.text !== 'string' || commentText(entry.text) !== entry.text)
      throw new BoardFileError(
        `${fieldPath(at, 'text')}: expected 1 to ${MAX_COMMENT_LENGTH} characters, trimmed, lines ending in \\n`,
      );
    const by = author(entry.by, fieldPath(at, 'by'));
    const time = parseTime(entry.at, fieldPath(at, 'at'), context.exportedAt);
    if (cards.has(card)) comments.push({ id: entry.id, card, text: entry.text, by, at: time });
  });
  const commented = new Set<string>(comments.map((comment) => comment.card));
  const resolvedPath = fieldPath(path, 'resolved');
  const seen = new Set<string>();
  const resolved: FileResolved[] = [];
  listOf(part.resolved, resolvedPath, MAX_COMMENTS).forEach((item, i) => {
    const at = fieldPath(resolvedPath, i);
    const entry = objectWith(item, at, ['card', 'by', 'at']);
    const card = fileShapeId(entry.card, fieldPath(at, 'card'));
    if (seen.has(card)) throw new BoardFileError(`${fieldPath(at, 'card')}: repeats card ${card}`);
    seen.add(card);
    const by = author(entry.by, fieldPath(at, 'by'));
    const time = parseTime(entry.at, fieldPath(at, 'at'), context.exportedAt);
    // A thread without comments has no state.
    if (commented.has(card)) resolved.push({ card, by, at: time });
  });
  return { comments, resolved };
}

function parseReactions(
  value: unknown,
  cards: ReadonlySet<string>,
  context: DiscussionContext,
): FileReaction[] {
  const reactions: FileReaction[] = [];
  listOf(value, 'discussion.reactions', MAX_FILE_REACTIONS).forEach((item, i) => {
    const at = fieldPath('discussion.reactions', i);
    const entry = objectWith(item, at, ['card', 'stamp', 'by', 'at']);
    const card = fileShapeId(entry.card, fieldPath(at, 'card'));
    if (!isReactionStamp(entry.stamp)) throw new BoardFileError(`${fieldPath(at, 'stamp')}: not a stamp`);
    const by = parseAuthor(entry.by, fieldPath(at, 'by'), context.companies);
    const time = parseTime(entry.at, fieldPath(at, 'at'), context.exportedAt);
    if (cards.has(card)) reactions.push({ card, stamp: entry.stamp, by, at: time });
  });
  return reactions;
}

/** The file's `discussion` (absent: none), checked; throws BoardFileError naming the path. */
export function parseFileDiscussion(value: unknown, context: DiscussionContext): FileDiscussion {
  if (value === undefined) return emptyDiscussion();
  const part = objectWith(value, 'discussion', ['reactions', 'comments', 'resolved', 'drafts']);
  const cards = stickyIds(context.shapes);
  // Comment ids are unique in the whole file: a comment is found by its id alone.
  const ids = new Set<string>();
  const board = parseThreads(
    { comments: part.comments, resolved: part.resolved },
    'discussion',
    cards,
    ids,
    context,
  );
  const out: FileDiscussion = {
    reactions: parseReactions(part.reactions, cards, context),
    ...board,
    drafts: {},
  };
  if (!isRecord(part.drafts)) throw new BoardFileError('discussion.drafts: expected an object');
  for (const key of Object.keys(part.drafts)) {
    const path = fieldPath('discussion.drafts', key);
    if (!context.companies.has(key)) throw new BoardFileError(`${path}: company ${key} is not on this board`);
    // Only drafts the file carries: another company's threads have no card here.
    const threads = parseThreads(
      part.drafts[key],
      path,
      stickyIds(context.drafts[key as CompanyKey] ?? []),
      ids,
      context,
      key as CompanyKey,
    );
    if (context.drafts[key as CompanyKey]) out.drafts[key as CompanyKey] = threads;
  }
  return out;
}

/** Writes one document's threads from a file (an import's first state): authors are the file's. */
export function writeFileThreads(doc: Y.Doc, threads: FileThreads): void {
  doc.transact(() => {
    for (const c of threads.comments)
      writeComment(doc, {
        id: c.id,
        card: c.card,
        text: c.text,
        by: fileAuthor(c.by.name, c.by.company),
        at: c.at,
      });
    for (const r of threads.resolved)
      writeThreadResolved(doc, {
        card: r.card,
        resolved: true,
        by: fileAuthor(r.by.name, r.by.company),
        at: r.at,
      });
  });
}

/** Writes the board's reactions and threads of a file into its `discussion` document. */
export function writeFileDiscussion(doc: Y.Doc, discussion: FileDiscussion): void {
  doc.transact(() => {
    writeFileReactions(
      doc,
      discussion.reactions.map(({ card, stamp, by, at }) => ({
        card,
        stamp,
        name: by.name,
        company: by.company,
        at,
      })),
    );
    writeFileThreads(doc, discussion);
  });
}

/** Whether a file's discussion holds anything for the board (drafts' threads aside). */
export const hasBoardDiscussion = (discussion: FileDiscussion): boolean =>
  discussion.reactions.length > 0 || discussion.comments.length > 0;
