// A bar at the top of the board (the agenda bar, the selection's property bar) publishes its
// bottom edge on the board area as a CSS custom property while it is shown, so that what must
// stay clear of it (the bars below the agenda, a tablet's or phone's panel sheet) starts below.
import { useLayoutEffect, type RefObject } from 'react';

const GAP_PX = 8;

export function useReservedTop(
  element: RefObject<HTMLElement | null>,
  active: boolean,
  property: string,
): void {
  useLayoutEffect(() => {
    const node = element.current;
    const area = node?.closest<HTMLElement>('.board-area');
    if (!active || !node || !area) return;
    const publish = () =>
      area.style.setProperty(property, `${node.offsetTop + node.offsetHeight + GAP_PX}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(node);
    return () => {
      observer.disconnect();
      area.style.removeProperty(property);
    };
  }, [element, active, property]);
}
