// Changes to a company's drafts: the shared board commands run on the private document. A refused
// command (a teammate deleted the card a moment ago) is reported to the panel, never dropped.
import {
  addSticky,
  deleteShapes,
  setCompanyAndKind,
  setText,
  type CardKind,
  type ShapeId,
  type StickyShape,
} from '@kyoso/shared';
import type { DraftsChannel } from '../../sync/workshop-types';

export type DraftCommands = ReturnType<typeof createDraftCommands>;

export function createDraftCommands(drafts: DraftsChannel, report: (error: unknown) => void) {
  const run = <T>(command: Parameters<DraftsChannel['run']>[0]): T | null => {
    try {
      return drafts.run(command) as T;
    } catch (error) {
      report(error);
      return null;
    }
  };
  return {
    /** A new empty card of that kind; its id, or null when refused. Drafts have no position or company. */
    add: (kind: CardKind | null) =>
      run<ShapeId>((doc, origin) => addSticky(doc, { x: 0, y: 0, company: null, kind }, origin)),
    setText: (id: ShapeId, text: string) => run<void>((doc, origin) => setText(doc, { id, text }, origin)),
    setKind: (id: ShapeId, kind: CardKind | null) =>
      run<void>((doc, origin) => setCompanyAndKind(doc, { ids: [id], kind }, origin)),
    remove: (ids: readonly ShapeId[]) => run<ShapeId[]>((doc, origin) => deleteShapes(doc, { ids }, origin)),
    /** Puts deleted cards back as they were (undoing a delete). */
    restore: (cards: readonly StickyShape[]) =>
      run<void>((doc, origin) =>
        doc.transact(() => {
          for (const card of cards)
            addSticky(
              doc,
              {
                id: card.id,
                x: 0,
                y: 0,
                w: card.w,
                h: card.h,
                text: card.text,
                kind: card.kind,
                color: card.color,
              },
              origin,
            );
        }, origin),
      ),
  };
}
