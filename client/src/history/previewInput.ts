// What a version preview draws: an ExportInput built from the open board (title, companies) and
// the version's shapes, with no ledger, locks or drafts: the preview shows the canvas as it was.
// The shapes pass through a scratch document first, so only valid shapes reach the drawing.
import {
  readShapes,
  restoreShapes,
  type BoardId,
  type Company,
  type ExportInput,
  type Locale,
} from '@kyoso/shared';
import * as Y from 'yjs';

export interface PreviewBoard {
  id: BoardId;
  title: string;
  companies: readonly Company[];
  locale: Locale;
}

/** Throws when the shapes are not a valid board (the preview then says so). */
export function previewInput(board: PreviewBoard, shapes: readonly unknown[], at: string): ExportInput {
  const scratch = new Y.Doc();
  restoreShapes(scratch, { shapes: shapes as never }, null);
  return {
    board: {
      id: board.id,
      title: board.title,
      locale: board.locale,
      template: 'blank',
      companies: [...board.companies],
    },
    shapes: readShapes(scratch).shapes,
    ledger: [],
    control: { phases: [], lockFrames: false, locked: [] },
    drafts: {},
    exportedAt: at,
  };
}
