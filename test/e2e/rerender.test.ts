// Typing in one card re-renders that card and what shows it, not the board: React's commits are
// counted through the hook React DevTools uses (installed before the page's scripts), on a board
// of many cards, while a person types into one of them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey } from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import { enterBoard, newPage, useE2E, waitShapeCount, worldToPage } from './support/browser.js';

const e2e = useE2E();
const CARDS = 300;

/**
 * Installs a stand-in for React DevTools' global hook: React (and react-konva's renderer) report
 * every commit to it. A component rendered in a commit if it mounted, or if React did work on it
 * (the PerformedWork flag) in a part of the tree the commit rebuilt; subtrees React reused as they
 * were are skipped, as DevTools skips them.
 */
function installRenderCounter(): void {
  type Fiber = {
    tag: number;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
  };
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  const PERFORMED_WORK = 1;
  const state = { counting: false, commits: [] as number[] };
  const countMounted = (fiber: Fiber | null): number => {
    let count = 0;
    for (let child = fiber; child; child = child.sibling)
      count += (COMPONENT_TAGS.has(child.tag) ? 1 : 0) + countMounted(child.child);
    return count;
  };
  const countUpdated = (next: Fiber): number => {
    let count = 0;
    for (let child = next.child; child; child = child.sibling) {
      const before = child.alternate;
      if (!before) {
        count += (COMPONENT_TAGS.has(child.tag) ? 1 : 0) + countMounted(child.child);
        continue;
      }
      if (COMPONENT_TAGS.has(child.tag) && (child.flags & PERFORMED_WORK) !== 0) count += 1;
      if (child.child !== before.child) count += countUpdated(child);
    }
    return count;
  };
  let nextId = 0;
  (globalThis as Record<string, unknown>).__kyosoRenders = state;
  (globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => ++nextId,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      if (!state.counting) return;
      const next = root.current;
      state.commits.push(next.alternate ? countUpdated(next) : countMounted(next));
    },
  };
}

const counting = (page: Page, on: boolean) =>
  page.evaluate(
    `(() => { const s = window.__kyosoRenders; s.counting = ${on}; if (${on}) s.commits = []; return s.commits; })()`,
  ) as Promise<number[]>;

describe('re-renders while typing', () => {
  it('stay bounded on a board of many cards: typing in one card does not re-render the others', async () => {
    const board = await createBoard(e2e.server.url);
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    writer.doc.transact(() => {
      for (let i = 0; i < CARDS; i++)
        addSticky(
          writer.doc,
          {
            x: (i % 20) * 220,
            y: Math.floor(i / 20) * 180,
            w: 200,
            h: 160,
            text: `カード ${i}`,
            company: (i % 2 ? 'a' : 'b') as CompanyKey,
          },
          'seed',
        );
    });
    writer.destroy();

    const page = await newPage(e2e);
    await page.addInitScript(installRenderCounter);
    await enterBoard(page, board.links.facilitator, '山田');
    await waitShapeCount(page, CARDS);
    // The first card, top left, where the view opens.
    const at = await worldToPage(page, { x: 100, y: 80 });
    await page.mouse.dblclick(at.x, at.y);
    await page.getByTestId('text-editor').waitFor();

    await counting(page, true);
    await page.keyboard.type('共創 kyoso');
    await expect
      .poll(
        async () =>
          await page.evaluate<string>(
            `window.kyoso.shapes().find((s) => s.text.endsWith('kyoso'))?.text ?? ''`,
          ),
      )
      .toContain('kyoso');
    const commits = await counting(page, false);

    expect(commits.length).toBeGreaterThan(0);
    const worst = Math.max(...commits);
    // A keystroke re-renders the card being edited, the editor, the selection's outline and bar
    // and the few panels that show texts: a few dozen components, whatever the board holds. One
    // re-render of every card would be CARDS more.
    expect(worst, `components re-rendered per commit: ${commits.join(' ')}`).toBeLessThan(120);
  });
});
