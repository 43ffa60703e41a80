// The scripted interaction and the in-page frame recorder, the same for both pages.
//
// The recorder (an init script) keeps one requestAnimationFrame loop running while measuring and
// tags each frame with the phase of the last wheel event the page received (captured on window
// before the app's own handler): plain wheel = pan, ctrl+wheel down = zoom out, up = zoom in.
// The script sends CDP `Input.dispatchMouseEvent` wheel events at a fixed rate without waiting
// for each to be handled, as a real wheel would: when the page falls behind, Chromium queues and
// coalesces them, so the whole motion is the same on both pages and the script keeps its pace.
import type { CDPSession, Page } from 'playwright-core';
import { sleep } from '../lib/processes.js';
import { boardSize } from './layout.js';

export type Phase = 'pan' | 'zoom-out' | 'zoom-in';
export const PHASES: readonly Phase[] = ['pan', 'zoom-out', 'zoom-in'];

export const RECORDER_SCRIPT = `
(() => {
  const bench = { frames: [], phases: [], phase: 'idle', running: false, wheels: 0, deltas: {} };
  window.__renderBench = bench;
  addEventListener('wheel', (event) => {
    bench.wheels += 1;
    bench.phase = event.ctrlKey ? (event.deltaY > 0 ? 'zoom-out' : 'zoom-in') : 'pan';
    const sum = bench.deltas[bench.phase] || (bench.deltas[bench.phase] = { x: 0, y: 0, n: 0, mode: event.deltaMode });
    sum.x += event.deltaX; sum.y += event.deltaY; sum.n += 1;
  }, { capture: true, passive: true });
  const loop = (time) => {
    if (!bench.running) return;
    bench.frames.push(time);
    const view = window.kyoso || window.baseline;
    if (view) bench.minZoom = Math.min(bench.minZoom, view.viewport().zoom);
    bench.phases.push(bench.phase);
    requestAnimationFrame(loop);
  };
  bench.start = () => {
    bench.frames = []; bench.phases = []; bench.phase = 'idle'; bench.wheels = 0; bench.deltas = {}; bench.minZoom = Infinity; bench.running = true;
    requestAnimationFrame(loop);
  };
  bench.stop = () => {
    bench.running = false;
    return { frames: bench.frames, phases: bench.phases, wheels: bench.wheels, deltas: bench.deltas, minZoom: bench.minZoom };
  };
})();
`;

export const SCRIPT_SECONDS = 5;
const RATE_HZ = 60;
const PAN_EVENTS = 120; // 2 s: 1 s right and down, 1 s back
const ZOOM_EVENTS = 90; // 1.5 s out, 1.5 s back in
const PAN_STEP = { x: 50, y: 25 };
const DRAIN_TIMEOUT_MS = 60_000;

interface WheelStep {
  dx: number;
  dy: number;
  ctrl: boolean;
}

/**
 * The wheel events, relative to an anchor: the screen point (canvas px) where world (0, 0) is at
 * the start. Zooming about it takes the whole grid into view and back to the starting zoom.
 */
export function wheelScript(
  count: number,
  canvas: { w: number; h: number },
  anchor: { x: number; y: number },
) {
  const size = boardSize(count);
  const margin = 40;
  const fit = Math.min((canvas.w - anchor.x - margin) / size.w, (canvas.h - anchor.y - margin) / size.h, 1);
  // Each ctrl+wheel event zooms by exp(-deltaY * 0.01) in both apps.
  const zoomDelta = Math.log(1 / Math.max(fit, 0.02)) / 0.01 / ZOOM_EVENTS;
  const steps: WheelStep[] = [];
  for (let i = 0; i < PAN_EVENTS; i++) {
    const sign = i < PAN_EVENTS / 2 ? 1 : -1;
    steps.push({ dx: sign * PAN_STEP.x, dy: sign * PAN_STEP.y, ctrl: false });
  }
  for (let i = 0; i < ZOOM_EVENTS; i++) steps.push({ dx: 0, dy: zoomDelta, ctrl: true });
  for (let i = 0; i < ZOOM_EVENTS; i++) steps.push({ dx: 0, dy: -zoomDelta, ctrl: true });
  return { steps, fitZoom: fit, zoomDelta };
}

export interface Recording {
  /** rAF timestamps (ms) and the phase each frame belongs to. */
  frames: number[];
  phases: string[];
  /** Wheel events the page saw (fewer than sent when Chromium coalesced them). */
  wheelsSeen: number;
  wheelsSent: number;
  /** Seconds from the first event sent to the last one handled. */
  scriptSeconds: number;
  /** The smallest zoom a frame showed (the script aims at the whole grid: `fitZoom`). */
  minZoom: number;
}

/** Plays the script at `origin` (page px of world (0, 0)) and returns what the page recorded. */
export async function playScript(
  page: Page,
  cdp: CDPSession,
  steps: readonly WheelStep[],
  origin: { x: number; y: number },
): Promise<Recording> {
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: origin.x, y: origin.y });
  await page.evaluate('window.__renderBench.start()');
  await sleep(250);
  const interval = 1000 / RATE_HZ;
  const started = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < steps.length; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const step = steps[i]!;
    pending.push(
      cdp.send('Input.dispatchMouseEvent', {
        type: 'mouseWheel',
        x: origin.x,
        y: origin.y,
        deltaX: step.dx,
        deltaY: step.dy,
        modifiers: step.ctrl ? 2 : 0,
      }),
    );
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(pending),
    new Promise((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new Error(`the page did not handle the wheel events within ${DRAIN_TIMEOUT_MS / 1000} s`)),
        DRAIN_TIMEOUT_MS,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  const scriptSeconds = (performance.now() - started) / 1000;
  await sleep(250);
  const result = (await page.evaluate('window.__renderBench.stop()')) as {
    frames: number[];
    phases: string[];
    wheels: number;
    minZoom: number;
  };
  return { ...result, wheelsSeen: result.wheels, wheelsSent: steps.length, scriptSeconds };
}
