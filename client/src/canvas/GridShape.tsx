// The background grid: one Konva Shape drawing in screen space from the live camera, redrawn with
// the stage on every camera change without any React work.
import { Shape } from 'react-konva';
import type { CanvasStores } from './canvasStores';
import { drawGrid } from './grid';

export function GridShape({ stores }: { stores: CanvasStores }) {
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => drawGrid(context._context, stores.camera.get(), stores.size.get())}
    />
  );
}
