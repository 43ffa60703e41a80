import { MAX_COMPANIES, MIN_COMPANIES, TEMPLATES, type Locale, type TemplateInfo } from '@kyoso/shared';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createBoard, fetchTemplates, type CreatedBoard } from '../api';
import { useI18n } from '../i18n/I18nProvider';
import {
  addCompany,
  canAddCompany,
  canRemoveCompany,
  emptyDraft,
  hasErrors,
  MAX_TITLE,
  removeCompany,
  toCreateRequest,
  validateDraft,
  type BoardDraft,
  type CompanyDraft,
  type FieldError,
} from './draft';
import { TemplatePreview } from './TemplatePreview';
import type { AdminTokenProps } from './adminToken';

function useTemplates(): { templates: readonly TemplateInfo[]; fallback: boolean } {
  const [state, setState] = useState<{ templates: readonly TemplateInfo[]; fallback: boolean }>({
    templates: TEMPLATES,
    fallback: false,
  });
  useEffect(() => {
    const abort = new AbortController();
    fetchTemplates({ signal: abort.signal }).then(
      (templates) => setState({ templates, fallback: false }),
      () => {
        // The built-in list (the same one the server serves) keeps the form usable.
        if (!abort.signal.aborted) setState({ templates: TEMPLATES, fallback: true });
      },
    );
    return () => abort.abort();
  }, []);
  return state;
}

function ErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p id={id} className="field__error">
      {t(error.key, error.vars)}
    </p>
  );
}

