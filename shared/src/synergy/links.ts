// The cards each synergy card links: the stickies joined to it by a connector, with the side they
// are on (a connector into the synergy card links a `from` card, one out of it a `to` card).
import type { ShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import type { SynergySide } from './commands.js';

export interface LinkedCard {
  id: ShapeId;
  /** The connector joining it. */
  link: ShapeId;
  side: SynergySide;
  card: StickyShape;
}

/** Synergy card id → the cards it links, each once, in the board's order of connectors. */
export function synergyLinks(shapes: readonly Shape[]): Map<ShapeId, LinkedCard[]> {
  const cards = new Map<ShapeId, StickyShape>();
  for (const shape of shapes) if (shape.type === 'sticky') cards.set(shape.id, shape);
  const links = new Map<ShapeId, LinkedCard[]>();
  const addLink = (synergy: ShapeId, link: LinkedCard): void => {
    const list = links.get(synergy) ?? [];
    if (!list.some((entry) => entry.id === link.id)) list.push(link);
    links.set(synergy, list);
  };
  for (const shape of shapes) {
    if (shape.type !== 'connector') continue;
    const from = cards.get(shape.from);
    const to = cards.get(shape.to);
    if (!from || !to) continue;
    if (to.kind === 'synergy' && from.kind !== 'synergy')
      addLink(to.id, { id: from.id, link: shape.id, side: 'from', card: from });
    else if (from.kind === 'synergy' && to.kind !== 'synergy')
      addLink(from.id, { id: to.id, link: shape.id, side: 'to', card: to });
  }
  return links;
}
