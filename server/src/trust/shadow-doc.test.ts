import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ShadowDoc } from './shadow-doc.js';

/** An update from a separate client that sets `key` in the `shapes` root, made on top of `base`. */
function setFrom(base: Y.Doc, key: string, value: string): Uint8Array {
  const writer = new Y.Doc();
  Y.applyUpdate(writer, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(writer);
  writer.getMap('shapes').set(key, value);
  return Y.encodeStateAsUpdate(writer, before);
}

const shapesOf = (doc: Y.Doc) => doc.getMap('shapes').toJSON();

describe('ShadowDoc', () => {
  it('tries an update on the copy only, and the copy follows what the real document receives', () => {
    const real = new Y.Doc();
    real.getMap('shapes').set('a', 'first');
    const shadow = new ShadowDoc(real);

    const tried = shadow.tryOn(setFrom(real, 'b', 'tried'));
    expect(shapesOf(tried.doc)).toEqual({ a: 'first', b: 'tried' });
    expect(shapesOf(real)).toEqual({ a: 'first' });

    // Accepted: the real document applies it; the copy does not apply it twice.
    const accepted = setFrom(real, 'b', 'tried');
    shadow.commit(() => Y.applyUpdate(real, accepted), true);
    // Changes the copy was not tried with (a plain write judged without it, a server change).
    const plain = setFrom(real, 'c', 'plain');
    shadow.commit(() => Y.applyUpdate(real, plain), false);
    real.getMap('shapes').set('d', 'server');

    const next = shadow.tryOn(setFrom(real, 'e', 'next'));
    expect(shapesOf(next.doc)).toEqual({ a: 'first', b: 'tried', c: 'plain', d: 'server', e: 'next' });
    expect(next.transaction?.changed.size).toBe(1);
    shadow.destroy();
  });

  it('is made afresh from the real document after a refused try', () => {
    const real = new Y.Doc();
    const shadow = new ShadowDoc(real);
    shadow.tryOn(setFrom(real, 'refused', 'x'));
    shadow.reset();
    real.getMap('shapes').set('kept', 'y');

    const tried = shadow.tryOn(setFrom(real, 'new', 'z'));
    expect(shapesOf(tried.doc)).toEqual({ kept: 'y', new: 'z' });
    shadow.destroy();
  });
});
