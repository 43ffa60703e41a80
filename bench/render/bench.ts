// The render benchmark: Kyoso against Excalidraw and tldraw in headless Chromium, on boards of
// 1k to 50k sticky notes: the cold load to the first full paint, and the frame times while every
// app follows the same camera path (pan at 100%, zoom out to the whole board, zoom back in),
// interleaved and repeated. See bench/README.md, "render".
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Benchmark } from '../lib/benchmark.js';
import { describeMachine, waitForQuiet } from '../lib/machine.js';
import { fmt, markdownTable, quantile, ratio, sortedCopy } from '../lib/stats.js';
import { serveStatic, startKyoso, viteBuild, type KyosoApp } from './apps.js';
import {
  cameraPath,
  DRIVER_SCRIPT,
  loadMilliseconds,
  playPath,
  SCENES,
  SCRIPT_SECONDS,
  showCamera,
  START_CAMERA,
  type CameraPath,
  type Recording,
} from './drive.js';
import { buildPeers, installPeers, PEER_PAGES, PEERS, type PeerName } from './peers.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumVersion } from '../lib/chromium.js';

// Only 127.0.0.1: the peers' pages would fetch fonts and icons from their CDNs.
const BROWSER_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const VIEWPORT = { width: 1280, height: 800 };
const SIZES = [1000, 2000, 5000, 10_000, 20_000, 50_000];
const QUICK_SIZES = [1000];
const REPS = 3;
const SHOT_SIZES = [10_000];
const LOAD_TIMEOUT_MS = 180_000;
/** A peer past these at one size is not measured at larger ones (it is far from interactive). */
const GIVE_UP = { p95Ms: 500, loadMs: 60_000 };
/** Frame-time ceilings for "holds 60 fps" and "holds 30 fps" (frames come in 16.7 ms steps). */
const HOLDS = { 60: 17.5, 30: 34 } as const;
const GOALS = { zoomOutP95Ms: 16.7, zoomOutAt: 20_000, loadMs: 1000, loadAt: 10_000, fps30At: 50_000 };

type AppName = 'Kyoso' | PeerName;
const APPS: readonly AppName[] = ['Kyoso', ...PEERS];

interface Run {
  app: AppName;
  count: number;
  loadMs: number;
  recording: Recording;
  fit: number;
}

interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  fps: number;
}

/** Frame times of `scene` (every scene when null), pooled over runs. */
function frameStats(runs: readonly Run[], scene: string | null): FrameStats | null {
  const gaps: number[] = [];
  for (const { recording } of runs)
    recording.scenes.forEach((s, i) => {
      if (s !== 'tail' && (scene === null || s === scene))
        gaps.push(recording.frames[i + 1]! - recording.frames[i]!);
    });
  if (gaps.length === 0) return null;
  const sorted = sortedCopy(gaps);
  const total = gaps.reduce((sum, d) => sum + d, 0);
  return {
    frames: gaps.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    fps: (gaps.length * 1000) / total,
  };
}

