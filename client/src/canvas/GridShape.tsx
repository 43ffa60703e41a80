// The background grid: one Konva Shape at the back of the content layer, drawing in screen space
// from the live camera (the layer's own camera transform is set aside for it), so it is redrawn
// with the layer on every camera change without any React work. Sharing the content layer's
// canvas spares a stage-sized bitmap, its allocation on load and its compositing every frame.
import { Shape } from 'react-konva';
import type { CanvasStores } from './canvasStores';
import { drawGrid } from './grid';

export function GridShape({ stores }: { stores: CanvasStores }) {
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => {
        const ctx = context._context;
        const ratio = context.getCanvas().getPixelRatio();
        ctx.save();
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        drawGrid(ctx, stores.camera.get(), stores.size.get());
        ctx.restore();
      }}
    />
  );
}
