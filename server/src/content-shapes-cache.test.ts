import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addSticky, readShapes } from '@kyoso/shared';
import { ContentShapesCache } from './content-shapes-cache.js';

/** A log whose last sequence numbers the test sets. */
function fakeLog() {
  const seqs = new Map<string, number>();
  return { seqs, lastSeq: async (room: string) => seqs.get(room) ?? 0 };
}

function boardWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  addSticky(doc, { x: 0, y: 0, text }, 'local');
  return doc;
}

describe('the content shapes cache', () => {
  it('answers only while the log ends where the document did', async () => {
    const log = fakeLog();
    const cache = new ContentShapesCache(log);
    log.seqs.set('b/content', 7);
    cache.remember('b/content', 7, boardWith('販路'));
    const kept = await cache.current('b/content');
    expect(JSON.parse(kept!.toString('utf8')).shapes[0].text).toBe('販路');
    log.seqs.set('b/content', 8);
    expect(await cache.current('b/content')).toBeNull();
    // Dropped for good, even if the number were to read 7 again.
    log.seqs.set('b/content', 7);
    expect(await cache.current('b/content')).toBeNull();
  });

  it('keeps nothing for a document of unknown extent', async () => {
    const cache = new ContentShapesCache(fakeLog());
    cache.remember('b/content', 0, boardWith('x'));
    expect(await cache.current('b/content')).toBeNull();
  });

  it('lets the least recently used answers go beyond its size', async () => {
    const log = fakeLog();
    const long = 'x'.repeat(300);
    const one = JSON.stringify({ shapes: readShapes(boardWith(long)).shapes }).length;
    const cache = new ContentShapesCache(log, one * 2 + 10);
    for (const room of ['a', 'b', 'c']) log.seqs.set(room, 1);
    cache.remember('a', 1, boardWith(long));
    cache.remember('b', 1, boardWith(long));
    expect(await cache.current('a')).not.toBeNull(); // a is now the most recently used
    cache.remember('c', 1, boardWith(long));
    expect(await cache.current('b')).toBeNull();
    expect(await cache.current('a')).not.toBeNull();
    expect(await cache.current('c')).not.toBeNull();
  });

  it('counts what it holds in bytes, and gives back what it drops', async () => {
    const log = fakeLog();
    const cache = new ContentShapesCache(log);
    log.seqs.set('b/content', 3);
    cache.remember('b/content', 3, boardWith('日本語のカード'));
    const kept = await cache.current('b/content');
    expect(cache.bytes).toBe(kept!.byteLength);
    expect(kept!.byteLength).toBeGreaterThan(kept!.toString('utf8').length);
    log.seqs.set('b/content', 4);
    expect(await cache.current('b/content')).toBeNull();
    expect(cache.bytes).toBe(0);
  });

  it('lets go at once of an answer already behind the log (a deleted board, another writer)', async () => {
    const log = fakeLog();
    const cache = new ContentShapesCache(log);
    cache.remember('gone/content', 5, boardWith('x'));
    await vi.waitFor(() => expect(cache.bytes).toBe(0));
  });
});
