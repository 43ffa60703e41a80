import {
  addConnector,
  addSticky,
  asCompanyKey,
  initContentDoc,
  readShapes,
  restoreShapes,
  type Shape,
} from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createHistory } from '../sync/history';
import { restoreSteps } from './restoreSteps';

const companies = [
  { key: asCompanyKey('a')!, name: 'A', color: '#2f6fde' },
  { key: asCompanyKey('b')!, name: 'B', color: '#e0572b' },
];

function board(cards: number, text: string, linked = false): Y.Doc {
  const doc = new Y.Doc();
  initContentDoc(doc, { title: 't', companies });
  const ids = [];
  for (let i = 0; i < cards; i++) ids.push(addSticky(doc, { x: i * 220, y: 0, text: `${text} ${i}` }, null));
  if (linked)
    for (let i = 1; i < ids.length; i++) addConnector(doc, { from: ids[i - 1]!, to: ids[i]! }, null);
  return doc;
}

/** Applies the steps to a copy of `from`, one transaction each; the largest update's size. */
function applySteps(from: Y.Doc, steps: Shape[][]): { doc: Y.Doc; largest: number; count: number } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  let largest = 0;
  let count = 0;
  doc.on('update', (update: Uint8Array) => {
    largest = Math.max(largest, update.byteLength);
    count += 1;
  });
  for (const step of steps) restoreShapes(doc, { shapes: step }, 'local');
  return { doc, largest, count };
}

describe('restoreSteps', () => {
  it('restores a small change in one step', () => {
    const now = board(3, '今');
    const version = readShapes(board(2, '前')).shapes;
    expect(restoreSteps(readShapes(now).shapes, version)).toEqual([version]);
  });

  it('splits a large restore into messages well under 1 MiB and ends exactly at the version', () => {
    const now = board(50, 'いま');
    // 1 000 cards of ~350 Japanese characters: more than one message may hold.
    const version = readShapes(board(1000, '全国300店舗の販売網とブランド認知度の高さ。'.repeat(16))).shapes;
    expect(applySteps(now, [version]).largest).toBeGreaterThan(1024 * 1024);
    const steps = restoreSteps(readShapes(now).shapes, version);
    expect(steps.length).toBeGreaterThan(2);
    const { doc, largest } = applySteps(now, steps);
    expect(largest).toBeLessThan(1024 * 1024);
    expect(readShapes(doc).shapes).toEqual(version);
  });

  it('makes the same board as one whole restore would', () => {
    const now = board(300, 'now', true);
    const version = readShapes(board(600, 'then', true)).shapes;
    const whole = applySteps(now, [version]).doc;
    const stepped = applySteps(now, restoreSteps(readShapes(now).shapes, version, 8 * 1024));
    expect(stepped.count).toBeGreaterThan(2);
    expect(readShapes(stepped.doc).shapes).toEqual(readShapes(whole).shapes);
  });

  it('is one undo step however many transactions it takes', () => {
    const now = board(300, 'now', true);
    const before = readShapes(now).shapes;
    const version = readShapes(board(600, 'then', true)).shapes;
    const local = {};
    // A capture timeout shorter than any step: as on a slow machine, where a restore split in two.
    const history = createHistory(now, local, { captureTimeout: 0.001 });
    const steps = restoreSteps(before, version, 8 * 1024);
    expect(steps.length).toBeGreaterThan(2);
    history.asOneStep(() => {
      for (const step of steps) restoreShapes(now, { shapes: step }, local);
    });
    expect(readShapes(now).shapes).toEqual(version);
    history.undo();
    expect(readShapes(now).shapes).toEqual(before);
    history.destroy();
  });
});
