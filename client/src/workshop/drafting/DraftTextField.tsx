// The text of one draft card, edited in place. Japanese input: nothing is written between
// compositionstart and compositionend (Enter then confirms the conversion and must not add a card);
// outside a composition every input is written with `setText`, which writes only the difference,
// so a teammate typing in the same card at the same time keeps their words (as on the canvas,
// see canvas/TextEditor.tsx).
import { MAX_TEXT_LENGTH, type ShapeId } from '@kyoso/shared';
import { useEffect, useLayoutEffect, useRef } from 'react';
import {
  editorKeyAction,
  editorKeyOf,
  finishedText,
  mergeEdit,
  rebasePosition,
} from '../../canvas/textEditing';
import type { DraftCommands } from './draftCommands';

interface DraftTextFieldProps {
  id: ShapeId;
  /** The card's text as stored (teammates' changes arrive here). */
  text: string;
  /** The stored text right now (read at write time, not render time). */
  currentText: () => string | undefined;
  commands: DraftCommands;
  label: string;
  placeholder: string;
  hint: string;
  autoFocus: boolean;
  /** Ctrl/⌘+Enter outside a composition: the next card of the same kind. */
  onAddNext: () => void;
}

/** Grows the field to its text, so a card's whole text is always visible. */
function fitHeight(element: HTMLTextAreaElement): void {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight + 2}px`;
}

export function DraftTextField(props: DraftTextFieldProps) {
  const { id, text, currentText, commands, label, placeholder, hint, autoFocus, onAddNext } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  /** The text the field and the document last agreed on. */
  const base = useRef(text);

  /** Shows someone else's change, keeping the caret where the user's text is. */
  const replaceValue = (element: HTMLTextAreaElement, next: string) => {
    const before = element.value;
    const focused = document.activeElement === element;
    const start = rebasePosition(before, next, element.selectionStart);
    const end = rebasePosition(before, next, element.selectionEnd);
    element.value = next;
    if (focused) element.setSelectionRange(start, end);
    fitHeight(element);
  };

  const write = () => {
    const element = area.current;
    const current = currentText();
    if (!element || current === undefined) return;
    const merged = mergeEdit(base.current, element.value, current);
    if (merged !== current) commands.setText(id, merged);
    if (merged !== element.value) replaceValue(element, merged);
    base.current = merged;
  };

  /** Writes the text as the person leaves it. */
  const finish = (element: HTMLTextAreaElement) => {
    const text = finishedText(element.value);
    if (text !== element.value) replaceValue(element, text);
    write();
  };

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    element.value = base.current;
    fitHeight(element);
    if (autoFocus) element.focus({ preventScroll: false });
    // Only when mounted: later renders must not move the caret or steal the focus.
  }, []);

  // A teammate changed this card: merge it in, unless a composition is under way (changing the
  // field then would break it; compositionend merges instead).
  useEffect(() => {
    const element = area.current;
    if (!element || composing.current || text === base.current) return;
    const merged = mergeEdit(base.current, element.value, text);
    if (merged !== text) commands.setText(id, merged);
    base.current = merged;
    if (merged !== element.value) replaceValue(element, merged);
  }, [text, id, commands]);

  return (
    <textarea
      ref={area}
      className="draft-card__text"
      data-testid="draft-text"
      aria-label={label}
      placeholder={placeholder}
      title={hint}
      rows={1}
      maxLength={MAX_TEXT_LENGTH}
      spellCheck={false}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(event) => {
        composing.current = false;
        fitHeight(event.currentTarget);
        write();
      }}
      onInput={(event) => {
        fitHeight(event.currentTarget);
        if (composing.current || (event.nativeEvent as InputEvent).isComposing) return;
        write();
      }}
      onKeyDown={(event) => {
        const action = editorKeyAction(editorKeyOf(event), composing.current);
        if (action !== 'finish') return;
        event.preventDefault();
        event.stopPropagation();
        finish(event.currentTarget);
        if (event.key === 'Enter') onAddNext();
        else event.currentTarget.blur();
      }}
      onBlur={(event) => {
        if (!composing.current) finish(event.currentTarget);
      }}
    />
  );
}
