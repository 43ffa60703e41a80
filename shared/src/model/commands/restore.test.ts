import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import { createSynergy, updateSynergy } from '../../synergy/commands.js';
import { createFixtureBoard, V1_FIXTURE_COMPANIES } from '../fixtures.js';
import { shapesMap } from '../roots.js';
import { readShapes, type Shape } from '../shape.js';
import { moveShapes } from './arrange.js';
import { addConnector, addShape, addSticky } from './create.js';
import { CommandError } from './guards.js';
import { deleteShapes } from './remove.js';
import { restoreDiff, restoreShapes } from './restore.js';
import { setColor, setCompanyAndKind } from './style.js';
import { setText } from './text.js';

const local = 'local';
const [acme, kumo] = V1_FIXTURE_COMPANIES.map((company) => company.key);

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

/** A board with a frame, company cards, a connector and a synergy card with its fields set. */
function workshopBoard() {
  const doc = createFixtureBoard();
  const frame = addShape(doc, { type: 'frame', x: -50, y: -50, w: 900, h: 600, text: '物流' }, local);
  const asset = addSticky(doc, { x: 0, y: 0, text: '倉庫網', company: acme, kind: 'asset' }, local);
  const gap = addSticky(
    doc,
    { x: 400, y: 0, text: '配送の空白', company: kumo, kind: 'gap', color: '#ffcc00' },
    local,
  );
  const note = addSticky(doc, { x: 0, y: 300, text: 'メモ' }, local);
  const link = addConnector(doc, { from: asset, to: gap }, local);
  const synergy = createSynergy(doc, { title: '共同配送', from: [asset], to: [gap] }, local);
  updateSynergy(
    doc,
    { id: synergy, owners: { [acme!]: '佐藤' }, nextStep: '試算', due: '2026-12-01' },
    local,
  );
  return { doc, frame, asset, gap, note, link, synergy };
}

/** Every change the restore made, as (shape id, changed keys) pairs. */
function changesDuring(doc: Y.Doc, run: () => void): string[] {
  const changed: string[] = [];
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      const [id] = event.path;
      if (id === undefined) for (const key of event.changes.keys.keys()) changed.push(`${key}`);
      else changed.push(String(id));
    }
  };
  shapesMap(doc).observeDeep(observer);
  run();
  shapesMap(doc).unobserveDeep(observer);
  return [...new Set(changed)].sort();
}

