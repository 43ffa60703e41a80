// Two people on one board in real Chromium pages: notes, Japanese IME input, per-user undo, and
// connectors that follow a note moved by someone else. Also: a note the property bar appears
// over still opens for editing on a double-click.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  canvasBox,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  shapesOf,
  twoMembers,
  viewportOf,
  worldToPage,
  useE2E,
} from './support/browser.js';
import { createBoard } from '../support/server.js';

const e2e = useE2E();

const POLL = { timeout: 10_000, interval: 30 };

/** Double-clicks the canvas at a world point (empty there: makes a note and starts editing). */
async function doubleClickAt(page: Page, world: { x: number; y: number }) {
  const at = await worldToPage(page, world);
  await page.mouse.dblclick(at.x, at.y);
}

/** Makes a note at a world point with the text typed into it; returns its id. */
async function makeNote(page: Page, world: { x: number; y: number }, text: string): Promise<string> {
  const before = new Set((await shapesOf(page)).map((shape) => shape.id));
  await doubleClickAt(page, world);
  const editor = page.getByTestId('text-editor');
  await editor.waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
  const created = (await shapesOf(page)).filter((shape) => !before.has(shape.id));
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({ type: 'sticky', text });
  return created[0]!.id;
}

const shapeOn = async (page: Page, id: string) => (await shapesOf(page)).find((shape) => shape.id === id);

