// What restoring a version would do to the board, said before anyone confirms it: how many shapes
// it removes, changes and brings back (lines left out: they follow their cards), and which
// synergy points that carry agreements it touches. A restore changes every company's work at
// once; the generic "the board goes back to this version" did not say how much.
import {
  excerpt,
  isSynergyCard,
  restoreDiff,
  type Agreements,
  type Shape,
  type ShapeId,
} from '@kyoso/shared';

export interface RestoreImpact {
  removed: number;
  changed: number;
  added: number;
  /** Titles of the synergy points with agreements that the restore removes or changes. */
  agreed: string[];
}

/** Titles are cut to this many characters. */
const MAX_TITLE = 30;

export function restoreImpact(
  current: readonly Shape[],
  target: readonly Shape[],
  agreements: Agreements,
): RestoreImpact {
  const diff = restoreDiff(current, target);
  const byId = new Map<ShapeId, Shape>();
  for (const shape of current) byId.set(shape.id, shape);
  for (const shape of target) if (!byId.has(shape.id)) byId.set(shape.id, shape);
  const notLine = (id: ShapeId) => byId.get(id)?.type !== 'connector';
  const agreed: string[] = [];
  for (const id of [...diff.removed, ...diff.changed]) {
    const shape = byId.get(id);
    if (shape && isSynergyCard(shape) && (agreements.get(id)?.size ?? 0) > 0)
      agreed.push(excerpt(shape.text.trim(), MAX_TITLE));
  }
  return {
    removed: diff.removed.filter(notLine).length,
    changed: diff.changed.filter(notLine).length,
    added: diff.added.filter(notLine).length,
    agreed,
  };
}
