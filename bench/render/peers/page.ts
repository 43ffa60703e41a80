// What the peers' pages share: the scene from the query string and the handle the benchmark's
// driver (drive.ts) uses on every page, Kyoso's included (`window.kyosoBench` there).
// Query: ?n=<notes>&w=<drawing area width>&h=<height>&x=&y=&zoom= (the starting camera, Kyoso's
// convention: the world point at the drawing area's top-left corner, and a zoom).

export interface BenchCamera {
  x: number;
  y: number;
  zoom: number;
}

export interface BenchApp {
  /** Notes the app's model holds. */
  count(): number;
  viewport(): BenchCamera;
  setViewport(camera: BenchCamera): void;
}

declare global {
  interface Window {
    benchApp?: BenchApp;
  }
}

export interface PageParams {
  count: number;
  width: number;
  height: number;
  camera: BenchCamera;
}

export function pageParams(): PageParams {
  const params = new URLSearchParams(window.location.search);
  const num = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return params.has(name) && Number.isFinite(value) ? value : fallback;
  };
  return {
    count: num('n', 1000),
    width: num('w', window.innerWidth),
    height: num('h', window.innerHeight),
    camera: { x: num('x', -80), y: num('y', -80), zoom: num('zoom', 1) },
  };
}

/** Kyoso's sticky colours for companies a and b, so that the three apps draw alike. */
export const NOTE_COLORS = {
  a: { fill: '#fff4c2', stroke: '#f2c94c' },
  b: { fill: '#dbeafe', stroke: '#60a5fa' },
} as const;
