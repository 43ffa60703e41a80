import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CompanyKey, ParticipantId, ShapeId } from '../ids.js';
import {
  commentsMap,
  commentText,
  mentionedNames,
  readThreads,
  removeComment,
  writeComment,
  writeThreadResolved,
  type CommentAuthor,
} from './comments.js';

const card = 'card1' as ShapeId;
const aoi: CommentAuthor = {
  participant: 'participant0001' as ParticipantId,
  name: '青井',
  company: 'a' as CompanyKey,
};

describe('comment threads', () => {
  it('keep text trimmed, one line ending form, within the limit', () => {
    expect(commentText('  よろしく\r\nお願いします  ')).toBe('よろしく\nお願いします');
    expect(commentText(' \n ')).toBeNull();
    expect(commentText('x'.repeat(2001))).toBeNull();
    expect(commentText('\uD800')).toBeNull();
  });

  it('read in order, resolve, and reopen with a new comment', () => {
    const doc = new Y.Doc();
    writeComment(doc, { id: 'bbbbbbbb', card, text: '二つ目', by: aoi, at: 2 });
    writeComment(doc, { id: 'aaaaaaaa', card, text: '一つ目', by: aoi, at: 1 });
    expect(
      readThreads(doc)
        .get(card)
        ?.comments.map((c) => c.text),
    ).toEqual(['一つ目', '二つ目']);
    writeThreadResolved(doc, { card, resolved: true, by: aoi, at: 3 });
    expect(readThreads(doc).get(card)?.resolved).toEqual({ by: aoi, at: 3 });
    writeComment(doc, { id: 'cccccccc', card, text: '再開', by: aoi, at: 4 });
    expect(readThreads(doc).get(card)?.resolved).toBeNull();
    removeComment(doc, 'aaaaaaaa');
    removeComment(doc, 'bbbbbbbb');
    removeComment(doc, 'cccccccc');
    expect(readThreads(doc).has(card)).toBe(false);
  });

  it('leave out malformed entries, never throwing', () => {
    const doc = new Y.Doc();
    writeComment(doc, { id: 'aaaaaaaa', card, text: 'ok', by: aoi, at: 1 });
    commentsMap(doc).set('BAD ID', { card, text: 'x', by: aoi, at: 1 });
    commentsMap(doc).set('bbbbbbbb', { card: 'not a card!', text: 'x', by: aoi, at: 1 });
    commentsMap(doc).set('cccccccc', { card, text: 5, by: aoi, at: 1 });
    commentsMap(doc).set('dddddddd', { card, text: 'x', by: { ...aoi, company: 'Bad Key' }, at: 1 });
    commentsMap(doc).set('eeeeeeee', new Y.Map());
    expect(
      readThreads(doc)
        .get(card)
        ?.comments.map((c) => c.id),
    ).toEqual(['aaaaaaaa']);
  });

  it('find the known names a text mentions after an @', () => {
    expect(mentionedNames('@青井 さん、@Blake Smith も', ['青井', 'Blake', 'Blake Smith', '司会'])).toEqual([
      '青井',
      'Blake Smith',
    ]);
    expect(mentionedNames('mail@example.com', ['example'])).toEqual([]);
  });

  it('read a comment copied from a file as nobody’s of this board, and nothing half of either', () => {
    const doc = new Y.Doc();
    const copied = { participant: null, name: 'Blake', company: null, file: true as const };
    writeComment(doc, { id: 'comment0001', card, text: '以前の議論', by: copied, at: 1 });
    commentsMap(doc).set('comment0002', { card, text: 'x', by: { ...copied, file: false }, at: 2 });
    commentsMap(doc).set('comment0003', {
      card,
      text: 'x',
      by: { name: 'x', company: null, file: true },
      at: 3,
    });
    commentsMap(doc).set('comment0004', { card, text: 'x', by: { ...aoi, file: true }, at: 4 });
    expect(
      readThreads(doc)
        .get(card)
        ?.comments.map((c) => [c.id, c.by]),
    ).toEqual([['comment0001', copied]]);
  });
});
