// Browser test harness: the real client (built once by Vite into test/.artifacts/client), the real
// server in-process, and Chromium driven by playwright-core. One browser per test file, a fresh
// context (own storage) per page.
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildClient as buildClientInto, clientIsStale } from '../../../scripts/client-build.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/chromium.mjs';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type Config, type RunningServer } from '@kyoso/server';
import {
  createBoard,
  startTestServer,
  testConfig,
  type CreatedBoard,
  type TestServer,
} from '../../support/server.js';
import { waitFor } from '../../support/wait.js';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test', '.artifacts');
export const CLIENT_DIR = join(ARTIFACTS, 'client');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');

export const VIEWPORT = { width: 1280, height: 800 };
const BUILD_TIMEOUT_MS = 120_000;

let built: Promise<string> | null = null;

/** Builds the client if it is missing or older than its sources (once per worker process). */
export function buildClient(): Promise<string> {
  built ??= (async () => {
    // Test files run in parallel worker processes: one builds while the others wait for it.
    const lock = join(ARTIFACTS, 'client.lock');
    mkdirSync(ARTIFACTS, { recursive: true });
    for (;;) {
      if (!clientIsStale(CLIENT_DIR)) return CLIENT_DIR;
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > BUILD_TIMEOUT_MS) {
        rmSync(lock, { recursive: true, force: true }); // left by a run that died mid-build
      }
      try {
        mkdirSync(lock);
      } catch {
        await waitFor(() => !existsSync(lock), 'another worker to build the client', BUILD_TIMEOUT_MS);
        continue;
      }
      try {
        await buildClientInto(CLIENT_DIR);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
  })();
  return built;
}

/**
 * Copies a screenshot (saved in test/.artifacts/screenshots/) over the one the README shows in
 * docs/screenshots/, only when asked with KYOSO_UPDATE_DOC_SCREENSHOTS=1 (`npm run screenshots`):
 * a test run never changes tracked files.
 */
export function publishScreenshot(name: string): void {
  if (process.env.KYOSO_UPDATE_DOC_SCREENSHOTS !== '1') return;
  mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
  copyFileSync(join(SCREENSHOTS, name), join(ROOT, 'docs', 'screenshots', name));
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

export interface E2E {
  server: TestServer;
  browser: Browser;
  contexts: BrowserContext[];
  /** What the pages' Content-Security-Policy blocked: the app must never need it lifted. */
  cspViolations: string[];
  dispose(): Promise<void>;
}

/** The server (serving the built client) and a browser, for one test file. */
export async function startE2E(overrides: Partial<Config> = {}): Promise<E2E> {
  const clientDir = await buildClient();
  const [server, browser] = await Promise.all([
    startTestServer({ ...overrides, clientDir }),
    launchBrowser(),
  ]);
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    contexts,
    cspViolations: [],
    async dispose() {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close();
      await server.dispose();
    },
  };
}

/**
 * The E2E of this test file: started before its tests (with the screenshots folder made) and
 * disposed after them. Call at the top level: `const e2e = useE2E();`.
 */
export function useE2E(overrides: Partial<Config> = {}): E2E {
  let current: E2E | undefined;
  beforeAll(async () => {
    current = await startE2E(overrides);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await current?.dispose();
    expect(current?.cspViolations ?? [], 'what the page security policy blocked').toEqual([]);
  });
  return new Proxy({} as E2E, {
    get(_target, key) {
      if (!current) throw new Error('the E2E is used before beforeAll started it');
      return current[key as keyof E2E];
    },
  });
}

/** Marks the first-visit guide as seen for every role, as for someone who has used Kyoso before. */
const RETURNING_VISITOR = `try { for (const role of ['member', 'facilitator', 'observer']) localStorage.setItem('kyoso.guide.' + role, '1'); } catch {}`;

/**
 * A page in a context of its own (a phone or tablet: its screen size, and touch). Its person has
 * seen the first-visit guide before unless `visit` is `first`.
 */
export async function newPage(
  e2e: E2E,
  locale: 'ja-JP' | 'en-US' = 'ja-JP',
  device: { viewport: { width: number; height: number }; hasTouch?: boolean } = { viewport: VIEWPORT },
  visit: 'returning' | 'first' = 'returning',
): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: device.viewport,
    hasTouch: device.hasTouch ?? false,
    locale,
    deviceScaleFactor: 1,
  });
  e2e.contexts.push(context);
  if (visit === 'returning') await context.addInitScript(RETURNING_VISITOR);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) e2e.cspViolations.push(message.text());
  });
  return page;
}

