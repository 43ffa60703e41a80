// The comments panel's list, pure: every thread this page may read (the board's, and a member's
// drafts'), with its card, whether it is unread for this person and whether it mentions them,
// newest activity first, narrowed to open, resolved or all.
import {
  isMentionAt,
  mentionedNames,
  type ParticipantId,
  type ShapeId,
  type StickyShape,
  type Thread,
} from '@kyoso/shared';

export type ThreadFilter = 'open' | 'resolved' | 'all';

export interface ListedThread {
  thread: Thread;
  /** The card as it is now, or null when it was deleted since. */
  card: StickyShape | null;
  /** On one of this member's company's private drafts. */
  draft: boolean;
  /** Someone else commented after this person last opened it (imported comments never count). */
  unread: boolean;
  /** An unread comment names this person after an @. */
  mentionsMe: boolean;
  lastAt: number;
}

export interface ThreadSources {
  board: ReadonlyMap<ShapeId, Thread>;
  drafts: ReadonlyMap<ShapeId, Thread>;
  cardOnBoard(id: ShapeId): StickyShape | null;
  draftCard(id: ShapeId): StickyShape | null;
  /** When this person last opened each thread (ms). */
  seen: Readonly<Record<string, number>>;
  me: { participant: ParticipantId | null; name: string };
}

export function listThreads(sources: ThreadSources, filter: ThreadFilter): ListedThread[] {
  const listed: ListedThread[] = [];
  const add = (thread: Thread, draft: boolean) => {
    const card = draft ? sources.draftCard(thread.card) : sources.cardOnBoard(thread.card);
    const seenAt = sources.seen[thread.card] ?? 0;
    // A comment imported from a board file is history: nobody here wrote it to anyone here, so
    // it neither waits unread nor mentions anyone (a forged file could otherwise page people).
    const fresh = thread.comments.filter(
      (comment) =>
        !comment.by.file && comment.at > seenAt && comment.by.participant !== sources.me.participant,
    );
    const last = thread.comments[thread.comments.length - 1];
    listed.push({
      thread,
      card,
      draft,
      unread: fresh.length > 0,
      mentionsMe:
        sources.me.name !== '' &&
        fresh.some((comment) => mentionedNames(comment.text, [sources.me.name]).length > 0),
      lastAt: last?.at ?? 0,
    });
  };
  for (const thread of sources.board.values()) add(thread, false);
  for (const thread of sources.drafts.values()) add(thread, true);
  return listed
    .filter((item) => item.card !== null || item.thread.resolved === null)
    .filter((item) =>
      filter === 'all'
        ? true
        : filter === 'open'
          ? item.thread.resolved === null
          : item.thread.resolved !== null,
    )
    .sort((a, b) => b.lastAt - a.lastAt);
}

/** Splits a comment's text into plain runs and @mentions of known names (drawn highlighted). */
export function mentionRuns(text: string, names: readonly string[]): { text: string; mention: boolean }[] {
  const found = mentionedNames(text, names).sort((a, b) => b.length - a.length);
  const runs: { text: string; mention: boolean }[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    const name = isMentionAt(text, i)
      ? found.find((candidate) => text.startsWith(candidate, i + 1))
      : undefined;
    if (name) {
      if (plain) runs.push({ text: plain, mention: false });
      plain = '';
      runs.push({ text: `@${name}`, mention: true });
      i += name.length + 1;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) runs.push({ text: plain, mention: false });
  return runs;
}
