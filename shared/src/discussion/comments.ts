// Comment threads on cards (docs/SCHEMA.md, "discussion"): one thread per card (a synergy point is a
// card), its comments in order, resolved or open. Only the server writes them, from the commenting
// person's participant token (`POST /api/boards/<id>/comments`), and it writes them where the card
// is: a card on the shared board's thread goes to the `discussion` channel, a private draft's to
// that company's `private/<company>` channel, so a draft's comments reach nobody outside it.
import * as Y from 'yjs';
import {
  asCompanyKey,
  asParticipantId,
  asShapeId,
  type CompanyKey,
  type ParticipantId,
  type ShapeId,
} from '../ids.js';
import { isWellFormed } from '../model/well-formed.js';
import type { Actor } from '../workshop/ledger.js';

/** Root `comments`: comment id -> {card, text, by, at}. */
export const COMMENTS_ROOT = 'comments';
/** Root `threads`: card id -> {resolved: true, by, at} while the card's thread is resolved. */
export const THREADS_ROOT = 'threads';
/** Longest comment, in UTF-16 units. */
export const MAX_COMMENT_LENGTH = 2000;
/** Most comments one document keeps (a board's shared threads, or one company's drafts'). */
export const MAX_COMMENTS = 5000;
/** Longest name kept with a comment or a reaction (a participant's name is at most this). */
export const MAX_AUTHOR_NAME = 80;

export const commentsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(COMMENTS_ROOT);
export const threadsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(THREADS_ROOT);

/**
 * Who wrote a comment (or resolved a thread). `participant` is the token's participant on this
 * board; a comment copied from an imported board file has none (`null`) and `file: true`: its
 * name, company and time are what the file says, nobody of this board wrote it.
 */
export interface CommentAuthor {
  participant: ParticipantId | null;
  name: string;
  company: CompanyKey | null;
  file?: true;
}

export interface Comment {
  id: string;
  card: ShapeId;
  text: string;
  by: CommentAuthor;
  /** Server time, ms. */
  at: number;
}

export interface Thread {
  card: ShapeId;
  /** Oldest first. */
  comments: readonly Comment[];
  /** Who resolved it and when; null while open. */
  resolved: { by: CommentAuthor; at: number } | null;
}

const COMMENT_ID = /^[a-z0-9]{8,32}$/;
export const isCommentId = (value: unknown): value is string =>
  typeof value === 'string' && COMMENT_ID.test(value);

/** A comment's text as the server keeps it: trimmed, 1 to 2,000 characters; null when not one. */
export function commentText(input: string): string | null {
  const text = input.replace(/\r\n?/g, '\n').trim();
  return text === '' || text.length > MAX_COMMENT_LENGTH || !isWellFormed(text) ? null : text;
}

function readAuthor(value: unknown): CommentAuthor | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Y.AbstractType)
    return null;
  const { participant, name, company, file } = value as Record<string, unknown>;
  const key = typeof company === 'string' ? asCompanyKey(company) : null;
  if (typeof name !== 'string' || (company !== null && key === null)) return null;
  // Either a participant of this board, or none at all and marked as copied from a file.
  if (participant === null && file === true)
    return { participant: null, name: name.slice(0, MAX_AUTHOR_NAME), company: key, file: true };
  const id = typeof participant === 'string' ? asParticipantId(participant) : null;
  if (!id || file !== undefined) return null;
  return { participant: id, name: name.slice(0, MAX_AUTHOR_NAME), company: key };
}

/** The author of a comment copied from a board file: no participant of this board. */
export const fileAuthor = (name: string, company: CompanyKey | null): CommentAuthor => ({
  participant: null,
  name,
  company,
  file: true,
});

function readComment(id: string, value: unknown): Comment | null {
  if (!COMMENT_ID.test(id) || typeof value !== 'object' || value === null || value instanceof Y.AbstractType)
    return null;
  const { card, text, by, at } = value as Record<string, unknown>;
  const cardId = typeof card === 'string' ? asShapeId(card) : null;
  const author = readAuthor(by);
  if (!cardId || typeof text !== 'string' || text.length > MAX_COMMENT_LENGTH || !author) return null;
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  return { id, card: cardId, text, by: author, at };
}

/** Every card's thread in a document; malformed entries are left out (never throws). */
export function readThreads(doc: Y.Doc): ReadonlyMap<ShapeId, Thread> {
  const byCard = new Map<ShapeId, Comment[]>();
  commentsMap(doc).forEach((value, id) => {
    const comment = readComment(id, value);
    if (!comment) return;
    const list = byCard.get(comment.card) ?? [];
    list.push(comment);
    byCard.set(comment.card, list);
  });
  const threads = new Map<ShapeId, Thread>();
  for (const [card, comments] of byCard) {
    comments.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    const state = threadsMap(doc).get(card) as Record<string, unknown> | undefined;
    const by = state && state.resolved === true ? readAuthor(state.by) : null;
    const at = state?.at;
    const resolved = by && typeof at === 'number' && Number.isFinite(at) ? { by, at } : null;
    threads.set(card, { card, comments, resolved });
  }
  return threads;
}

export const authorOf = (actor: Actor): CommentAuthor => ({
  participant: actor.participant,
  name: actor.name,
  company: actor.company,
});

/** The server's write of a new comment (its text already checked); a new comment reopens the thread. */
export function writeComment(doc: Y.Doc, comment: Comment): void {
  doc.transact(() => {
    commentsMap(doc).set(comment.id, {
      card: comment.card,
      text: comment.text,
      by: comment.by,
      at: comment.at,
    });
    threadsMap(doc).delete(comment.card);
  });
}

/** The stored comment `id`, if well formed. */
export function commentAt(doc: Y.Doc, id: string): Comment | null {
  return readComment(id, commentsMap(doc).get(id));
}

export function removeComment(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    const comment = commentAt(doc, id);
    commentsMap(doc).delete(id);
    // A thread left without comments has no state either.
    if (comment && !readThreads(doc).has(comment.card)) threadsMap(doc).delete(comment.card);
  });
}

/** Resolves a card's thread (or reopens it, `resolved` false). */
export function writeThreadResolved(
  doc: Y.Doc,
  args: { card: ShapeId; resolved: boolean; by: CommentAuthor; at: number },
): void {
  doc.transact(() => {
    if (args.resolved) threadsMap(doc).set(args.card, { resolved: true, by: args.by, at: args.at });
    else threadsMap(doc).delete(args.card);
  });
}

/** Whether the "@" at `at` starts a mention: not inside a word ("mail@example.com"). */
export const isMentionAt = (text: string, at: number): boolean =>
  text[at] === '@' && (at === 0 || !/[\p{L}\p{N}_.+-]/u.test(text[at - 1] ?? ''));

/** The names a comment mentions ("@青井 さん", "@Blake"): the known names it holds after an @. */
export function mentionedNames(text: string, names: readonly string[]): string[] {
  const found = new Set<string>();
  // Longest names first, so "@Blake Smith" is not taken for "@Blake".
  const sorted = [...new Set(names)].filter((name) => name.trim() !== '').sort((a, b) => b.length - a.length);
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (!isMentionAt(text, at)) continue;
    const rest = text.slice(at + 1);
    const name = sorted.find((candidate) => rest.startsWith(candidate));
    if (name) found.add(name);
  }
  return [...found];
}