import type { TestShape } from '@kyoso/shared';

export type { TestShape };

// The page is only read through `window.kyoso`, as strings evaluated in the page (the test
// program has no DOM types). What is polled is a function instead: a string polled in the page
// would be eval'd there, which the pages' Content-Security-Policy forbids.

/** What polled functions read of a page's globals. */
export interface PageGlobals {
  kyoso?: { connection(): string; shapes(): unknown[] };
  document: {
    fonts: { status: string };
    querySelector(selector: string): { complete: boolean; naturalWidth: number } | null;
  };
}

/** Waits until the page's `window.kyoso.connection()` is `status`. */
export async function waitStatus(page: Page, status: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (expected) => (globalThis as unknown as PageGlobals).kyoso?.connection() === expected,
    status,
    { timeout },
  );
}

export const waitConnected = (page: Page, timeout = 10_000) => waitStatus(page, 'connected', timeout);

export const shapesOf = (page: Page) =>
  page.evaluate<TestShape[]>('window.kyoso ? window.kyoso.shapes() : []');

export const viewportOf = (page: Page) =>
  page.evaluate<{ x: number; y: number; zoom: number }>('window.kyoso.viewport()');

export const roleOf = (page: Page) => page.evaluate<string | null>('window.kyoso ? window.kyoso.role : null');

/** Waits until the page shows `count` shapes. */
export async function waitShapeCount(page: Page, count: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (expected) => (globalThis as unknown as PageGlobals).kyoso?.shapes().length === expected,
    count,
    { timeout },
  );
}

/** Waits for web fonts and then two animation frames: the page has painted what it has now. */
export async function painted(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.fonts.status === 'loaded');
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))',
  );
}

/**
 * Opens a board link, gives a name and waits for the canvas, a live connection and the workshop's
 * panels (their launchers, and the shortcuts they bind, come a moment after the board's first
 * picture: their code loads after it).
 */
export async function enterBoard(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId('name-input').fill(name);
  await page.getByTestId('name-submit').click();
  await page.getByTestId('name-input').waitFor({ state: 'detached' });
  await page.getByTestId('canvas').waitFor();
  await waitConnected(page);
  await page.getByTestId('launcher-dock').waitFor({ state: 'attached' });
}

/**
 * Closes a member's private drafts panel, which opens by itself before the workshop starts, so
 * that the canvas beneath it can be clicked (as a member would, to work on the shared board).
 */
export async function closeDrafts(page: Page): Promise<void> {
  await page.getByTestId('drafts-close').click();
  await page.getByTestId('drafts-open').waitFor();
}

/** A fresh board and two member pages (companies a and b) on it, drafts panels closed. */
export async function twoMembers(e2e: E2E, locale: 'ja-JP' | 'en-US' = 'ja-JP') {
  const board = await createBoard(e2e.server.url);
  const [a, b] = await Promise.all([newPage(e2e, locale), newPage(e2e, locale)]);
  await Promise.all([
    enterBoard(a, memberLink(board, 'a'), 'Aoi'),
    enterBoard(b, memberLink(board, 'b'), 'Ben'),
  ]);
  await Promise.all([closeDrafts(a), closeDrafts(b)]);
  return { board, a, b };
}

export function memberLink(board: CreatedBoard, company: string): string {
  const link = board.links.members[company];
  if (!link) throw new Error(`no member link for company ${company}`);
  return link;
}

/** The `data-testid` of what has the keyboard focus, or null. */
export const focusedTestId = (page: Page) =>
  page.evaluate<string | null>(
    `document.activeElement && document.activeElement.getAttribute('data-testid')`,
  );

/** What the canvas's live region says of the selected card. */
export const cardStatus = (page: Page) => page.getByTestId('card-status').textContent();

