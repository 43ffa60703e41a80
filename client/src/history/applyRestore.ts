// Puts a version's shapes on the open board with the shared `restoreShapes` command, as one undo
// step of this editor's own: every peer sees it and Ctrl+Z here undoes it. A large restore goes
// in several transactions (restoreSteps.ts), kept as one step by the history however long they
// take; the version is checked whole on a scratch copy first, so a refused version changes
// nothing at all.
import { readShapes, restoreShapes, type Shape } from '@kyoso/shared';
import * as Y from 'yjs';
import type { BoardSession } from '../sync/session-types';
import { restoreSteps } from './restoreSteps';

/** Null when applied; otherwise why not (read-only board, shapes the command refuses). */
export function applyRestore(session: BoardSession, shapes: readonly Shape[]): string | null {
  try {
    restoreShapes(new Y.Doc(), { shapes }, null);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  try {
    session.history.asOneStep(() => {
      for (const step of restoreSteps(readShapes(session.doc).shapes, shapes))
        session.run((doc, origin) => restoreShapes(doc, { shapes: step }, origin));
    });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
