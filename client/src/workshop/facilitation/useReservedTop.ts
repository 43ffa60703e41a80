// The phase bar sits top centre, where the property bar and the observers' notice also sit:
// while it is shown, its bottom edge is published on the board area as `--facilitation-top`
// and those panels move below it (see facilitation.css).
import { useLayoutEffect, type RefObject } from 'react';

const GAP_PX = 8;

export function useReservedTop(element: RefObject<HTMLElement | null>, active: boolean): void {
  useLayoutEffect(() => {
    const node = element.current;
    const area = node?.closest<HTMLElement>('.board-area');
    if (!active || !node || !area) return;
    const publish = () =>
      area.style.setProperty('--facilitation-top', `${node.offsetTop + node.offsetHeight + GAP_PX}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(node);
    return () => {
      observer.disconnect();
      area.style.removeProperty('--facilitation-top');
    };
  }, [element, active]);
}