/**
 * The share (0 to 1) of the world box `box` that one layer of the canvas has drawn on: pixels
 * whose opacity passes `alpha` (0–255), leaving out pixels of the `ignore` colours (#rrggbb, such
 * as the background grid's, which the content layer draws first). `layer` counts from the bottom
 * (0: the grid and the board's shapes), negative from the top (-1: the overlay with cursors and
 * names). A layer is transparent where it draws nothing. Evaluated in the page as text (the test
 * program has no DOM types).
 */
export function layerDrawnShare(
  page: Page,
  layer: number,
  box: { x: number; y: number; w: number; h: number },
  alpha = 200,
  ignore: readonly string[] = [],
): Promise<number> {
  const ignored = ignore.map((hex) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)));
  return page.evaluate<number>(`(() => {
    const box = ${JSON.stringify(box)};
    const ignored = ${JSON.stringify(ignored)};
    const view = window.kyoso.viewport();
    const layers = document.querySelectorAll('[data-testid="canvas"] canvas');
    const canvas = layers[${layer} < 0 ? layers.length + ${layer} : ${layer}];
    const ctx = canvas && canvas.getContext('2d');
    if (!ctx) return -1;
    const scale = canvas.width / canvas.clientWidth;
    const x = Math.round((box.x - view.x) * view.zoom * scale);
    const y = Math.round((box.y - view.y) * view.zoom * scale);
    const w = Math.max(1, Math.round(box.w * view.zoom * scale));
    const h = Math.max(1, Math.round(box.h * view.zoom * scale));
    const { data } = ctx.getImageData(x, y, w, h);
    let drawn = 0;
    const isIgnored = (i) =>
      ignored.some(([r, g, b]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= 6);
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > ${alpha} && !isIgnored(i)) drawn++;
    return drawn / (w * h);
  })()`);
}

/** Page coordinates of the canvas's top-left corner and its size. */
export async function canvasBox(page: Page) {
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('canvas is not visible');
  return box;
}

/** Page coordinates of a world point, through the camera the test handle reports. */
type Finger = { x: number; y: number; id: number };

/** A touch screen on the page: each call sends one touch event with these fingers down. */
export async function touchScreen(
  page: Page,
): Promise<(type: 'touchStart' | 'touchMove' | 'touchEnd', fingers: Finger[]) => Promise<unknown>> {
  const cdp = await page.context().newCDPSession(page);
  return (type, fingers) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: fingers.map(({ x, y, id }) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 })),
    });
}

export async function worldToPage(page: Page, world: { x: number; y: number }) {
  const box = await canvasBox(page);
  const view = await viewportOf(page);
  return screenOf(box, view, world);
}

/** Clicks the card whose text is `text` (low in its body, clear of its header), Shift held to add it. */
export async function clickCard(page: Page, text: string, options: { shift?: boolean } = {}) {
  const card = (await shapesOf(page)).find((shape) => shape.text === text);
  if (!card || card.w === null || card.h === null) throw new Error(`no card ${text}`);
  const at = await worldToPage(page, { x: card.x + card.w / 2, y: card.y + card.h * 0.75 });
  await page.mouse.move(at.x, at.y);
  if (options.shift) await page.keyboard.down('Shift');
  await page.mouse.down();
  await page.mouse.up();
  if (options.shift) await page.keyboard.up('Shift');
}

function screenOf(
  box: { x: number; y: number },
  view: { x: number; y: number; zoom: number },
  world: { x: number; y: number },
) {
  return { x: box.x + (world.x - view.x) * view.zoom, y: box.y + (world.y - view.y) * view.zoom };
}

/**
 * A server of the test's own, serving the client, that can go away and come back on the same port
 * with the same data: the server itself is stopped because Chromium's offline emulation
 * (`context.setOffline`) leaves an open websocket open.
 */
export async function interruptibleServer() {
  const config = testConfig({ clientDir: await buildClient() });
  let server: RunningServer | null = await startServer(config);
  const { port, url } = server;
  return {
    url,
    async stop(): Promise<void> {
      const running = server;
      server = null;
      await running?.close();
    },
    async restart(): Promise<void> {
      server = await startServer({ ...config, port });
    },
    async dispose(): Promise<void> {
      await server?.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
