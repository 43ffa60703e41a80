// Keeps a store in step with an element's size (the stage is as big as its container).
import { useLayoutEffect, type RefObject } from 'react';
import type { ValueStore } from '../sync/store';
import type { Size } from './viewport';

export function useElementSize(element: RefObject<HTMLElement | null>, store: ValueStore<Size>): void {
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const measure = () => store.set({ w: Math.max(1, node.clientWidth), h: Math.max(1, node.clientHeight) });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [element, store]);
}
