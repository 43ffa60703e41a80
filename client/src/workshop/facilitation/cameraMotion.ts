// Moving this page's camera for someone else (following a person, a summon, the frame walk):
// smooth steps once per animation frame towards a goal that may keep changing. Any camera change
// it did not make itself (a pan, a zoom, the minimap) means the person took over: it stops and
// says so.
import type { CanvasStores } from '../../canvas/canvasStores';
import type { Camera } from '../../canvas/viewport';
import { approachCamera } from './followCamera';

export interface CameraMotion {
  /** The goal may have changed: move on towards it. */
  poke(): void;
  stop(): void;
}

export function moveCamera(
  stores: Pick<CanvasStores, 'camera' | 'size'>,
  options: {
    /** Where the camera should be now, or null to wait where it is. */
    goal: () => Camera | null;
    /** The person moved the camera themselves. */
    onTakenOver?: () => void;
    /** Stop once the goal is reached (a one-off move) rather than keep following it. */
    once?: boolean;
  },
): CameraMotion {
  let ours: Camera | null = null;
  let frame: number | null = null;
  let stopped = false;
  // A hidden tab gets no animation frames: jump there instead, so it is in place when shown.
  const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';
  const schedule = (callback: () => void) =>
    hidden() ? window.setTimeout(callback, 50) : window.requestAnimationFrame(callback);
  const cancel = (handle: number) => {
    window.clearTimeout(handle);
    window.cancelAnimationFrame(handle);
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (frame !== null) cancel(frame);
    frame = null;
    offCamera();
  };
  const step = () => {
    frame = null;
    if (stopped) return;
    const goal = options.goal();
    if (!goal) return;
    const next = hidden() ? goal : approachCamera(stores.camera.get(), goal, stores.size.get());
    ours = next;
    stores.camera.set(next);
    if (next !== goal) frame = schedule(step);
    else if (options.once) stop();
  };
  const offCamera = stores.camera.subscribe(() => {
    if (stopped || stores.camera.get() === ours) return;
    stop();
    options.onTakenOver?.();
  });
  const poke = () => {
    if (!stopped && frame === null) frame = schedule(step);
  };
  poke();
  return { poke, stop };
}
