// What moves when shapes are dragged, pure: the box shapes themselves and everything inside a
// dragged frame (as `moveShapes` will move them on drop). Connectors are drawn from their ends.
import { childrenOfFrame, isBoxShape, type Shape, type ShapeId } from '@kyoso/shared';

export function dragTargets(
  ids: readonly ShapeId[],
  byId: (id: ShapeId) => Shape | undefined,
  all: readonly Shape[],
): ShapeId[] {
  const out = new Set<ShapeId>();
  for (const id of ids) {
    const shape = byId(id);
    if (!shape || !isBoxShape(shape)) continue;
    out.add(id);
    if (shape.type === 'frame') for (const child of childrenOfFrame(shape, all)) out.add(child);
  }
  return [...out];
}
