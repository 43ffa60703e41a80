// The render benchmark: frame times of a scripted 5-second wheel pan and zoom in headless
// Chromium, on boards of 1k, 5k and 10k sticky notes, Kyoso's real client against a plain
// react-konva page (bench/render/baseline). See bench/README.md, "render".
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Benchmark, BenchContext } from '../lib/benchmark.js';
import { describeMachine } from '../lib/machine.js';
import { fmt, markdownTable, quantile, ratio, sortedCopy } from '../lib/stats.js';
import { serveStatic, startKyoso, viteBuild, type KyosoApp } from './apps.js';
import { PHASES, playScript, RECORDER_SCRIPT, SCRIPT_SECONDS, wheelScript, type Recording } from './drive.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1280, height: 800 };
const LONG_FRAME_MS = 50;
const SIZES = [1000, 5000, 10_000];
const QUICK_SIZES = [1000];
const LOAD_TIMEOUT_MS = 90_000;

type AppName = 'Kyoso' | 'baseline';

interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  long: number;
  fps: number;
}

interface RunResult {
  count: number;
  app: AppName;
  recording: Recording;
  scenes: Map<string, FrameStats>;
  loadSeconds: number;
  fitZoom: number;
  endZoom: number;
}

function frameStats(recording: Recording, scene: string | null): FrameStats {
  const deltas: number[] = [];
  for (let i = 1; i < recording.frames.length; i++) {
    const phase = recording.phases[i];
    if (phase === 'idle' || (scene !== null && phase !== scene)) continue;
    deltas.push(recording.frames[i]! - recording.frames[i - 1]!);
  }
  const sorted = sortedCopy(deltas);
  const total = deltas.reduce((sum, d) => sum + d, 0);
  return {
    frames: deltas.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    long: deltas.filter((d) => d > LONG_FRAME_MS).length,
    fps: total > 0 ? (deltas.length * 1000) / total : Number.NaN,
  };
}

function parseSizes(value: string | true | undefined, quick: boolean): number[] {
  if (typeof value !== 'string') return quick ? QUICK_SIZES : SIZES;
  const sizes = value.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`--render-sizes: bad list "${value}"`);
  return sizes;
}

function chromiumVersion(browser: Browser): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return `Chromium ${browser.version()}`;
  }
}

/** Where world (0, 0) sits on the canvas (px) when the script starts, at zoom 1. */
const START = { x: 80, y: 80 };

/**
 * Puts Kyoso's camera at the script's start (zoom 100% with world (0, 0) at START; the board
 * opens zoomed to fit) and checks that the pointer there reaches the canvas, not an overlay.
 */
async function startingView(page: Page, canvas: { x: number; y: number; w: number; h: number }) {
  type Camera = { x: number; y: number; zoom: number };
  const viewport = async () => (await page.evaluate('window.kyoso.viewport()')) as Camera;
  const settled = async () => {
    let last = await viewport();
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(100);
      const next = await viewport();
      if (next.x === last.x && next.y === last.y && next.zoom === last.zoom) return next;
      last = next;
    }
    return last;
  };
  await page.locator('[data-testid=zoom-100]').click();
  const cam = await settled();
  const point = { x: canvas.x + START.x, y: canvas.y + START.y };
  await page.mouse.move(point.x, point.y);
  await page.mouse.wheel((0 - cam.x) * cam.zoom - START.x, (0 - cam.y) * cam.zoom - START.y);
  const camera = await settled();
  const expected = { x: -START.x, y: -START.y, zoom: 1 };
  if (
    Math.abs(camera.zoom - 1) > 1e-6 ||
    Math.abs(camera.x - expected.x) > 1 ||
    Math.abs(camera.y - expected.y) > 1
  )
    throw new Error(`Kyoso: could not set the starting view (camera ${JSON.stringify(camera)})`);
  const onCanvas = await page.evaluate(
    `!!document.elementFromPoint(${point.x}, ${point.y})?.closest('[data-testid=canvas]')`,
  );
  if (!onCanvas) throw new Error(`Kyoso: the point (${point.x}, ${point.y}) is not on the canvas`);
  return camera;
}