describe('restoring shapes', () => {
  it('makes the board hold exactly the given shapes', () => {
    const { doc, asset, gap, note, synergy, link } = workshopBoard();
    const version: Shape[] = readShapes(doc).shapes;

    moveShapes(doc, { ids: [asset], dx: 120, dy: 40 }, local);
    setText(doc, { id: gap, text: '配送の空白 (関西)' }, local);
    setColor(doc, { ids: [gap], color: null }, local);
    setCompanyAndKind(doc, { ids: [asset], company: null, kind: null }, local);
    updateSynergy(doc, { id: synergy, owners: { [acme!]: null, [kumo!]: '田中' }, due: null }, local);
    deleteShapes(doc, { ids: [note, link] }, local);
    addSticky(doc, { x: 900, y: 900, text: '後から足した付箋' }, local);
    expect(readShapes(doc).shapes).not.toEqual(version);

    restoreShapes(doc, { shapes: version }, local);
    expect(readShapes(doc).shapes).toEqual(version);
  });

  it('also restores into an empty board and empties a board', () => {
    const { doc } = workshopBoard();
    const version = readShapes(doc).shapes;
    const empty = createFixtureBoard();
    restoreShapes(empty, { shapes: version }, local);
    expect(readShapes(empty).shapes).toEqual(version);
    restoreShapes(doc, { shapes: [] }, local);
    expect(readShapes(doc).shapes).toEqual([]);
  });

  it('is undone in one step by an undo manager tracking its origin', () => {
    const { doc, asset, gap } = workshopBoard();
    const version = readShapes(doc).shapes;
    moveShapes(doc, { ids: [asset], dx: 10, dy: 10 }, 'someone-else');
    setText(doc, { id: gap, text: '別の言葉' }, 'someone-else');
    addSticky(doc, { x: 5, y: 5, text: '新しい' }, 'someone-else');
    const before = readShapes(doc).shapes;

    const undo = new Y.UndoManager(shapesMap(doc), { trackedOrigins: new Set([local]) });
    restoreShapes(doc, { shapes: version }, local);
    expect(readShapes(doc).shapes).toEqual(version);
    undo.undo();
    expect(readShapes(doc).shapes).toEqual(before);
    undo.redo();
    expect(readShapes(doc).shapes).toEqual(version);
  });

  it('changes nothing when the board already holds the shapes', () => {
    const { doc } = workshopBoard();
    let updates = 0;
    doc.on('update', () => updates++);
    restoreShapes(doc, { shapes: readShapes(doc).shapes }, local);
    expect(updates).toBe(0);
  });

  it('says beforehand which shapes a restore removes, brings back and changes: the ones it touches', () => {
    const { doc, gap, note, link } = workshopBoard();
    const version = readShapes(doc).shapes;
    moveShapes(doc, { ids: [gap], dx: 50, dy: 0 }, local);
    deleteShapes(doc, { ids: [note] }, local);
    const added = addSticky(doc, { x: 900, y: 0, text: '新しいカード', company: acme }, local);
    const now = readShapes(doc).shapes;
    const diff = restoreDiff(now, version);
    expect(diff).toEqual({ removed: [added], added: [note], changed: [gap] });
    expect(restoreDiff(now, now)).toEqual({ removed: [], added: [], changed: [] });
    const touched = changesDuring(doc, () => restoreShapes(doc, { shapes: version }, local));
    expect(touched).toEqual([added, gap, note].sort());
    expect(touched).not.toContain(link);
  });

  it('touches only the shapes that differ, and only their differing fields', () => {
    const { doc, asset, gap, synergy } = workshopBoard();
    const version = readShapes(doc).shapes;
    moveShapes(doc, { ids: [gap], dx: 50, dy: 0 }, local);
    const changed: string[] = [];
    (shapesMap(doc).get(gap) as Y.Map<unknown>).observe((event) => changed.push(...event.keysChanged));
    expect(changesDuring(doc, () => restoreShapes(doc, { shapes: version }, local))).toEqual([gap]);
    expect(changed.sort()).toEqual(['x']);
    expect(readShapes(doc).shapes.map((s) => s.id)).toContain(asset);
    expect(readShapes(doc).shapes.find((s) => s.id === synergy)).toEqual(
      version.find((s) => s.id === synergy),
    );
  });

  it('merges with someone typing in the same card at the same time', () => {
    const a = createFixtureBoard();
    const id = addSticky(a, { x: 0, y: 0, text: 'synergy in logistics' }, local);
    const version = readShapes(a).shapes;
    setText(a, { id, text: 'big synergy in logistics' }, local);
    const b = new Y.Doc();
    sync(a, b);
    restoreShapes(a, { shapes: version }, local);
    setText(b, { id, text: 'big synergy in logistics and sales' }, 'typist');
    sync(a, b);
    const textOf = (doc: Y.Doc) => readShapes(doc).shapes.find((s) => s.id === id)?.text;
    expect(textOf(a)).toBe('synergy in logistics and sales');
    expect(textOf(b)).toBe('synergy in logistics and sales');
  });

  it('removes malformed values stored under shape ids', () => {
    const { doc } = workshopBoard();
    const version = readShapes(doc).shapes;
    shapesMap(doc).set('junk', 42);
    restoreShapes(doc, { shapes: version }, local);
    expect(shapesMap(doc).has('junk')).toBe(false);
    expect(readShapes(doc).problems).toEqual([]);
  });

  it('refuses bad arguments and writes nothing', () => {
    const { doc, asset, link } = workshopBoard();
    const version = readShapes(doc).shapes;
    const sticky = version.find((s) => s.id === asset)!;
    const connector = version.find((s) => s.id === link)!;
    const bad: unknown[] = [
      null,
      {},
      { shapes: 'all' },
      { shapes: [null] },
      { shapes: [{ ...sticky, id: 'not a valid id!' }] },
      { shapes: [{ ...sticky, x: 'far' }] },
      { shapes: [{ ...sticky, type: 'hexagon' }] },
      { shapes: [{ ...sticky, script: '<script>' }] },
      { shapes: [{ ...sticky, text: 42 }] },
      { shapes: [sticky, sticky] },
      { shapes: [connector] },
    ];
    const before = Y.encodeStateVector(doc);
    for (const args of bad) {
      expect(
        () => restoreShapes(doc, args as { shapes: Shape[] }, local),
        JSON.stringify(args)?.slice(0, 80),
      ).toThrow(CommandError);
    }
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