function parseList(name: string, value: string | true | undefined, fallback: number[]): number[] {
  if (typeof value !== 'string') return fallback;
  const list = value.split(',').map((s) => Number(s.trim()));
  if (list.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--${name}: bad list "${value}"`);
  return list;
}

function parseApps(value: string | true | undefined): AppName[] {
  if (typeof value !== 'string') return [...APPS];
  const names = value.split(',').map((s) => s.trim().toLowerCase());
  const apps = APPS.filter((app) => names.includes(app.toLowerCase()));
  if (apps.length !== names.length || !apps.includes('Kyoso'))
    throw new Error(`--render-apps: "${value}" (Kyoso plus any of excalidraw, tldraw)`);
  return apps;
}

interface Area {
  w: number;
  h: number;
}

/** One cold visit: load to the first full paint, the camera path, and screenshots when asked. */
async function runOne(
  browser: Browser,
  target: { app: AppName; count: number; url: string; path: CameraPath | null; area: Area | null },
  shots: { dir: string } | null,
): Promise<{ run: Run; area: Area }> {
  const { app, count, url } = target;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A returning participant: Kyoso remembers the name and that the first-visit guide was seen.
    await page.addInitScript(
      `window.__renderBenchExpected = ${count}; try { localStorage.setItem('kyoso.displayName', 'Bench'); localStorage.setItem('kyoso.guide.member', '1'); } catch {}`,
    );
    await page.addInitScript(DRIVER_SCRIPT);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const loadMs = await loadMilliseconds(page, LOAD_TIMEOUT_MS).catch((error: unknown) => {
      throw new Error(
        `${app} at ${count} notes never painted them all (${error instanceof Error ? error.message : String(error)})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
      );
    });
    if (app === 'Kyoso') {
      // A member's drafts panel opens by itself before a workshop starts; the script looks at the
      // board, so it is closed, as a person who came to look at the board would.
      await page.locator('[data-testid=drafts-close]').click({ timeout: LOAD_TIMEOUT_MS });
      await page.waitForFunction(
        () => (globalThis as { kyoso?: { connection(): string } }).kyoso?.connection() === 'connected',
        undefined,
        {
          timeout: LOAD_TIMEOUT_MS,
        },
      );
    }
    const box = await page.locator('[data-testid=canvas]').first().boundingBox();
    if (!box) throw new Error(`${app}: no drawing area on the page`);
    const area = target.area ?? { w: Math.round(box.width), h: Math.round(box.height) };
    const path = target.path ?? cameraPath(count, area);
    await showCamera(page, START_CAMERA);
    await page.waitForTimeout(1000); // let the load's leftovers (GC, idle work) settle
    const recording = await playPath(page, path);
    if (shots) {
      const clip = { x: box.x, y: box.y, width: area.w, height: area.h };
      const name = (view: string) => join(shots.dir, `${app.toLowerCase()}-${count}-${view}.png`);
      await showCamera(page, START_CAMERA);
      await page.waitForTimeout(300);
      await page.screenshot({ path: name('100'), clip });
      const fit = path.fit;
      await showCamera(page, {
        x: START_CAMERA.x + path.anchor.x - path.anchor.x / fit,
        y: START_CAMERA.y + path.anchor.y - path.anchor.y / fit,
        zoom: fit,
      });
      await page.waitForTimeout(300);
      await page.screenshot({ path: name('fit'), clip });
    }
    if (errors.length > 0) throw new Error(`${app} at ${count} notes: page errors: ${errors.join('; ')}`);
    return { run: { app, count, loadMs, recording, fit: path.fit }, area };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => quantile(sortedCopy(values), 0.5);

/** Each scene's stats: a slow app's few long zoom frames must not hide behind its many pan frames. */
const sceneStats = (runs: readonly Run[]) => SCENES.map((scene) => frameStats(runs, scene));

function holdsAt(runs: readonly Run[], app: AppName, sizes: readonly number[], ceiling: number): string {
  let largest: number | null = null;
  for (const count of sizes) {
    const scenes = sceneStats(runs.filter((r) => r.app === app && r.count === count));
    if (scenes.some((stats) => !stats || stats.p95 > ceiling)) break;
    largest = count;
  }
  return largest === null ? `below ${sizes[0]}` : String(largest);
}

