import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ShapeId } from '../ids.js';
import { locksMap } from './control-roots.js';
import { readControl } from './control.js';
import { isShapeLocked, setFramesLocked, setShapesLocked } from './locks.js';

const origin = 'facilitator';
const ids = (...names: string[]) => names as ShapeId[];
const card = { id: 'card1' as ShapeId, type: 'sticky' as const };
const frame = { id: 'frame1' as ShapeId, type: 'frame' as const };

describe('locks', () => {
  it('locks and unlocks chosen items', () => {
    const doc = new Y.Doc();
    setShapesLocked(doc, { ids: ids('card1', 'card2', 'card3'), locked: true }, origin);
    setShapesLocked(doc, { ids: ids('card2'), locked: false }, origin);
    const locks = readControl(doc).locks;
    expect([...locks.shapes].sort()).toEqual(['card1', 'card3']);
    expect(isShapeLocked(card, locks)).toBe(true);
    expect(isShapeLocked({ id: 'card2' as ShapeId, type: 'sticky' }, locks)).toBe(false);
    expect(locksMap(doc).has('card2')).toBe(false);
  });

  it('locking every frame locks frames but not cards', () => {
    const doc = new Y.Doc();
    setFramesLocked(doc, true, origin);
    const locks = readControl(doc).locks;
    expect(locks.frames).toBe(true);
    expect(isShapeLocked(frame, locks)).toBe(true);
    expect(isShapeLocked(card, locks)).toBe(false);
    setFramesLocked(doc, false, origin);
    expect(isShapeLocked(frame, readControl(doc).locks)).toBe(false);
  });

  it('keeps a frame locked one by one after frames are unlocked', () => {
    const doc = new Y.Doc();
    setShapesLocked(doc, { ids: ids('frame1'), locked: true }, origin);
    setFramesLocked(doc, true, origin);
    setFramesLocked(doc, false, origin);
    expect(isShapeLocked(frame, readControl(doc).locks)).toBe(true);
  });

  it('unlocking an item that was never locked changes nothing', () => {
    const doc = new Y.Doc();
    setShapesLocked(doc, { ids: ids('card1'), locked: true }, origin);
    setShapesLocked(doc, { ids: ids('ghost'), locked: false }, origin);
    expect([...readControl(doc).locks.shapes]).toEqual(['card1']);
  });

  it('writes each change in one transaction with the caller origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    setShapesLocked(doc, { ids: ids('a', 'b', 'c'), locked: true }, origin);
    setFramesLocked(doc, true, origin);
    expect(origins).toEqual([origin, origin]);
  });
});
