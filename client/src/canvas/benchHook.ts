// `window.kyosoBench`: the render benchmark's handle on the canvas (bench/render), present only in
// a client built with VITE_KYOSO_BENCH=1 (the benchmark's own build). It sets the camera directly,
// as the peers' pages do through their editors' APIs, so every app follows the same camera path
// frame by frame; the shipped client has none of it (the flag is constant-folded away).
import type { BoardSession } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import type { Camera } from './viewport';

export interface KyosoBenchHandle {
  /** Shapes the canvas has to draw (cheap: no reading of the document). */
  count(): number;
  viewport(): Camera;
  setViewport(camera: Camera): void;
}

declare global {
  interface Window {
    kyosoBench?: KyosoBenchHandle;
  }
}

/** Sets `window.kyosoBench` for this canvas; the returned function removes it. */
export function installBenchHook(session: BoardSession, stores: CanvasStores): () => void {
  const handle: KyosoBenchHandle = {
    count: () => session.shapes.all().length,
    viewport: () => stores.camera.get(),
    setViewport: (camera) => stores.camera.set({ x: camera.x, y: camera.y, zoom: camera.zoom }),
  };
  window.kyosoBench = handle;
  return () => {
    if (window.kyosoBench === handle) delete window.kyosoBench;
  };
}