async function runOne(
  browser: Browser,
  app: AppName,
  count: number,
  url: string,
  ready: string,
  view: {
    canvas: { x: number; y: number; w: number; h: number };
    camera: { x: number; y: number; zoom: number };
  } | null,
  context: BenchContext,
): Promise<{ result: RunResult; view: NonNullable<typeof view> }> {
  const browserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await browserContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(RECORDER_SCRIPT);
    const loadStarted = performance.now();
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    if (app === 'Kyoso') {
      const name = page.locator('[data-testid=name-input]');
      await name.waitFor({ timeout: LOAD_TIMEOUT_MS });
      await name.fill('Bench');
      await page.locator('[data-testid=name-submit]').click();
    }
    await page
      .waitForFunction(ready, count, { timeout: LOAD_TIMEOUT_MS, polling: 250 })
      .catch((error: unknown) => {
        throw new Error(
          `${app} at ${count} notes never became ready (${error instanceof Error ? error.message : String(error)})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
        );
      });
    // A member's drafts panel opens by itself before a workshop starts; the script drives the
    // board, so it is closed, as a person who came to look at the board would.
    if (app === 'Kyoso') await page.locator('[data-testid=drafts-close]').click({ timeout: LOAD_TIMEOUT_MS });
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    await page.waitForTimeout(1000);
    let resolvedView = view;
    if (!resolvedView) {
      const box = await page.locator('[data-testid=canvas]').boundingBox();
      if (!box) throw new Error(`${app}: no canvas on the page`);
      const canvasBox = { x: box.x, y: box.y, w: box.width, h: box.height };
      const camera = await startingView(page, canvasBox);
      resolvedView = { canvas: canvasBox, camera };
    }
    const { camera, canvas } = resolvedView;
    const anchor = { x: -camera.x * camera.zoom, y: -camera.y * camera.zoom };
    const script = wheelScript(count, canvas, anchor);
    const origin = app === 'Kyoso' ? { x: canvas.x + anchor.x, y: canvas.y + anchor.y } : anchor;
    const cdp = await browserContext.newCDPSession(page);
    context.progress(`${app} ${count}: loaded in ${loadSeconds.toFixed(1)} s, playing the script`);
    const recording = await playScript(page, cdp, script.steps, origin);
    if (errors.length > 0) throw new Error(`${app} at ${count} notes: page errors: ${errors.join('; ')}`);
    const end = (await page.evaluate(
      app === 'Kyoso' ? 'window.kyoso.viewport()' : 'window.baseline.viewport()',
    )) as { x: number; y: number; zoom: number };
    const scenes = new Map<string, FrameStats>();
    for (const phase of PHASES) scenes.set(phase, frameStats(recording, phase));
    scenes.set('all', frameStats(recording, null));
    return {
      result: { count, app, recording, scenes, loadSeconds, fitZoom: script.fitZoom, endZoom: end.zoom },
      view: resolvedView,
    };
  } finally {
    await browserContext.close();
  }
}

function report(
  results: RunResult[],
  meta: { chromium: string; quick: boolean; sizes: number[]; loadBefore: string },
): string {
  const machine = describeMachine();
  const header = [
    'N',
    'scene',
    'Kyoso frames',
    'p50 ms',
    'p95 ms',
    'long',
    'fps',
    'baseline frames',
    'p50 ms',
    'p95 ms',
    'long',
    'fps',
    'p95 base/Kyoso',
    'fps Kyoso/base',
  ];
  const rows: string[][] = [];
  for (const count of meta.sizes) {
    const kyoso = results.find((r) => r.count === count && r.app === 'Kyoso');
    const base = results.find((r) => r.count === count && r.app === 'baseline');
    for (const scene of [...PHASES, 'all']) {
      const k = kyoso?.scenes.get(scene);
      const b = base?.scenes.get(scene);
      const cells = (s: FrameStats | undefined) =>
        s
          ? [String(s.frames), fmt(s.p50), fmt(s.p95), String(s.long), fmt(s.fps)]
          : ['–', '–', '–', '–', '–'];
      rows.push([
        String(count),
        scene,
        ...cells(k),
        ...cells(b),
        ratio(b?.p95 ?? Number.NaN, k?.p95 ?? Number.NaN),
        ratio(k?.fps ?? Number.NaN, b?.fps ?? Number.NaN),
      ]);
    }
  }
  const table = markdownTable(header, rows);
  const details = markdownTable(
    ['N', 'app', 'load s', 'script s', 'wheel sent', 'wheel seen', 'fit zoom', 'min zoom', 'end zoom'],
    results.map((r) => [
      String(r.count),
      r.app,
      fmt(r.loadSeconds),
      fmt(r.recording.scriptSeconds, 2),
      String(r.recording.wheelsSent),
      String(r.recording.wheelsSeen),
      fmt(r.fitZoom, 3),
      fmt(Math.min(r.recording.minZoom, r.endZoom), 3),
      fmt(r.endZoom, 3),
    ]),
  );
  const text = [
    `# render${meta.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.nproc} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; ${meta.chromium}; ${machine.date}; load average ${meta.loadBefore} before the run, ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} after.`,
    '',
    `Chromium runs headless with \`--disable-gpu\` (software rasterisation on the CPU, sharing ${machine.nproc} cores with the server and this process), so absolute frame times are pessimistic; compare the two apps, not the numbers with a real browser.`,
    '',
    '## Method',
    '',
    `- Boards of N sticky notes (200×160, in a square grid with 40 px gaps, short Japanese/English texts, alternately company a and b). Kyoso: the real client (\`vite build\` of client/), the real server (\`startServer\`, SQLite in a temp directory), the board imported as a board file (a fresh board's export with its shapes replaced by the notes, one request), opened from a member link (name dialog filled, drafts panel closed), ready when \`window.kyoso.shapes()\` has N shapes and the connection is \`connected\`. Baseline: \`bench/render/baseline\`, one react-konva Layer, every note a listening Group of Rect + Text, no culling, the same layout, the same stage size and starting camera as Kyoso's canvas, the same wheel handling (wheel pans, ctrl+wheel zooms about the pointer by exp(-deltaY/100)).`,
    `- Viewport ${VIEWPORT.width}×${VIEWPORT.height}, device scale 1, a fresh browser context per run. After the board is ready and 1 s of rest, a ${SCRIPT_SECONDS}-second script of CDP wheel events at 60 Hz with the pointer on world (0, 0): pan 1 s right/down and 1 s back (120 events of 50/25 px), zoom out with ctrl+wheel for 1.5 s until the whole grid is in view ("fit zoom"), zoom back in for 1.5 s (90 events each). Events are sent at a fixed pace without waiting for the page, as a real wheel; when the page falls behind Chromium coalesces them ("wheel seen" < "wheel sent"), so the script keeps its pace and stretches only by the last backlog ("script s"). A coalesced ctrl+wheel event is clamped like any other (both apps cap one event at ±18 px, a factor of 1.2, as one mouse-wheel notch), so a page that falls far behind zooms less far ("min zoom" against "fit zoom") and does not come all the way back ("end zoom"); coalescing can also merge the last zoom-out events with the first zoom-in ones, so a slow page can show few or no "zoom-in" frames.`,
    `- Frame times: the gaps between consecutive requestAnimationFrame timestamps in the page, each frame assigned to the scene of the last wheel event the page had received; "all" is every frame from the first event until 250 ms after the last one was handled. p50/p95 by nearest rank, "long" = frames over ${LONG_FRAME_MS} ms, fps = frames / time. While a page is far behind, a short frame often follows each long one (the next requestAnimationFrame comes before the next input is handled), so a slow page's p50 can read 16.7 ms: read p95, long frames and fps. Ratios: p95 baseline/Kyoso (above 1 means Kyoso's slow frames are shorter), fps Kyoso/baseline (above 1 means Kyoso draws more frames).`,
    '',
    '## Results',
    '',
    table,
    '',
    details,
    '',
  ].join('\n');
  return text;
}

export const renderBenchmark: Benchmark = {
  name: 'render',
  description: 'canvas frame times of a scripted wheel pan/zoom, 1k–10k stickies, Kyoso vs plain react-konva',
  options: {
    'render-sizes': {
      help: 'board sizes, e.g. 1000,5000 (default 1000,5000,10000; quick 1000)',
      takesValue: true,
    },
  },
  async run(context) {
    const sizes = parseSizes(context.options.get('render-sizes'), context.quick);
    const loadBefore = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const work = join(context.tmpDir, 'render');
    const clientOut = join(work, 'client');
    const baselineOut = join(work, 'baseline');
    mkdirSync(work, { recursive: true });
    context.progress('building the Kyoso client and the baseline page (vite build)');
    await Promise.all([
      viteBuild(context.rootDir, join(context.rootDir, 'client'), [
        '--outDir',
        clientOut,
        '--emptyOutDir',
        '--sourcemap',
        'false',
        '--logLevel',
        'warn',
      ]),
      viteBuild(context.rootDir, context.rootDir, [
        '--config',
        join(context.rootDir, 'bench/render/baseline/vite.config.ts'),
        '--outDir',
        baselineOut,
      ]),
    ]);
    let kyoso: KyosoApp | null = null;
    let baseline: Awaited<ReturnType<typeof serveStatic>> | null = null;
    let browser: Browser | null = null;
    const results: RunResult[] = [];
    try {
      kyoso = await startKyoso(clientOut);
      baseline = await serveStatic(baselineOut);
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const chromiumName = chromiumVersion(browser);
      for (const count of sizes) {
        context.progress(`${count} notes: filling a Kyoso board`);
        const link = await kyoso.board(count);
        const k = await runOne(
          browser,
          'Kyoso',
          count,
          link,
          `(n) => !!window.kyoso && window.kyoso.connection() === 'connected' && window.kyoso.shapes().length === n`,
          null,
          context,
        );
        results.push(k.result);
        const { canvas, camera } = k.view;
        const query = new URLSearchParams({
          n: String(count),
          w: String(Math.round(canvas.w)),
          h: String(Math.round(canvas.h)),
          x: String(camera.x),
          y: String(camera.y),
          zoom: String(camera.zoom),
        });
        const b = await runOne(
          browser,
          'baseline',
          count,
          `${baseline.url}/index.html?${query}`,
          `(n) => !!window.baseline && window.baseline.count === n`,
          { canvas: { ...canvas, x: 0, y: 0 }, camera },
          context,
        );
        results.push(b.result);
      }
      const text = report(results, { chromium: chromiumName, quick: context.quick, sizes, loadBefore });
      const file = join(context.resultsDir, context.quick ? 'render-quick.md' : 'render.md');
      writeFileSync(file, text);
      console.log(text.slice(text.indexOf('## Results')));
      context.progress(`wrote ${file}`);
      return true;
    } finally {
      await browser?.close().catch(() => undefined);
      await baseline?.close();
      await kyoso?.close();
      rmSync(join(work, 'client'), { recursive: true, force: true });
    }
  },
};
