// Running a board command from the UI. A command can be refused by the time it runs (someone
// deleted the shape a moment ago; the board turned read-only): the UI carries on, so the error
// is reported to the console rather than thrown into React.
import type * as Y from 'yjs';
import type { BoardSession } from '../sync/session-types';

export function runCommand<T>(session: BoardSession, command: (doc: Y.Doc, origin: unknown) => T): T | null {
  if (session.readOnly) return null;
  try {
    return session.run(command);
  } catch (error) {
    console.warn('board command refused:', error instanceof Error ? error.message : error);
    return null;
  }
}

/** Runs a command as one undo step of its own. */
export function runStep<T>(session: BoardSession, command: (doc: Y.Doc, origin: unknown) => T): T | null {
  session.history.stopCapturing();
  const result = runCommand(session, command);
  session.history.stopCapturing();
  return result;
}