function report(
  runs: readonly Run[],
  meta: {
    failures: string[];
    apps: AppName[];
    sizes: number[];
    reps: number;
    chromium: string;
    quick: boolean;
    loadBefore: string;
    shots: string[];
  },
): string {
  const machine = describeMachine();
  const peers = meta.apps.filter((app): app is PeerName => app !== 'Kyoso');
  const of = (app: AppName, count: number) => runs.filter((r) => r.app === app && r.count === count);
  const frameRows: string[][] = [];
  for (const count of meta.sizes)
    for (const scene of [...SCENES, null]) {
      const kyoso = frameStats(of('Kyoso', count), scene);
      const row = [String(count), scene ?? 'all'];
      row.push(kyoso ? fmt(kyoso.p50) : '–', kyoso ? fmt(kyoso.p95) : '–', kyoso ? fmt(kyoso.fps) : '–');
      for (const peer of peers) {
        const stats = frameStats(of(peer, count), scene);
        row.push(stats ? fmt(stats.p95) : '–', stats ? fmt(stats.fps) : '–');
      }
      for (const peer of peers) {
        const stats = frameStats(of(peer, count), scene);
        row.push(stats && kyoso ? ratio(stats.p95, kyoso.p95) : '–');
      }
      frameRows.push(row);
    }
  const frameHeader = [
    'N',
    'scene',
    'Kyoso p50 ms',
    'p95 ms',
    'fps',
    ...peers.flatMap((peer) => [`${peer} p95 ms`, 'fps']),
    ...peers.map((peer) => `p95 ${peer}/Kyoso`),
  ];
  const loadCell = (app: AppName, count: number) => {
    const loads = of(app, count).map((r) => r.loadMs / 1000);
    return loads.length
      ? `${fmt(median(loads), 2)} (${fmt(Math.min(...loads), 2)}–${fmt(Math.max(...loads), 2)})`
      : '–';
  };
  const loadRows = meta.sizes.map((count) => {
    const kyoso = median(of('Kyoso', count).map((r) => r.loadMs));
    return [
      String(count),
      ...meta.apps.map((app) => loadCell(app, count)),
      ...peers.map((peer) => {
        const loads = of(peer, count).map((r) => r.loadMs);
        return loads.length ? ratio(median(loads), kyoso) : '–';
      }),
    ];
  });
  const holdRows = meta.apps.map((app) => [
    app,
    holdsAt(runs, app, meta.sizes, HOLDS[60]),
    holdsAt(runs, app, meta.sizes, HOLDS[30]),
  ]);
  const zoomRows = meta.sizes.flatMap((count) =>
    meta.apps
      .filter((app) => of(app, count).length > 0)
      .map((app) => {
        const mine = of(app, count);
        return [
          String(count),
          app,
          String(mine.length),
          fmt(mine[0]!.fit, 3),
          fmt(Math.min(...mine.map((r) => r.recording.minZoom)), 3),
        ];
      }),
  );
  const goal = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'not met');
  const zoomOut = frameStats(of('Kyoso', GOALS.zoomOutAt), 'zoom out');
  const load = of('Kyoso', GOALS.loadAt).map((r) => r.loadMs);
  const huge = sceneStats(of('Kyoso', GOALS.fps30At));
  const slowest = huge.every((stats) => stats) ? huge.reduce((a, b) => (b!.fps < a!.fps ? b : a)) : null;
  return [
    `# render${meta.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.nproc} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; ${meta.chromium}; ${machine.date}; load average ${meta.loadBefore} before the run, ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} after.`,
    '',
    `Chromium runs headless with \`--disable-gpu\` (software rasterisation on the CPU, sharing ${machine.nproc} cores with Kyoso's server and this process), so absolute times are pessimistic; compare the apps within this run. The address bar's WebUI popups, which headless Chromium otherwise preloads in a renderer of its own for every new context (about 2 s of CPU while a page loads), are switched off (\`--disable-features=WebUIOmniboxPopup,…\`) for every app alike.`,
    '',
    '## Method',
    '',
    `- **Scene**: N sticky notes of 200×160 in a square grid with 40 px gaps, short Japanese/English texts, alternately yellow (company a) and blue (company b). **Kyoso**: the real client (\`vite build\` of client/ with \`VITE_KYOSO_BENCH=1\`, which adds \`window.kyosoBench\`), the real server (SQLite in a temp directory), the board imported as a board file, opened from a member link by a returning participant (the name remembered), drafts panel closed. **Excalidraw 0.18** (rounded rectangles with bound text labels, passed as initial data) and **tldraw 5.4** (rectangle geo shapes with text, created when the editor mounts; zoom steps down to 1%), from the npm registry (\`bench/render/peers\`), each page built with Vite and served on 127.0.0.1; their notes are made in the page, Kyoso's come over the network from the server.`,
    `- **Cold load**: a fresh browser context per visit (no cache, no offline copy), each started once the machine is quiet (a 250 ms window with 85% of the cores idle: the previous app's processes outlive its context for a while); milliseconds from navigation to the frame after the one in which the app's model first holds all N notes (the frame that draws them). Median of ${meta.reps} (min–max). Kyoso's includes joining the board and the server loading it from storage (the peers run for more than the 10 s after which an unused board is unloaded), sending it and the page applying it; the peers make their notes in the page.`,
    `- **Camera path**: viewport ${VIEWPORT.width}×${VIEWPORT.height}, device scale 1; every app draws in an area the size of Kyoso's canvas, starting at 100% with world (0, 0) ${START_CAMERA.x * -1} px from the corner. Each requestAnimationFrame the page computes the camera for that instant of a ${SCRIPT_SECONDS}-second path and sets it through the app's own API (Kyoso \`stores.camera\`, Excalidraw \`updateScene\`, tldraw \`setCamera\`): 2 s of panning at 100% (2400×1200 px and back, eased), 1.5 s zooming out about world (0, 0) until the whole grid is in view ("fit"), 1.5 s back in. Every app shows the same view at the same instant; a slow app shows fewer frames of it. Frame time = the gap between consecutive frames, assigned to the scene in which the gap began; p50/p95 by nearest rank, fps = frames / time, pooled over ${meta.reps} repetitions. Apps run interleaved (the order rotates per repetition) after 1 s at rest.`,
    `- A peer whose p95 passes ${GIVE_UP.p95Ms} ms or whose load passes ${GIVE_UP.loadMs / 1000} s at one size is not measured at larger ones ("–"). "Holds 60 fps": in every scene the p95 frame time ≤ ${HOLDS[60]} ms, at that size and every smaller one; 30 fps: ≤ ${HOLDS[30]} ms (smooth, not only fast on average). The goal of 50,000 notes at 30 fps asks for 30 frames a second or more in every scene. Ratios above 1 mean Kyoso is faster.`,
    '',
    '## Frame times',
    '',
    markdownTable(frameHeader, frameRows),
    '',
    '## Cold load to the first full paint (s)',
    '',
    markdownTable(['N', ...meta.apps, ...peers.map((peer) => `${peer}/Kyoso`)], loadRows),
    '',
    '## Largest board held',
    '',
    markdownTable(['app', '60 fps', '30 fps'], holdRows),
    '',
    '## Goals (Kyoso)',
    '',
    markdownTable(
      ['goal', 'measured', ''],
      [
        [
          `zoom-out p95 ≤ ${GOALS.zoomOutP95Ms} ms at ${GOALS.zoomOutAt} notes`,
          zoomOut ? `${fmt(zoomOut.p95)} ms` : '–',
          goal(zoomOut ? zoomOut.p95 <= GOALS.zoomOutP95Ms + 0.5 : null),
        ],
        [
          `cold load of ${GOALS.loadAt} notes < ${GOALS.loadMs / 1000} s`,
          load.length ? `${fmt(median(load) / 1000, 2)} s` : '–',
          goal(load.length ? median(load) < GOALS.loadMs : null),
        ],
        [
          `${GOALS.fps30At} notes at 30 fps`,
          slowest ? `slowest scene ${fmt(slowest.fps)} fps (its p95 ${fmt(slowest.p95)} ms)` : '–',
          goal(slowest ? slowest.fps >= 30 : null),
        ],
      ],
    ),
    '',
    '## Zoom reached',
    '',
    'The smallest zoom each app showed against the path\'s "fit" (an app that stops above it drew fewer notes at the end of the zoom-out).',
    '',
    markdownTable(['N', 'app', 'runs', 'fit', 'min zoom'], zoomRows),
    '',
    ...(meta.failures.length
      ? ['## Failures', '', ...meta.failures.map((failure) => `- ${failure}`), '']
      : []),
    ...(meta.shots.length
      ? [
          '## Screenshots',
          '',
          'Each app at 100% and at fit, after the measured runs:',
          '',
          ...meta.shots.map((shot) => `- [${shot}](${shot})`),
          '',
        ]
      : []),
  ].join('\n');
}

