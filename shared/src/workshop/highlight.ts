// "Highlight the top N" of a revealed vote, as the facilitator sets it in `control`, so that every
// page dims the same cards. It belongs to one round and to the step it was set in: moving to
// another step clears it (setPhase), and a later round's results start without it.
import type * as Y from 'yjs';
import { controlMap } from './control-roots.js';

export const HIGHLIGHT_MAX = 20;

export interface VoteHighlight {
  round: number;
  /** Cards ranked this high or higher stand out; the rest are dimmed. */
  top: number;
}

const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= max;

/** Never throws: anything but a well-formed highlight reads as none. */
export function parseVoteHighlight(value: unknown): VoteHighlight | null {
  if (typeof value !== 'object' || value === null) return null;
  const { round, top } = value as Record<string, unknown>;
  return isCount(round, Number.MAX_SAFE_INTEGER) && isCount(top, HIGHLIGHT_MAX) ? { round, top } : null;
}

/** Sets (or with null clears) the highlight everyone sees. */
export function setVoteHighlight(doc: Y.Doc, highlight: VoteHighlight | null, origin: unknown): void {
  if (highlight !== null && !parseVoteHighlight(highlight))
    throw new RangeError(`a highlight is a round and a top of 1 to ${HIGHLIGHT_MAX}`);
  doc.transact(() => {
    if (highlight === null) controlMap(doc).delete('highlight');
    else controlMap(doc).set('highlight', { round: highlight.round, top: highlight.top });
  }, origin);
}