describe('two members on one board', () => {
  it('shows a note made on one page on the other page', async () => {
    const { a, b } = await twoMembers(e2e);
    const id = await makeNote(a, { x: 120, y: 120 }, 'Hello');
    await expect.poll(() => shapeOn(b, id), POLL).toMatchObject({ type: 'sticky', text: 'Hello' });
    const onA = await shapeOn(a, id);
    const onB = await shapeOn(b, id);
    expect(onB).toEqual(onA);
    expect(onA?.company).toBe('a');
  });

  it('edits a note at the top of the view on a double-click, though the property bar appears over it', async () => {
    const board = await createBoard(e2e.server.url);
    const page = await newPage(e2e, 'en-US');
    await enterBoard(page, memberLink(board, 'a'), 'Aoi');
    await closeDrafts(page);
    const box = await canvasBox(page);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.dblclick(centre.x, centre.y);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('Top');
    await page.keyboard.press('Escape');
    await page.getByTestId('text-editor').waitFor({ state: 'detached' });
    const note = (await shapesOf(page))[0]!;
    // Scroll until the note's top edge is at the canvas's top, under where the bar appears.
    const topOf = async () => (await worldToPage(page, { x: note.x, y: note.y })).y - box.y;
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, await topOf());
    await expect.poll(topOf, POLL).toBeLessThan(4);
    expect(await topOf()).toBeGreaterThan(-4);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('property-bar').count()).toBe(0);

    await page.mouse.dblclick(centre.x, box.y + 30);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('!');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => shapesOf(page), POLL)
      .toEqual([expect.objectContaining({ id: note.id, text: 'Top!' })]);
  });

  it('writes Japanese from an IME composition exactly once, on both pages', async () => {
    const { a, b } = await twoMembers(e2e);
    await doubleClickAt(a, { x: 200, y: 150 });
    const editor = a.getByTestId('text-editor');
    await editor.waitFor();
    await a.keyboard.type('Kyoso ');
    const cdp = await a.context().newCDPSession(a);
    for (const text of ['き', 'きょう', 'きょうそ', 'きょうそう']) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    // Enter while composing (the IME takes it: keyCode 229, as Chromium reports it) confirms the
    // conversion; it must neither end editing nor reach the text. Ctrl+Enter likewise.
    for (const modifiers of [0, 2]) {
      for (const type of ['rawKeyDown', 'keyUp'] as const) {
        await cdp.send('Input.dispatchKeyEvent', {
          type,
          modifiers,
          key: 'Enter',
          code: 'Enter',
          windowsVirtualKeyCode: 229,
          nativeVirtualKeyCode: 229,
        });
      }
    }
    expect(await editor.isVisible()).toBe(true);
    await cdp.send('Input.insertText', { text: '共創' });
    await expect.poll(() => editor.inputValue(), POLL).toBe('Kyoso 共創');
    expect(await editor.isVisible()).toBe(true);
    // A second word, committed the same way.
    for (const text of ['て', 'てすと']) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    await cdp.send('Input.insertText', { text: 'テスト' });
    await cdp.detach();
    await a.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });

    const expected = 'Kyoso 共創テスト';
    const notes = async (page: Page) => (await shapesOf(page)).filter((shape) => shape.type === 'sticky');
    await expect.poll(() => notes(a), POLL).toMatchObject([{ text: expected }]);
    await expect.poll(() => notes(b), POLL).toMatchObject([{ text: expected }]);
  });

  it('takes back a note made by a double click and left empty, on every page and for good', async () => {
    const { a, b } = await twoMembers(e2e);
    const kept = await makeNote(a, { x: 120, y: 120 }, 'A');
    await doubleClickAt(a, { x: 420, y: 120 });
    await a.getByTestId('text-editor').waitFor();
    // B sees the card appear while A could still type into it.
    await expect.poll(async () => (await shapesOf(b)).length, POLL).toBe(2);
    await a.keyboard.press('Escape');
    for (const page of [a, b])
      await expect.poll(async () => (await shapesOf(page)).map((shape) => shape.id), POLL).toEqual([kept]);
    // Undo goes on to what came before it (A's typing), and redo never brings the empty card back.
    expect(await a.getByTestId('redo').isDisabled()).toBe(true);
    await a.getByTestId('canvas').focus();
    await a.keyboard.press('Control+z');
    await expect.poll(() => shapeOn(b, kept), POLL).toMatchObject({ text: '' });
    await a.keyboard.press('Control+Shift+z');
    await expect.poll(() => shapeOn(b, kept), POLL).toMatchObject({ text: 'A' });
    expect((await shapesOf(b)).map((shape) => shape.id)).toEqual([kept]);
  });

  it('keeps a new note whose first word was still being converted when the person clicked away', async () => {
    const { a, b } = await twoMembers(e2e);
    await doubleClickAt(a, { x: 200, y: 150 });
    await a.getByTestId('text-editor').waitFor();
    const cdp = await a.context().newCDPSession(a);
    for (const text of ['き', 'きょう', 'きょうそう'])
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    await cdp.detach();
    // Clicked away mid-composition: the note is not taken back as empty, and keeps the word.
    const away = await worldToPage(a, { x: 600, y: 500 });
    await a.mouse.click(away.x, away.y);
    await a.getByTestId('text-editor').waitFor({ state: 'detached' });
    for (const page of [a, b])
      await expect
        .poll(async () => (await shapesOf(page)).map((shape) => shape.text), POLL)
        .toEqual(['きょうそう']);
  });

  it("undoes only the undoing person's own edit", async () => {
    const { a, b } = await twoMembers(e2e);
    const noteA = await makeNote(a, { x: 120, y: 120 }, 'A');
    await expect.poll(() => shapeOn(b, noteA), POLL).toMatchObject({ text: 'A' });
    const noteB = await makeNote(b, { x: 420, y: 120 }, 'B');
    await expect.poll(() => shapeOn(a, noteB), POLL).toMatchObject({ text: 'B' });

    // A's typing, then A's note.
    await a.getByTestId('canvas').focus();
    await a.keyboard.press('Control+z');
    for (const page of [a, b])
      await expect.poll(() => shapeOn(page, noteA), POLL).toMatchObject({ text: '' });
    await a.keyboard.press('Control+z');

    for (const page of [a, b]) {
      await expect.poll(() => shapeOn(page, noteA), POLL).toBeUndefined();
      expect(await shapeOn(page, noteB)).toMatchObject({ type: 'sticky', text: 'B' });
    }
    // Undo again on A: nothing of A's is left to undo, and B's note stays.
    await a.getByTestId('undo').click({ force: true });
    await expect.poll(async () => (await shapesOf(b)).map((shape) => shape.id), POLL).toEqual([noteB]);
    expect((await shapesOf(a)).map((shape) => shape.id)).toEqual([noteB]);
  });

  it('keeps a connector attached to a note that someone else moves', async () => {
    const { a, b } = await twoMembers(e2e);
    // A's note and B's note: A connects them, B moves his own.
    const first = await makeNote(a, { x: 100, y: 100 }, 'From');
    const second = await makeNote(b, { x: 500, y: 100 }, 'To');
    await expect.poll(() => shapeOn(a, second), POLL).toBeDefined();
    const centre = async (page: Page, id: string) => {
      const shape = await shapeOn(page, id);
      if (!shape) throw new Error(`no shape ${id}`);
      return worldToPage(page, { x: shape.x + (shape.w ?? 0) / 2, y: shape.y + (shape.h ?? 0) / 2 });
    };

    await a.getByTestId('tool-connector').click();
    const from = await centre(a, first);
    const to = await centre(a, second);
    await a.mouse.move(from.x, from.y);
    await a.mouse.down();
    await a.mouse.move((from.x + to.x) / 2, from.y, { steps: 5 });
    await a.mouse.move(to.x, to.y, { steps: 5 });
    await a.mouse.up();
    const connectors = async (page: Page) =>
      (await shapesOf(page)).filter((shape) => shape.type === 'connector');
    await expect.poll(() => connectors(a), POLL).toHaveLength(1);
    await expect.poll(() => connectors(b), POLL).toHaveLength(1);
    const [connector] = await connectors(a);

    // B drags the second note 200 px down.
    await expect.poll(() => shapeOn(b, second), POLL).toBeDefined();
    const before = (await shapeOn(b, second))!;
    const grab = await centre(b, second);
    await b.mouse.move(grab.x, grab.y);
    await b.mouse.down();
    await b.mouse.move(grab.x, grab.y + 100, { steps: 5 });
    await b.mouse.move(grab.x, grab.y + 200, { steps: 5 });
    await b.mouse.up();
    const { zoom } = await viewportOf(b);

    await expect
      .poll(() => shapeOn(a, second), POLL)
      .toMatchObject({ x: before.x, y: before.y + Math.round(200 / zoom) });
    expect(await shapeOn(b, second)).toEqual(await shapeOn(a, second));
    // The connector is still there, still the same shape (it is drawn between its ends, which
    // the test handle does not list; its id and offsets are unchanged and the notes still exist).
    for (const page of [a, b]) {
      expect(await connectors(page)).toEqual([connector]);
      expect(await shapeOn(page, first)).toMatchObject({ text: 'From' });
      expect(await shapeOn(page, second)).toMatchObject({ text: 'To' });
    }
  });
});