export const renderBenchmark: Benchmark = {
  name: 'render',
  description:
    'cold load and frame times along one camera path, 1k–50k stickies, Kyoso vs Excalidraw and tldraw',
  options: {
    'render-sizes': {
      help: 'board sizes, e.g. 1000,5000 (default 1000,2000,5000,10000,20000,50000; quick 1000)',
      takesValue: true,
    },
    'render-reps': { help: 'repetitions per app and size (default 3; quick 1)', takesValue: true },
    'render-apps': {
      help: 'apps to run, e.g. kyoso,excalidraw (default kyoso,excalidraw,tldraw)',
      takesValue: true,
    },
    'render-shots': { help: 'sizes to take screenshots at (default 10000; quick none)', takesValue: true },
  },
  async run(context) {
    const sizes = parseList(
      'render-sizes',
      context.options.get('render-sizes'),
      context.quick ? QUICK_SIZES : SIZES,
    );
    const reps = parseList('render-reps', context.options.get('render-reps'), [context.quick ? 1 : REPS])[0]!;
    const shotSizes = parseList(
      'render-shots',
      context.options.get('render-shots'),
      context.quick ? [] : SHOT_SIZES,
    );
    const apps = parseApps(context.options.get('render-apps'));
    const loadBefore = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const work = join(context.tmpDir, 'render');
    const clientOut = join(work, 'client');
    const peersOut = join(work, 'peers');
    const shotsDir = join(context.resultsDir, context.quick ? 'render-quick' : 'render');
    mkdirSync(work, { recursive: true });
    if (apps.length > 1) await installPeers(context.rootDir, context.progress);
    context.progress("building the Kyoso client and the peers' pages (vite build)");
    await Promise.all([
      viteBuild(
        context.rootDir,
        join(context.rootDir, 'client'),
        ['--outDir', clientOut, '--emptyOutDir', '--sourcemap', 'false', '--logLevel', 'warn'],
        { VITE_KYOSO_BENCH: '1' },
      ),
      apps.length > 1 ? buildPeers(context.rootDir, peersOut) : Promise.resolve(),
    ]);
    if (shotSizes.length) {
      rmSync(shotsDir, { recursive: true, force: true });
      mkdirSync(shotsDir, { recursive: true });
    }
    let kyoso: KyosoApp | null = null;
    let peers: Awaited<ReturnType<typeof serveStatic>> | null = null;
    let browser: Browser | null = null;
    const runs: Run[] = [];
    const shots: string[] = [];
    const givenUp = new Set<AppName>();
    const failures: string[] = [];
    try {
      kyoso = await startKyoso(clientOut);
      peers = await serveStatic(peersOut);
      browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
      const chromiumName = chromiumVersion(browser);
      let area: Area | null = null;
      for (const count of sizes) {
        context.progress(`${count} notes: importing the Kyoso board`);
        const link = await kyoso.board(count);
        for (let rep = 0; rep < reps; rep++) {
          // Kyoso first in the first repetition: its canvas sets the drawing area for all.
          const order = apps.map((_, i) => apps[(i + rep) % apps.length]!);
          for (const app of order) {
            if (givenUp.has(app)) continue;
            const query = area
              ? new URLSearchParams({
                  n: String(count),
                  w: String(area.w),
                  h: String(area.h),
                  x: String(START_CAMERA.x),
                  y: String(START_CAMERA.y),
                  zoom: '1',
                })
              : null;
            if (app !== 'Kyoso' && !query) continue;
            const url = app === 'Kyoso' ? link : `${peers.url}/${PEER_PAGES[app]}?${String(query)}`;
            const takeShots = rep === 0 && shotSizes.includes(count);
            const target = { app, count, url, path: area ? cameraPath(count, area) : null, area };
            let measured: Awaited<ReturnType<typeof runOne>>;
            try {
              // Every app's cold load starts on a quiet machine, not on the last one's leftovers.
              if ((await waitForQuiet()) === null)
                context.progress(`${app} ${count}: the machine stayed busy for 15 s; measuring anyway`);
              measured = await runOne(browser, target, takeShots ? { dir: shotsDir } : null);
            } catch (error) {
              // Kyoso failing breaks the run; a peer failing is a result (it is not run again).
              if (app === 'Kyoso') throw error;
              const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
              failures.push(`${app} at ${count} notes: ${reason}`);
              context.progress(`${app} ${count}: failed (${reason}); not run at larger sizes`);
              givenUp.add(app);
              continue;
            }
            const { run } = measured;
            area ??= measured.area;
            if (takeShots)
              shots.push(
                ...['100', 'fit'].map((view) =>
                  relative(context.resultsDir, join(shotsDir, `${app.toLowerCase()}-${count}-${view}.png`)),
                ),
              );
            runs.push(run);
            const stats = frameStats([run], null);
            context.progress(
              `${app} ${count} (${rep + 1}/${reps}): load ${fmt(run.loadMs / 1000, 2)} s, p95 ${stats ? fmt(stats.p95) : '–'} ms, ${stats ? fmt(stats.fps) : '–'} fps`,
            );
          }
        }
        for (const app of apps) {
          if (app === 'Kyoso') continue;
          const mine = runs.filter((r) => r.app === app && r.count === count);
          const stats = frameStats(mine, null);
          if (
            mine.length &&
            ((stats && stats.p95 > GIVE_UP.p95Ms) || median(mine.map((r) => r.loadMs)) > GIVE_UP.loadMs)
          )
            givenUp.add(app);
        }
      }
      const text = report(runs, {
        apps,
        sizes,
        reps,
        chromium: chromiumName,
        quick: context.quick,
        loadBefore,
        shots,
        failures,
      });
      const file = join(context.resultsDir, context.quick ? 'render-quick.md' : 'render.md');
      writeFileSync(file, text);
      console.log(text.slice(text.indexOf('## Frame times')));
      context.progress(`wrote ${file}`);
      return true;
    } finally {
      await browser?.close().catch(() => undefined);
      await peers?.close();
      await kyoso?.close();
      rmSync(clientOut, { recursive: true, force: true });
    }
  },
};
