// tldraw 5.4 showing the benchmark's notes: each a solid rectangle geo shape with its text (tldraw's
// notes have a fixed square size), created in one call when the editor mounts. The camera is set
// with `setCamera` (tldraw's camera is the negated world point at the corner); the zoom steps go
// down to 1% so that the largest boards fit, as in Kyoso, and a page may hold more than tldraw's
// default 4,000 shapes.
import { createShapeId, Tldraw, toRichText, type Editor, type TLShapePartial } from 'tldraw';
import 'tldraw/tldraw.css';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { createRoot } from 'react-dom/client';
import { noteAt } from '../../layout';
import { pageParams } from '../page';

const { count, width, height, camera } = pageParams();
// Fonts and icons bundled with the page: the benchmark talks to 127.0.0.1 only, never a CDN.
const assetUrls = getAssetUrlsByImport();

function shapes(): TLShapePartial[] {
  return Array.from({ length: count }, (_, index) => {
    const note = noteAt(index, count);
    return {
      id: createShapeId(`note-${index}`),
      type: 'geo',
      x: note.x,
      y: note.y,
      props: {
        geo: 'rectangle',
        w: note.w,
        h: note.h,
        fill: 'solid',
        color: note.company === 'a' ? 'yellow' : 'light-blue',
        size: 's',
        font: 'sans',
        richText: toRichText(note.text),
      },
    };
  });
}

function connect(editor: Editor) {
  editor.createShapes(shapes());
  editor.setCamera({ x: -camera.x, y: -camera.y, z: camera.zoom }, { immediate: true, force: true });
  window.benchApp = {
    count: () => editor.getCurrentPageShapeIds().size,
    viewport: () => {
      const cam = editor.getCamera();
      return { x: -cam.x, y: -cam.y, zoom: cam.z };
    },
    setViewport: (cam) =>
      editor.setCamera({ x: -cam.x, y: -cam.y, z: cam.zoom }, { immediate: true, force: true }),
  };
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <div data-testid="canvas" style={{ width, height, position: 'relative' }}>
      <Tldraw
        assetUrls={assetUrls}
        options={{ maxShapesPerPage: 100_000 }}
        onMount={connect}
        cameraOptions={{ zoomSteps: [0.01, 0.1, 0.25, 0.5, 1, 2, 4, 8] }}
      />
    </div>,
  );
