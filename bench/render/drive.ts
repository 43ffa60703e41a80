// The in-page driver, the same on every page (an init script): it times the cold load and plays
// the camera path frame by frame.
//
// Each page exposes a handle (`window.benchApp` on the peers' pages, `window.kyosoBench` in
// Kyoso's bench build) with the app's own way to set its camera. Every requestAnimationFrame the
// driver computes the camera for that moment of the path and sets it, so each app shows the same
// view at the same time however it handles input, and a slow app simply shows fewer frames of
// it. Frame times are the gaps between consecutive frames; each gap belongs to the scene of the
// frame that began it.
import type { Page } from 'playwright-core';
import { boardSize } from './layout.js';

export type Scene = 'pan 100%' | 'zoom out' | 'zoom in';
export const SCENES: readonly Scene[] = ['pan 100%', 'zoom out', 'zoom in'];

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/** Where world (0, 0) sits in the drawing area at the start (and the zoom's anchor). */
export const ANCHOR = { x: 80, y: 80 };
export const START_CAMERA: Camera = { x: -ANCHOR.x, y: -ANCHOR.y, zoom: 1 };
const PAN = { x: 2400, y: 1200 };
const SECONDS = { pan: 2, zoom: 1.5, tail: 0.25 };
export const SCRIPT_SECONDS = SECONDS.pan + 2 * SECONDS.zoom;

export interface CameraPath {
  start: Camera;
  pan: { x: number; y: number };
  anchor: { x: number; y: number };
  fit: number;
  seconds: typeof SECONDS;
}

/** The path for a board of `count` notes in a drawing area of `area`: zooming out ends with the whole grid in view. */
export function cameraPath(count: number, area: { w: number; h: number }): CameraPath {
  const size = boardSize(count);
  const margin = 40;
  const fit = Math.min((area.w - ANCHOR.x - margin) / size.w, (area.h - ANCHOR.y - margin) / size.h, 1);
  return { start: START_CAMERA, pan: PAN, anchor: ANCHOR, fit: Math.max(fit, 0.02), seconds: SECONDS };
}

export const DRIVER_SCRIPT = `
(() => {
  const bench = { expected: window.__renderBenchExpected || 0, readyAt: null, paintedAt: null };
  window.__renderBench = bench;
  const app = () => window.benchApp || window.kyosoBench;
  // Cold load: the frame after the one in which the app's model first holds every note (that
  // frame draws them), as ms since navigation started.
  const watch = (time) => {
    if (bench.readyAt === null) {
      const handle = app();
      if (handle && bench.expected > 0 && handle.count() >= bench.expected) bench.readyAt = time;
    } else {
      bench.paintedAt = time;
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const ease = (u) => (u <= 0 ? 0 : u >= 1 ? 1 : u * u * (3 - 2 * u));
  const at = (path, t) => {
    const s = path.seconds;
    const zoomAbout = (zoom) => ({ x: path.start.x + path.anchor.x / path.start.zoom - path.anchor.x / zoom, y: path.start.y + path.anchor.y / path.start.zoom - path.anchor.y / zoom, zoom });
    if (t < s.pan) {
      const u = t < s.pan / 2 ? ease(t / (s.pan / 2)) : ease((s.pan - t) / (s.pan / 2));
      return { scene: 'pan 100%', camera: { x: path.start.x + u * path.pan.x, y: path.start.y + u * path.pan.y, zoom: path.start.zoom } };
    }
    const log = Math.log(path.fit);
    if (t < s.pan + s.zoom) return { scene: 'zoom out', camera: zoomAbout(Math.exp(log * ease((t - s.pan) / s.zoom))) };
    if (t < s.pan + 2 * s.zoom) return { scene: 'zoom in', camera: zoomAbout(Math.exp(log * (1 - ease((t - s.pan - s.zoom) / s.zoom)))) };
    return { scene: 'tail', camera: path.start };
  };
  bench.play = (path) => new Promise((resolve) => {
    const frames = [], scenes = [];
    let first = null, minZoom = Infinity;
    const end = path.seconds.pan + 2 * path.seconds.zoom + path.seconds.tail;
    const step = (time) => {
      if (first === null) first = time;
      const t = (time - first) / 1000;
      frames.push(time);
      if (t > end) { resolve({ frames, scenes, minZoom }); return; }
      const { scene, camera } = at(path, t);
      scenes.push(scene);
      app().setViewport(camera);
      minZoom = Math.min(minZoom, app().viewport().zoom);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  // Resolves after two frames: one to apply a change, one in which it has been drawn.
  bench.frames = (n) => new Promise((resolve) => { const go = (k) => (k === 0 ? resolve() : requestAnimationFrame(() => go(k - 1))); go(n); });
})();
`;

export interface Recording {
  /** rAF timestamps (ms), one more than scenes: the gap after frame i belongs to scenes[i]. */
  frames: number[];
  scenes: string[];
  /** The smallest zoom the app reported while following the path (its own limits may stop it). */
  minZoom: number;
}

/** Plays the camera path on a loaded page and returns what it recorded. */
export async function playPath(page: Page, path: CameraPath): Promise<Recording> {
  return (await page.evaluate(`window.__renderBench.play(${JSON.stringify(path)})`)) as Recording;
}

/** Sets the camera and resolves once the app has drawn it. */
export async function showCamera(page: Page, camera: Camera): Promise<void> {
  await page.evaluate(
    `(window.benchApp || window.kyosoBench).setViewport(${JSON.stringify(camera)}), window.__renderBench.frames(3)`,
  );
}

/** Milliseconds from navigation to the first full paint, once the page has painted every note. */
export async function loadMilliseconds(page: Page, timeoutMs: number): Promise<number> {
  // A function, not an expression string: Kyoso's content security policy forbids eval.
  await page.waitForFunction(
    () => (globalThis as { __renderBench?: { paintedAt: number | null } }).__renderBench?.paintedAt != null,
    undefined,
    {
      timeout: timeoutMs,
      polling: 100,
    },
  );
  return (await page.evaluate('window.__renderBench.paintedAt')) as number;
}
