import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

type CopyState = 'idle' | 'copied' | 'manual';

/** Copies with the async clipboard API, else `execCommand('copy')`, else leaves the text selected. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<'copied' | 'manual'> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // denied or unavailable: fall back below
  }
  if (input) {
    input.focus();
    input.select();
    input.setSelectionRange(0, text.length);
    try {
      if (document.execCommand('copy')) return 'copied';
    } catch {
      // not supported
    }
  }
  return 'manual';
}

/** A read-only link with a copy button; `label` names the link for screen readers. */
export function CopyField({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const statusId = useId();

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <div className="copy-field">
      <input
        ref={inputRef}
        className="copy-field__input"
        type="text"
        readOnly
        value={value}
        aria-label={t('link.aria', { label })}
        aria-describedby={statusId}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="button button--secondary copy-field__button"
        aria-label={t('copy.aria', { label })}
        onClick={() => void copyText(value, inputRef.current).then(setState)}
      >
        {state === 'copied' ? t('copy.done') : t('copy.button')}
      </button>
      <span
        id={statusId}
        className={`copy-field__status copy-field__status--${state}`}
        role="status"
        aria-live="polite"
      >
        {state === 'copied' ? t('copy.done') : state === 'manual' ? t('copy.manual') : ''}
      </span>
    </div>
  );
}
