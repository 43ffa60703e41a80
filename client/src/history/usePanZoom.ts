// Pan and zoom for the version preview: drag moves, the wheel zooms about the pointer, and
// "fit" shows the whole picture. A CSS transform on the image: no canvas needed for a look.
import { useCallback, useRef, useState, type PointerEvent, type WheelEvent } from 'react';

export interface View {
  x: number;
  y: number;
  scale: number;
}

const MIN = 0.1;
const MAX = 8;
const clamp = (scale: number) => Math.min(MAX, Math.max(MIN, scale));

/** The view that shows a `w`×`h` picture whole and centred in a `vw`×`vh` box. */
export function fitView(w: number, h: number, vw: number, vh: number, margin = 16): View {
  if (w <= 0 || h <= 0 || vw <= 0 || vh <= 0) return { x: 0, y: 0, scale: 1 };
  const scale = clamp(Math.min((vw - 2 * margin) / w, (vh - 2 * margin) / h));
  return { x: (vw - w * scale) / 2, y: (vh - h * scale) / 2, scale };
}

/** Zooms by `factor` keeping the point (px, py) of the box where it is. */
export function zoomView(view: View, factor: number, px: number, py: number): View {
  const scale = clamp(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k };
}

export function usePanZoom() {
  const [view, setView] = useState<View>({ x: 0, y: 0, scale: 1 });
  const drag = useRef<{ id: number; x: number; y: number } | null>(null);

  const onWheel = useCallback((event: WheelEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const factor = Math.exp(-event.deltaY * 0.0015);
    setView((current) => zoomView(current, factor, event.clientX - box.left, event.clientY - box.top));
  }, []);
  const onPointerDown = useCallback((event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
  }, []);
  const onPointerMove = useCallback((event: PointerEvent<HTMLElement>) => {
    const from = drag.current;
    if (!from || from.id !== event.pointerId) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    drag.current = { ...from, x: event.clientX, y: event.clientY };
    setView((current) => ({ ...current, x: current.x + dx, y: current.y + dy }));
  }, []);
  const onPointerUp = useCallback(() => {
    drag.current = null;
  }, []);

  return {
    view,
    setView,
    handlers: { onWheel, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  };
}
