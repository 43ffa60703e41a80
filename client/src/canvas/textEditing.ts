// Decisions for the text editor, pure. Japanese input goes through an IME: between
// compositionstart and compositionend the text is not final, Enter confirms a conversion, and
// nothing may be written to the board (or other people would see half-converted kana).
import { textDiff } from '@kyoso/shared';

export interface EditorKey {
  key: string;
  ctrl: boolean;
  meta: boolean;
  /** `KeyboardEvent.isComposing`. */
  isComposing: boolean;
  /** 229 while an IME handles the key (Safari sends keydown after compositionend with it). */
  keyCode: number;
}

export type EditorKeyAction = 'ime' | 'finish' | 'default';

/** What `editorKeyAction` reads of a key event (a DOM or React keyboard event). */
export const editorKeyOf = (event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  keyCode: number;
  nativeEvent: { isComposing: boolean };
}): EditorKey => ({
  key: event.key,
  ctrl: event.ctrlKey,
  meta: event.metaKey,
  isComposing: event.nativeEvent.isComposing,
  keyCode: event.keyCode,
});

/** `singleLine`: a frame's title, where Enter finishes instead of starting a new line. */
export function editorKeyAction(event: EditorKey, composing: boolean, singleLine = false): EditorKeyAction {
  if (composing || event.isComposing || event.keyCode === 229) return 'ime';
  if (event.key === 'Escape') return 'finish';
  if (event.key === 'Enter' && (singleLine || event.ctrl || event.meta)) return 'finish';
  return 'default';
}

/**
 * A card's text as the person leaves it: blank lines and spaces at its end go (Enter starts a new
 * line, so "Enter to finish" would otherwise store one).
 */
export const finishedText = (text: string): string => text.replace(/\s+$/u, '');

/** Where a caret at `position` in `before` belongs once the text became `after` (someone else
 * typed): text inserted before it pushes it along, text after it leaves it alone. */
export function rebasePosition(before: string, after: string, position: number): number {
  const { index, remove, insert } = textDiff(before, after);
  if (position <= index) return position;
  if (position >= index + remove) return position + insert.length - remove;
  return index + insert.length;
}

/** This user's edit (from `base` to `local`) applied on top of `current`, where someone else has
 * changed `base` meanwhile (while an IME composition kept us from writing): both edits survive. */
export function mergeEdit(base: string, local: string, current: string): string {
  if (current === base) return local;
  if (local === base) return current;
  const mine = textDiff(base, local);
  const start = rebasePosition(base, current, mine.index);
  const end = Math.max(start, rebasePosition(base, current, mine.index + mine.remove));
  return current.slice(0, start) + mine.insert + current.slice(end);
}
