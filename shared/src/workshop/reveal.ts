// Revealing private drafts: cards move from a company's `private/<key>` document onto the shared
// board, keeping their text (without blank lines or spaces around it), kind and colour and taking
// the company's key. The server runs this
// for a member's command and records it in the ledger.
import type * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../ids.js';
import { addSticky } from '../model/commands/create.js';
import { CommandError } from '../model/commands/guards.js';
import { deleteShapes } from '../model/commands/remove.js';
import { readShapes } from '../model/shape.js';
import { shapesMap } from '../model/roots.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import { layoutReveal } from './reveal-layout.js';

export const MAX_REVEAL = 500;

export interface RevealArgs {
  company: CompanyKey;
  /** The draft cards to reveal, or every one of them. */
  cards: readonly ShapeId[] | 'all';
}

/** Drafts in a private document, in their stored order (kind groups are the reader's job). */
export function readDrafts(privateDoc: Y.Doc): StickyShape[] {
  return readShapes(privateDoc).shapes.filter((s): s is StickyShape => s.type === 'sticky');
}

/**
 * Moves the chosen drafts onto the board. Returns the ids revealed. Unknown ids are refused (the
 * whole reveal changes nothing); a draft already on the board (an earlier reveal that was cut
 * short) is only removed from the drafts.
 */
export function revealDrafts(
  privateDoc: Y.Doc,
  contentDoc: Y.Doc,
  args: RevealArgs,
  origin: unknown,
): ShapeId[] {
  const drafts = readDrafts(privateDoc);
  let chosen: StickyShape[];
  if (args.cards === 'all') {
    chosen = drafts;
  } else {
    if (args.cards.length > MAX_REVEAL) throw new CommandError(`at most ${MAX_REVEAL} cards per reveal`);
    const byId = new Map(drafts.map((d) => [d.id, d]));
    chosen = [...new Set(args.cards)].map((id) => {
      const draft = byId.get(id);
      if (!draft)
        throw new CommandError(`no draft card ${String(id).slice(0, 64)} in this company's private area`);
      return draft;
    });
  }
  if (chosen.length === 0) return [];
  const onBoard = shapesMap(contentDoc);
  const fresh = chosen.filter((card) => !onBoard.has(card.id));
  const positions = layoutReveal(fresh, readShapes(contentDoc).shapes, args.company);
  contentDoc.transact(() => {
    for (const card of fresh) {
      const at = positions.get(card.id)!;
      addSticky(
        contentDoc,
        {
          id: card.id,
          x: at.x,
          y: at.y,
          w: at.w,
          h: at.h,
          // The Enter that closed a draft (or a stray space) is not part of what was said: it
          // would stay on the shared card and make an export's cell two lines.
          text: card.text.trim(),
          kind: card.kind,
          color: card.color,
          company: args.company,
        },
        origin,
      );
    }
  }, origin);
  deleteShapes(privateDoc, { ids: chosen.map((c) => c.id) }, origin);
  return chosen.map((c) => c.id);
}
