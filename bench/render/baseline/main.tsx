// The render baseline: a plain react-konva board. One Layer, every note a listening Group of a
// Rect and a Text, no culling, no caching. Wheel pans, ctrl+wheel zooms about the pointer, with
// Kyoso's camera convention (the world point at the top-left corner, and a zoom).
// Query: ?n=<notes>&w=<stage width>&h=<stage height>&x=&y=&zoom= (the initial camera).
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Group, Layer, Rect, Stage, Text } from 'react-konva';
import { MAX_ZOOM, MIN_ZOOM, noteAt, wheelZoomFactor } from '../layout.js';

interface Camera {
  x: number;
  y: number;
  zoom: number;
}

declare global {
  interface Window {
    baseline?: { count: number; viewport(): Camera };
  }
}

const params = new URLSearchParams(window.location.search);
const num = (name: string, fallback: number) => {
  const value = Number(params.get(name));
  return params.has(name) && Number.isFinite(value) ? value : fallback;
};
const COUNT = num('n', 1000);
const WIDTH = num('w', window.innerWidth);
const HEIGHT = num('h', window.innerHeight);
const FONT = "system-ui, 'Noto Sans CJK JP', sans-serif";
const COLORS = { a: { fill: '#fff4c2', stroke: '#f2c94c' }, b: { fill: '#dbeafe', stroke: '#60a5fa' } };
const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

function Board() {
  const [camera, setCamera] = useState<Camera>({ x: num('x', -80), y: num('y', -80), zoom: num('zoom', 1) });
  const cameraRef = useRef(camera);
  cameraRef.current = camera;
  const container = useRef<HTMLDivElement>(null);

  const notes = useMemo(
    () =>
      Array.from({ length: COUNT }, (_, index) => {
        const note = noteAt(index, COUNT);
        const colors = COLORS[note.company];
        return (
          <Group key={index} x={note.x} y={note.y}>
            <Rect width={note.w} height={note.h} fill={colors.fill} stroke={colors.stroke} cornerRadius={6} />
            <Text
              x={12}
              y={12}
              width={note.w - 24}
              height={note.h - 24}
              text={note.text}
              fontSize={18}
              fontFamily={FONT}
              fill="#1f2937"
              wrap="word"
            />
          </Group>
        );
      }),
    [],
  );

  useEffect(() => {
    window.baseline = { count: COUNT, viewport: () => cameraRef.current };
    const element = container.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const screen = { x: event.clientX - rect.left, y: event.clientY - rect.top };
      setCamera((cam) => {
        if (event.ctrlKey || event.metaKey) {
          const zoom = clampZoom(cam.zoom * wheelZoomFactor(event.deltaY, event.deltaMode));
          const world = { x: cam.x + screen.x / cam.zoom, y: cam.y + screen.y / cam.zoom };
          return { x: world.x - screen.x / zoom, y: world.y - screen.y / zoom, zoom };
        }
        const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
        return {
          x: cam.x + (event.deltaX * unit) / cam.zoom,
          y: cam.y + (event.deltaY * unit) / cam.zoom,
          zoom: cam.zoom,
        };
      });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  return (
    <div ref={container} data-testid="canvas" style={{ width: WIDTH, height: HEIGHT }}>
      <Stage
        width={WIDTH}
        height={HEIGHT}
        x={-camera.x * camera.zoom}
        y={-camera.y * camera.zoom}
        scaleX={camera.zoom}
        scaleY={camera.zoom}
      >
        <Layer>{notes}</Layer>
      </Stage>
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Board />);
