// The facilitator's locks as the editor keeps them (from the `control` channel). What they keep
// still, together with the companies' rights, is in canvas/editRights.ts; the server enforces both.
import type { Locks, ShapeId } from '@kyoso/shared';

export const NO_LOCKS: Locks = Object.freeze({ frames: false, shapes: new Set<ShapeId>() });

export const sameLocks = (a: Locks, b: Locks): boolean =>
  a === b ||
  (a.frames === b.frames && a.shapes.size === b.shapes.size && [...a.shapes].every((id) => b.shapes.has(id)));
