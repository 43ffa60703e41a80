// Excalidraw 0.18 showing the benchmark's notes: each a solid rounded rectangle with its text as
// a bound label (Excalidraw's sticky note), the whole scene passed as initial data. The camera is
// set through `updateScene` (Excalidraw's scroll is the negated world point at the corner).
import { convertToExcalidrawElements, Excalidraw } from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import { createRoot } from 'react-dom/client';
import { noteAt } from '../../layout';
import { NOTE_COLORS, pageParams, type BenchCamera } from '../page';

type Api = Parameters<NonNullable<Parameters<typeof Excalidraw>[0]['excalidrawAPI']>>[0];

const { count, width, height, camera } = pageParams();

function elements() {
  return convertToExcalidrawElements(
    Array.from({ length: count }, (_, index) => {
      const note = noteAt(index, count);
      const colors = NOTE_COLORS[note.company];
      return {
        type: 'rectangle' as const,
        x: note.x,
        y: note.y,
        width: note.w,
        height: note.h,
        backgroundColor: colors.fill,
        strokeColor: colors.stroke,
        fillStyle: 'solid' as const,
        roughness: 0,
        roundness: { type: 3 },
        label: { text: note.text, fontSize: 18 },
      };
    }),
  );
}

const toScroll = (cam: BenchCamera) => ({
  scrollX: -cam.x,
  scrollY: -cam.y,
  zoom: { value: cam.zoom as never },
});

function connect(api: Api) {
  window.benchApp = {
    count: () => api.getSceneElements().filter((element) => element.type === 'rectangle').length,
    viewport: () => {
      const state = api.getAppState();
      return { x: -state.scrollX, y: -state.scrollY, zoom: state.zoom.value };
    },
    setViewport: (cam) => api.updateScene({ appState: toScroll(cam) }),
  };
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <div data-testid="canvas" style={{ width, height, position: 'relative' }}>
      <Excalidraw
        excalidrawAPI={connect}
        initialData={{
          elements: elements(),
          appState: { ...toScroll(camera), viewBackgroundColor: '#ffffff' },
        }}
      />
    </div>,
  );
