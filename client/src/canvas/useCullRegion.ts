// The world rectangle the content layer holds nodes for: recomputed only when the view leaves it.
import { useEffect, useRef, useState } from 'react';
import type { Rect } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import { cullRegion, needsRecull } from './culling';
import { visibleRect } from './viewport';

export function useCullRegion(stores: CanvasStores): Rect {
  const { camera, size } = stores;
  const [region, setRegion] = useState(() => cullRegion(visibleRect(camera.get(), size.get())));
  const current = useRef(region);
  useEffect(() => {
    const check = () => {
      const view = visibleRect(camera.get(), size.get());
      if (!needsRecull(current.current, view)) return;
      current.current = cullRegion(view);
      setRegion(current.current);
    };
    check();
    const offCamera = camera.subscribe(check);
    const offSize = size.subscribe(check);
    return () => {
      offCamera();
      offSize();
    };
  }, [camera, size]);
  return region;
}