/** Space-separated ids for aria-describedby, skipping the absent ones. */
const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function CreateBoardForm({
  onCreated,
  adminToken,
  onAdminToken,
}: { onCreated: (board: CreatedBoard, title: string) => void } & AdminTokenProps) {
  const { t, locale: uiLocale } = useI18n();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const adminTokenRef = useRef<HTMLInputElement>(null);
  const { templates, fallback } = useTemplates();

  const [draft, setDraft] = useState<BoardDraft>(() => emptyDraft(uiLocale, TEMPLATES[0]?.id ?? 'blank'));
  const [boardLocaleChosen, setBoardLocaleChosen] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [refused, setNeedsAdminToken] = useState(false);
  // A token typed in this visit (here or in the import form): the field shows it, and it is sent.
  const needsAdminToken = refused || adminToken !== '';
  const [adminTokenError, setAdminTokenError] = useState<FieldError | undefined>(undefined);

  // Until the board language is chosen explicitly, it follows the interface language.
  useEffect(() => {
    if (!boardLocaleChosen) setDraft((d) => (d.locale === uiLocale ? d : { ...d, locale: uiLocale }));
  }, [uiLocale, boardLocaleChosen]);

  // Keep the selection valid when the server's template list arrives.
  useEffect(() => {
    setDraft((d) =>
      templates.some((tpl) => tpl.id === d.template) ? d : { ...d, template: templates[0]?.id ?? '' },
    );
  }, [templates]);

  // After a failed submit, move focus to the first field that needs attention.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const errors = attempted
    ? validateDraft(
        draft,
        templates.map((tpl) => tpl.id),
      )
    : { company: {} };
  const selectedTemplate = templates.find((tpl) => tpl.id === draft.template);

  const updateCompany = (rowId: string, patch: Partial<CompanyDraft>) =>
    setDraft((d) => ({
      ...d,
      companies: d.companies.map((c) => (c.rowId === rowId ? { ...c, ...patch } : c)),
    }));

  const onAdd = () => {
    const next = addCompany(draft);
    setDraft(next);
    const added = next.companies[next.companies.length - 1];
    if (added && next !== draft) {
      // Focus the new row's name field once it is rendered.
      requestAnimationFrame(() => document.getElementById(`${baseId}-name-${added.rowId}`)?.focus());
    }
  };

  const onRemove = (rowId: string, index: number) => {
    setDraft((d) => removeCompany(d, rowId));
    // Keep keyboard focus nearby: the row that takes its place, or the previous one.
    requestAnimationFrame(() => {
      const names = formRef.current?.querySelectorAll<HTMLInputElement>('.company-row input[type="text"]');
      names?.[Math.min(index, names.length - 1)]?.focus();
    });
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    setServerError(null);
    const validation = validateDraft(
      draft,
      templates.map((tpl) => tpl.id),
    );
    const tokenMissing = needsAdminToken && !adminToken.trim();
    setAdminTokenError(tokenMissing ? { key: 'error.adminToken.required' } : undefined);
    if (hasErrors(validation) || tokenMissing) {
      setFocusRequest((n) => n + 1);
      return;
    }

    setBusy(true);
    const result = await createBoard(toCreateRequest(draft), needsAdminToken ? { adminToken } : {});
    setBusy(false);
    if (result.ok) {
      onCreated(result.board, draft.title.trim());
      return;
    }
    switch (result.kind) {
      case 'unauthorized':
        setNeedsAdminToken(true);
        setAdminTokenError(result.sentToken ? { key: 'error.adminToken.rejected' } : undefined);
        requestAnimationFrame(() => adminTokenRef.current?.focus());
        break;
      case 'invalid':
        setServerError(t('error.server', { message: result.message || '400' }));
        break;
      case 'network':
        setServerError(t('error.network'));
        break;
      case 'unexpected':
        setServerError(
          t('error.unexpected', {
            status: result.message ? `${result.status}: ${result.message}` : result.status,
          }),
        );
        break;
    }
  }

  // Enter that only confirms a Japanese IME conversion must not submit the form.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.nativeEvent.isComposing || event.keyCode === 229))
      event.preventDefault();
  };

  const id = (name: string) => `${baseId}-${name}`;
  const invalid = attempted && (hasErrors(errors) || Boolean(adminTokenError));

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      onKeyDown={onKeyDown}
      aria-busy={busy}
    >
      {invalid && (
        <p className="alert alert--error" role="alert">
          {t('form.errorSummary')}
        </p>
      )}

      <div className="field">
        <label className="field__label" htmlFor={id('title')}>
          {t('form.title.label')}
        </label>
        <input
          id={id('title')}
          className="input"
          type="text"
          value={draft.title}
          maxLength={MAX_TITLE * 2}
          placeholder={t('form.title.placeholder')}
          autoComplete="off"
          aria-invalid={Boolean(errors.title)}
          aria-describedby={describedBy(errors.title && id('title-error'))}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
        <ErrorText id={id('title-error')} error={errors.title} />
      </div>

      <fieldset
        className="field fieldset"
        aria-describedby={describedBy(id('companies-hint'), errors.companies && id('companies-error'))}
      >
        <legend className="field__label fieldset__legend">
          {t('form.companies.legend')}
          <span className="counter">
            {t('form.companies.count', { count: draft.companies.length, max: MAX_COMPANIES })}
          </span>
        </legend>
        <p id={id('companies-hint')} className="field__hint">
          {t('form.companies.hint', { min: MIN_COMPANIES, max: MAX_COMPANIES })}
        </p>
        <ol className="company-list">
          {draft.companies.map((company, index) => {
            const n = index + 1;
            const rowErrors = errors.company[company.rowId] ?? {};
            const nameId = id(`name-${company.rowId}`);
            const colorId = id(`color-${company.rowId}`);
            return (
              <li key={company.rowId} className="company-row">
                <span className="company-row__number" aria-hidden="true">
                  {n}
                </span>
                <label className="sr-only" htmlFor={colorId}>
                  {t('form.company.color.label', { n })}
                </label>
                <input
                  id={colorId}
                  className="color-input"
                  type="color"
                  value={company.color}
                  aria-invalid={Boolean(rowErrors.color)}
                  aria-describedby={describedBy(rowErrors.color && `${colorId}-error`)}
                  onChange={(e) => updateCompany(company.rowId, { color: e.target.value })}
                />
                <label className="sr-only" htmlFor={nameId}>
                  {t('form.company.name.label', { n })}
                </label>
                <input
                  id={nameId}
                  className="input company-row__name"
                  type="text"
                  value={company.name}
                  placeholder={t('form.company.name.placeholder')}
                  autoComplete="organization"
                  aria-invalid={Boolean(rowErrors.name)}
                  aria-describedby={describedBy(rowErrors.name && `${nameId}-error`)}
                  onChange={(e) => updateCompany(company.rowId, { name: e.target.value })}
                />
                <button
                  type="button"
                  className="button button--ghost company-row__remove"
                  aria-label={t('form.company.remove.aria', { n })}
                  title={t('form.company.remove.aria', { n })}
                  disabled={!canRemoveCompany(draft)}
                  onClick={() => onRemove(company.rowId, index)}
                >
                  <span aria-hidden="true">×</span>
                  <span className="company-row__remove-text">{t('form.company.remove')}</span>
                </button>
                {(rowErrors.name || rowErrors.color) && (
                  <div className="company-row__errors">
                    <ErrorText id={`${nameId}-error`} error={rowErrors.name} />
                    <ErrorText id={`${colorId}-error`} error={rowErrors.color} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        <ErrorText id={id('companies-error')} error={errors.companies} />
        <button
          type="button"
          className="button button--secondary"
          onClick={onAdd}
          disabled={!canAddCompany(draft)}
        >
          <span aria-hidden="true">＋</span> {t('form.company.add')}
        </button>
      </fieldset>

      <div className="field-grid">
        <div className="field">
          <label className="field__label" htmlFor={id('template')}>
            {t('form.template.label')}
          </label>
          <select
            id={id('template')}
            className="input select"
            data-testid="template-select"
            value={draft.template}
            aria-invalid={Boolean(errors.template)}
            aria-describedby={describedBy(id('template-hint'), errors.template && id('template-error'))}
            onChange={(e) => setDraft({ ...draft, template: e.target.value })}
          >
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name[uiLocale]}
              </option>
            ))}
          </select>
          <p id={id('template-hint')} className="field__hint">
            {fallback ? t('form.template.fallback') : (selectedTemplate?.description[uiLocale] ?? '')}
          </p>
          <ErrorText id={id('template-error')} error={errors.template} />
          <TemplatePreview
            template={draft.template}
            companies={draft.companies}
            locale={draft.locale}
            label={t('templates.previewAlt', { name: selectedTemplate?.name[uiLocale] ?? '' })}
          />
        </div>

        <div className="field">
          <label className="field__label" htmlFor={id('locale')}>
            {t('form.locale.label')}
          </label>
          <select
            id={id('locale')}
            className="input select"
            value={draft.locale}
            aria-describedby={id('locale-hint')}
            onChange={(e) => {
              setBoardLocaleChosen(true);
              setDraft({ ...draft, locale: e.target.value as Locale });
            }}
          >
            <option value="ja" lang="ja">
              {t('lang.ja')}
            </option>
            <option value="en" lang="en">
              {t('lang.en')}
            </option>
          </select>
          <p id={id('locale-hint')} className="field__hint">
            {t('form.locale.hint')}
          </p>
        </div>
      </div>

      {needsAdminToken && (
        <div className="field field--admin">
          <label className="field__label" htmlFor={id('admin-token')}>
            {t('form.adminToken.label')}
          </label>
          <p id={id('admin-token-hint')} className="field__hint">
            {t('form.adminToken.hint')}
          </p>
          <input
            ref={adminTokenRef}
            id={id('admin-token')}
            className="input"
            type="password"
            value={adminToken}
            autoComplete="off"
            spellCheck={false}
            data-testid="admin-token"
            aria-invalid={Boolean(adminTokenError)}
            aria-describedby={describedBy(id('admin-token-hint'), adminTokenError && id('admin-token-error'))}
            onChange={(e) => {
              onAdminToken(e.target.value);
              if (adminTokenError) setAdminTokenError(undefined);
            }}
          />
          <ErrorText id={id('admin-token-error')} error={adminTokenError} />
        </div>
      )}

      {serverError && (
        <p className="alert alert--error" role="alert">
          {serverError}
        </p>
      )}

      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={busy}
          aria-disabled={busy}
        >
          {busy && <span className="spinner" aria-hidden="true" />}
          {busy ? t('form.submitting') : t('form.submit')}
        </button>
      </div>
    </form>
  );
}
