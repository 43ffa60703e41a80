// The search's matches marked on the board: while the search panel lists matches (words, a
// company, a kind or a tag), each matching card or frame in view gets a highlight ring, so a
// facilitator filtering by "優先" sees at a glance where those cards are. One Konva node draws
// every ring; it keeps a constant screen width whatever the zoom.
import { isBoxShape, PALETTE } from '@kyoso/shared';
import { Shape } from 'react-konva';
import { useStore } from '../../bindings/hooks';
import type { BoardSession } from '../../sync/session-types';
import type { CanvasStores } from '../canvasStores';
import { useCullRegion } from '../useCullRegion';

export function SearchMarks({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const ids = useStore(stores.searchMarks);
  const region = useCullRegion(stores);
  useStore(session.shapes);
  if (ids.length === 0) return null;
  const rects = ids.flatMap((id) => {
    const shape = session.shapes.byId(id);
    if (!shape || !isBoxShape(shape)) return [];
    const inView =
      shape.x < region.x + region.w &&
      shape.x + shape.w > region.x &&
      shape.y < region.y + region.h &&
      shape.y + shape.h > region.y;
    return inView ? [shape] : [];
  });
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      data-testid="search-marks"
      sceneFunc={(context, node) => {
        const ctx = context._context;
        const zoom = node.getAbsoluteScale().x;
        const pad = 4 / zoom;
        ctx.strokeStyle = PALETTE.highlight;
        ctx.lineWidth = 3 / zoom;
        ctx.beginPath();
        for (const rect of rects)
          ctx.roundRect(rect.x - pad, rect.y - pad, rect.w + 2 * pad, rect.h + 2 * pad, 6 / zoom);
        ctx.stroke();
      }}
    />
  );
}
