// A number typed in place (a KPI's target or actual figure): written when the field is left or
// Enter is pressed, cleared when emptied; full-width digits (１２３) are read as digits.
import { useEffect, useRef } from 'react';
import { isPlainEnter } from '../../ui/composing';

const parse = (text: string): number | null | undefined => {
  const plain = text.normalize('NFKC').replace(/[,，\s]/g, '');
  if (plain === '') return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
};

interface NumberFieldProps {
  id: string;
  value: number | null;
  disabled: boolean;
  label: string;
  testId: string;
  onCommit: (value: number | null) => void;
}

export function NumberField({ id, value, disabled, label, testId, onCommit }: NumberFieldProps) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const element = field.current;
    if (element && document.activeElement !== element) element.value = value === null ? '' : String(value);
  }, [value]);
  const write = () => {
    const element = field.current;
    if (!element) return;
    const next = parse(element.value);
    if (next === undefined) {
      element.setAttribute('aria-invalid', 'true');
      return;
    }
    element.removeAttribute('aria-invalid');
    if (next !== value) onCommit(next);
  };
  return (
    <input
      id={id}
      ref={field}
      type="text"
      inputMode="decimal"
      className="plan-number"
      defaultValue={value === null ? '' : String(value)}
      disabled={disabled}
      aria-label={label}
      data-testid={testId}
      onBlur={write}
      onKeyDown={(event) => {
        if (isPlainEnter(event)) write();
      }}
    />
  );
}
