// Asks for the name others will see (once per browser; changeable later from the presence list).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../ui/Dialog';
import { MAX_DISPLAY_NAME, normalizeName } from './displayName';
import { JoiningFacts, type Joining } from './JoiningFacts';

interface NameDialogProps {
  initial: string;
  /** What the person joins: shown the first time, so they know they opened the right link. */
  joining?: Joining | null;
  /** First visit: the board opens after this; no cancelling. */
  first: boolean;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

export function NameDialog({ initial, joining, first, onSubmit, onCancel }: NameDialogProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const errorId = useId();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = normalizeName(value);
    if (!name) {
      setError(true);
      input.current?.focus();
      return;
    }
    onSubmit(name);
  };

  return (
    // The first time, the name is needed before the board opens: nothing dismisses the dialog.
    <Dialog labelledBy={titleId} onDismiss={first ? undefined : onCancel} dismissOnBackdrop={false}>
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog__title">
          {first ? t('name.title') : t('name.change')}
        </h2>
        {first && joining && <JoiningFacts joining={joining} />}
        <p className="muted">{t('name.body')}</p>
        {first && joining?.admission && (
          <p className="muted" data-testid="name-admission">
            {t('name.admission')}
          </p>
        )}
        <label className="field">
          <span className="field__label">{t('name.label')}</span>
          <input
            ref={input}
            className="input"
            data-testid="name-input"
            value={value}
            maxLength={MAX_DISPLAY_NAME * 2}
            placeholder={t('name.placeholder')}
            autoComplete="name"
            aria-invalid={error}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setError(false);
            }}
          />
          {error && (
            <span id={errorId} className="field__error">
              {t('name.required')}
            </span>
          )}
        </label>
        <div className="dialog__actions">
          {!first && (
            <button type="button" className="button button--ghost" onClick={onCancel}>
              {t('name.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary" data-testid="name-submit">
            {first ? t(joining?.admission ? 'name.ask' : 'name.submit') : t('name.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
