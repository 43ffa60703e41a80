// One text field of the synergy inspector. Uncontrolled, so a teammate's change never moves the
// caret of someone typing; their change is shown when this field is not focused. Japanese input:
// nothing is written between compositionstart and compositionend, then the converted text is.
// A multi-line field grows with its text (up to its CSS max-height, then it scrolls).
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';

/** Fits a textarea's height to its text. */
function fitHeight(element: HTMLTextAreaElement): void {
  element.style.height = 'auto';
  // Not laid out (in a hidden panel): keep the rows' height.
  if (element.scrollHeight === 0) return;
  const borders = element.offsetHeight - element.clientHeight;
  element.style.height = `${element.scrollHeight + borders}px`;
}

interface SynergyTextFieldProps {
  id: string;
  value: string;
  onCommit: (value: string) => void;
  disabled: boolean;
  maxLength: number;
  placeholder?: string;
  multiline?: boolean;
  testId: string;
}

export function SynergyTextField(props: SynergyTextFieldProps) {
  const { id, value, onCommit, disabled, maxLength, placeholder, multiline, testId } = props;
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const written = useRef(value);

  const grow = () => {
    if (multiline && field.current) fitHeight(field.current);
  };
  // Once, on mount; typing and changes from others call it again.
  useLayoutEffect(grow, []);

  useEffect(() => {
    const element = field.current;
    if (!element || composing.current || document.activeElement === element) return;
    element.value = value;
    written.current = value;
    grow();
  }, [value]);

  const write = () => {
    const element = field.current;
    grow();
    if (!element || composing.current || element.value === written.current) return;
    written.current = element.value;
    onCommit(element.value);
  };

  const shared = {
    id,
    ref: field,
    className: 'synergy-field__input',
    defaultValue: value,
    disabled,
    maxLength,
    placeholder,
    'data-testid': testId,
    onChange: write,
    onBlur: write,
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: () => {
      composing.current = false;
      write();
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.nativeEvent.isComposing || event.keyCode === 229) return;
      if (event.key === 'Escape') (event.target as HTMLElement).blur();
    },
  };
  return multiline ? <textarea rows={2} {...shared} /> : <input type="text" {...shared} />;
}
