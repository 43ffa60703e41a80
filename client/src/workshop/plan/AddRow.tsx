// A row that adds something typed: a text field (Enter adds, except while an input method is
// converting) with an add button, and anything the row needs before them (a date).
import type { ReactNode } from 'react';
import { isPlainEnter } from '../../ui/composing';

interface AddRowProps {
  value: string;
  onChange: (value: string) => void;
  onAdd: () => void;
  /** Whether adding is possible now (the field alone says so unless given). */
  ready?: boolean;
  maxLength: number;
  placeholder: string;
  label: string;
  button: string;
  testId: string;
  buttonTestId: string;
  children?: ReactNode;
}

export function AddRow(props: AddRowProps) {
  const ready = props.ready ?? props.value.trim() !== '';
  const add = () => {
    if (ready) props.onAdd();
  };
  return (
    <div className="plan-add">
      {props.children}
      <input
        type="text"
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        aria-label={props.label}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={(event) => {
          if (!isPlainEnter(event)) return;
          event.preventDefault();
          add();
        }}
      />
      <button
        type="button"
        className="button button--secondary plan-small"
        disabled={!ready}
        data-testid={props.buttonTestId}
        onClick={add}
      >
        {props.button}
      </button>
    </div>
  );
}
