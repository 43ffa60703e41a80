import { describe, it, expect } from 'vitest';
import * as Y from 'yjs';
import type { ShapeId } from '../../ids.js';
import { createFixtureBoard } from '../fixtures.js';
import { readShapes } from '../shape.js';
import { addConnector, addSticky } from './create.js';
import { CommandError, MAX_TEXT_LENGTH } from './guards.js';
import { deleteText, insertText, setText, textDiff } from './text.js';

const origin = 'local';
const textOf = (doc: Y.Doc, id: ShapeId): string | undefined =>
  readShapes(doc).shapes.find((shape) => shape.id === id)?.text;

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('editing text', () => {
  it('finds the smallest replacement without splitting surrogate pairs', () => {
    expect(textDiff('hello world', 'hello brave world')).toEqual({ index: 6, remove: 0, insert: 'brave ' });
    expect(textDiff('abc', 'abc')).toEqual({ index: 3, remove: 0, insert: '' });
    expect(textDiff('aaa', 'aa')).toEqual({ index: 2, remove: 1, insert: '' });
    // 😀 and 😃 share their high surrogate: the whole pair must be replaced.
    expect(textDiff('x😀y', 'x😃y')).toEqual({ index: 1, remove: 2, insert: '😃' });
    // 𩸽 (a rare kanji outside the BMP) and 𩹉 share the high surrogate too.
    expect(textDiff('𩸽', '𩹉')).toEqual({ index: 0, remove: 2, insert: '𩹉' });
  });

  it('setText writes a minimal diff, so concurrent edits in one shape both survive', () => {
    const a = createFixtureBoard();
    const id = addSticky(a, { x: 0, y: 0, text: 'synergy in logistics' }, origin);
    const b = new Y.Doc();
    sync(a, b);
    setText(a, { id, text: 'big synergy in logistics' }, origin);
    setText(b, { id, text: 'synergy in logistics and sales' }, origin);
    sync(a, b);
    expect(textOf(a, id)).toBe('big synergy in logistics and sales');
    expect(textOf(b, id)).toBe('big synergy in logistics and sales');
  });

  it('inserts and deletes at positions, refusing out-of-range positions and overlong text', () => {
    const doc = createFixtureBoard();
    const id = addSticky(doc, { x: 0, y: 0, text: '共創' }, origin);
    insertText(doc, { id, index: 2, text: 'ワーク' }, origin);
    deleteText(doc, { id, index: 0, length: 1 }, origin);
    expect(textOf(doc, id)).toBe('創ワーク');
    expect(() => insertText(doc, { id, index: 99, text: 'x' }, origin)).toThrow(CommandError);
    expect(() => insertText(doc, { id, index: -1, text: 'x' }, origin)).toThrow(CommandError);
    expect(() => deleteText(doc, { id, index: 1, length: 4 }, origin)).toThrow(CommandError);
    expect(() => deleteText(doc, { id, index: 0.5, length: 1 }, origin)).toThrow(CommandError);
    expect(() => setText(doc, { id, text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, origin)).toThrow(CommandError);
    expect(() => setText(doc, { id: 'ghost' as ShapeId, text: 'x' }, origin)).toThrow(/unknown shape/);
  });

  it('refuses positions inside a surrogate pair', () => {
    const doc = createFixtureBoard();
    const id = addSticky(doc, { x: 0, y: 0, text: 'a😀b' }, origin);
    expect(() => insertText(doc, { id, index: 2, text: 'x' }, origin)).toThrow(/inside a character/);
    expect(() => deleteText(doc, { id, index: 1, length: 1 }, origin)).toThrow(/inside a character/);
    deleteText(doc, { id, index: 1, length: 2 }, origin);
    expect(textOf(doc, id)).toBe('ab');
  });

  it('refuses text with half a surrogate pair (UTF-8 on the wire cannot carry it)', () => {
    const doc = createFixtureBoard();
    const id = addSticky(doc, { x: 0, y: 0 }, origin);
    expect(() => setText(doc, { id, text: 'a\uD83D' }, origin)).toThrow(/surrogate/);
    expect(() => insertText(doc, { id, index: 0, text: '\uDE00b' }, origin)).toThrow(/surrogate/);
    expect(() => addSticky(doc, { x: 0, y: 0, text: '\uD83D' }, origin)).toThrow(CommandError);
  });

  it('edits a connector label', () => {
    const doc = createFixtureBoard();
    const a = addSticky(doc, { x: 0, y: 0 }, origin);
    const b = addSticky(doc, { x: 300, y: 0 }, origin);
    const link = addConnector(doc, { from: a, to: b }, origin);
    setText(doc, { id: link, text: 'supplies' }, origin);
    expect(textOf(doc, link)).toBe('supplies');
  });
});
