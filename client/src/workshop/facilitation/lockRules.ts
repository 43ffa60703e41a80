// What the facilitator's locks keep still, pure. Locks live in the `control` channel and every
// client's editor honours them: they protect a board against accidents (a frame dragged by a
// stray click, a card deleted by mistake), not against a hostile client, which could still write
// to the content channel. The server does not enforce them.
import { childrenOfFrame, isShapeLocked, type Locks, type Shape, type ShapeId } from '@kyoso/shared';

export const NO_LOCKS: Locks = Object.freeze({ frames: false, shapes: new Set<ShapeId>() });

export const sameLocks = (a: Locks, b: Locks): boolean =>
  a === b ||
  (a.frames === b.frames && a.shapes.size === b.shapes.size && [...a.shapes].every((id) => b.shapes.has(id)));

type ById = (id: ShapeId) => Shape | undefined;

export function isLockedId(id: ShapeId, byId: ById, locks: Locks): boolean {
  const shape = byId(id);
  return !!shape && isShapeLocked(shape, locks);
}

/** The ids that may be changed (restyled, reordered, edited): the unlocked ones. */
export function unlockedIds(ids: readonly ShapeId[], byId: ById, locks: Locks): ShapeId[] {
  return ids.filter((id) => !isLockedId(id, byId, locks));
}

/**
 * The shapes a move may take along: a locked shape stays, and so does a frame holding a locked
 * shape (moving a frame moves what is inside it). `refused` says something was kept back.
 */
export function movableIds(
  ids: readonly ShapeId[],
  byId: ById,
  all: readonly Shape[],
  locks: Locks,
): { ids: ShapeId[]; refused: boolean } {
  const movable = ids.filter((id) => {
    const shape = byId(id);
    if (!shape || isShapeLocked(shape, locks)) return false;
    return (
      shape.type !== 'frame' || childrenOfFrame(shape, all).every((child) => !isLockedId(child, byId, locks))
    );
  });
  return { ids: movable, refused: movable.length < ids.filter((id) => byId(id)).length };
}

/**
 * The shapes a delete may remove: not a locked one, nor one at the end of a locked connector
 * (deleting a shape deletes the connectors attached to it).
 */
export function deletableIds(
  ids: readonly ShapeId[],
  byId: ById,
  all: readonly Shape[],
  locks: Locks,
): { ids: ShapeId[]; refused: boolean } {
  const anchored = new Set<ShapeId>();
  for (const shape of all)
    if (shape.type === 'connector' && isShapeLocked(shape, locks)) {
      anchored.add(shape.from);
      anchored.add(shape.to);
    }
  const present = ids.filter((id) => byId(id));
  const deletable = present.filter((id) => !isLockedId(id, byId, locks) && !anchored.has(id));
  return { ids: deletable, refused: deletable.length < present.length };
}
