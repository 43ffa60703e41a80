// The "Add a template" dialog: a gallery of the templates, each drawn as it would be laid out for
// the board's companies, with its purpose; pick one and the language of its text, and it is laid
// out to the right of what is already there, as one undo step.
import { LOCALES, TEMPLATES, type Locale } from '@kyoso/shared';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog, useDialogIds } from '../../ui/Dialog';
import { errorText, showNotice } from '../facilitation/notices';
import { addTemplate } from './addTemplate';
import { templatePreviewUrl } from './templatePreview';

const CHOICES = TEMPLATES.filter((template) => template.id !== 'blank');

export function TemplateDialog({ session, stores, onClose }: CanvasPartProps & { onClose: () => void }) {
  const { t, locale: uiLocale } = useI18n();
  const { companies } = useStore(session.meta);
  const [template, setTemplate] = useState(CHOICES[0]?.id ?? '');
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [error, setError] = useState<string | null>(null);
  // Each template drawn for these companies, in the language its text will be in.
  const previews = useMemo(
    () => new Map(CHOICES.map((choice) => [choice.id, templatePreviewUrl(choice.id, companies, locale)])),
    [companies, locale],
  );
  const { titleId } = useDialogIds();
  const dialog = useRef<HTMLDivElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = CHOICES.find((choice) => choice.id === template);
    if (!chosen) return;
    try {
      addTemplate(session, stores, chosen.id, locale);
      showNotice(stores, 'info', t('templates.added', { name: chosen.name[locale] }));
      onClose();
    } catch (failure) {
      setError(t('templates.failed', { message: errorText(failure) }));
    }
  };

  return (
    <Dialog
      ref={dialog}
      className="template-dialog"
      labelledBy={titleId}
      testId="template-dialog"
      onDismiss={onClose}
      initialFocus={() =>
        dialog.current?.querySelector<HTMLElement>('input[name="template"]:checked') ?? null
      }
    >
      <form className="dialog__form" onSubmit={submit}>
        <h2 id={titleId} className="dialog__title">
          {t('templates.title')}
        </h2>
        <p className="muted">{t('templates.intro', { count: companies.length })}</p>
        <fieldset className="template-dialog__choices">
          <legend className="template-dialog__legend">{t('templates.choose')}</legend>
          <div className="template-dialog__grid">
            {CHOICES.map((choice) => (
              <label key={choice.id} className="template-choice" data-testid={`template-choice-${choice.id}`}>
                <img
                  className="template-choice__preview"
                  src={previews.get(choice.id)}
                  alt={t('templates.previewAlt', { name: choice.name[uiLocale] })}
                  data-testid="template-preview"
                />
                <input
                  type="radio"
                  name="template"
                  value={choice.id}
                  checked={template === choice.id}
                  onChange={() => setTemplate(choice.id)}
                />
                <span className="template-choice__text">
                  <span className="template-choice__name">{choice.name[uiLocale]}</span>
                  <span className="template-choice__description">{choice.description[uiLocale]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="template-dialog__language">
          <span>{t('templates.language')}</span>
          <select
            value={locale}
            data-testid="template-locale"
            onChange={(event) => setLocale(event.target.value as Locale)}
          >
            {LOCALES.map((option) => (
              <option key={option} value={option}>
                {t(option === 'ja' ? 'lang.ja' : 'lang.en')}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <p className="alert alert--error" role="alert" data-testid="template-error">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('templates.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="template-add">
            {t('templates.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
