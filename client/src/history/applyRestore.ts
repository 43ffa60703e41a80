// Puts a version's shapes on the open board with the shared `restoreShapes` command, as one undo
// step of this editor's own: every peer sees it and Ctrl+Z here undoes it.
import { restoreShapes, type Shape } from '@kyoso/shared';
import type { BoardSession } from '../sync/session-types';

/** Null when applied; otherwise why not (read-only board, shapes the command refuses). */
export function applyRestore(session: BoardSession, shapes: readonly Shape[]): string | null {
  session.history.stopCapturing();
  try {
    session.run((doc, origin) => restoreShapes(doc, { shapes }, origin));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    session.history.stopCapturing();
  }
}
