// Which agreements a card's text is part of: its own (any card can be agreed), and those of the
// synergy points it is linked to (a point's agreement covers its linked cards' texts). Editing
// such a card makes those agreements "changed since agreed", so the editor says so first.
import { synergyLinks, type Shape, type ShapeId } from '@kyoso/shared';

/** The agreed cards and synergy points whose agreed content includes `id`'s text. */
export function agreedContentOf(
  shapes: readonly Shape[],
  id: ShapeId,
  hasAgreements: (card: ShapeId) => boolean,
): ShapeId[] {
  const card = shapes.find((shape) => shape.id === id);
  if (!card || card.type !== 'sticky') return [];
  const found = hasAgreements(id) ? [id] : [];
  if (card.kind === 'synergy') return found;
  for (const [point, linked] of synergyLinks(shapes))
    if (hasAgreements(point) && linked.some((entry) => entry.id === id)) found.push(point);
  return found;
}
