// Moves the world layers with the camera imperatively: a pan is a transform and one redraw,
// no React render.
import type Konva from 'konva';
import { useEffect, useLayoutEffect, type RefObject } from 'react';
import type { CanvasStores } from './canvasStores';

export function useCameraTransform(
  stage: RefObject<Konva.Stage | null>,
  worldLayers: readonly RefObject<Konva.Layer | null>[],
  stores: CanvasStores,
): void {
  const apply = () => {
    const { x, y, zoom } = stores.camera.get();
    for (const layer of worldLayers) {
      layer.current?.position({ x: -x * zoom, y: -y * zoom });
      layer.current?.scale({ x: zoom, y: zoom });
    }
    stage.current?.batchDraw();
  };
  // After every render: a layer may have been re-created.
  useLayoutEffect(apply);
  useEffect(() => {
    const offCamera = stores.camera.subscribe(apply);
    const offSize = stores.size.subscribe(apply);
    return () => {
      offCamera();
      offSize();
    };
  });
}
