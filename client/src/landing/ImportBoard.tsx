// "Import a board file" on the start page: pick an exported board file (.json), send it, and
// show the new board's links like after creating one. A refused file shows the server's reason.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CreatedBoard } from '../api';
import { formatBytes } from '../exports/exportUrl';
import { useI18n } from '../i18n/I18nProvider';
import type { AdminTokenProps } from './adminToken';
import { uploadBoardFile, type ImportProgress } from './importBoard';
import '../exports/exports.css';

type Phase =
  { phase: 'idle' } | { phase: 'sending'; progress: ImportProgress } | { phase: 'failed'; message: string };

const titleOf = (board: CreatedBoard, fallback: string) => {
  const title = (board as unknown as { title?: unknown }).title;
  return typeof title === 'string' && title ? title : fallback;
};

export function ImportBoard({
  onImported,
  adminToken,
  onAdminToken,
}: { onImported: (board: CreatedBoard, title: string) => void } & AdminTokenProps) {
  const { t, locale } = useI18n();
  const baseId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const tokenInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<Phase>({ phase: 'idle' });
  const [refused, setNeedsToken] = useState(false);
  // A token typed in this visit (here or in the create form): the field shows it, and it is sent.
  const needsToken = refused || adminToken !== '';
  const busy = state.phase === 'sending';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setState({ phase: 'failed', message: t('import.noFile') });
      fileInput.current?.focus();
      return;
    }
    if (needsToken && !adminToken.trim()) {
      setState({ phase: 'failed', message: t('error.adminToken.required') });
      tokenInput.current?.focus();
      return;
    }
    setState({ phase: 'sending', progress: { sent: null, uploaded: false } });
    const result = await uploadBoardFile(file, {
      adminToken: needsToken ? adminToken : undefined,
      onProgress: (progress) => setState({ phase: 'sending', progress }),
    });
    if (result.ok) {
      setState({ phase: 'idle' });
      onImported(result.board, titleOf(result.board, file.name.replace(/\.json$/i, '')));
      return;
    }
    switch (result.kind) {
      case 'unauthorized':
        setNeedsToken(true);
        setState({
          phase: 'failed',
          message: result.sentToken ? t('error.adminToken.rejected') : t('error.adminToken.required'),
        });
        requestAnimationFrame(() => tokenInput.current?.focus());
        break;
      case 'invalid':
        setState({ phase: 'failed', message: t('import.refused', { message: result.message }) });
        break;
      case 'network':
        setState({ phase: 'failed', message: t('error.network') });
        break;
      case 'unexpected':
        setState({
          phase: 'failed',
          message: t('error.unexpected', {
            status: result.message ? `${result.status}: ${result.message}` : result.status,
          }),
        });
        break;
    }
  };

  const progress = state.phase === 'sending' ? state.progress : null;
  const percent = progress?.sent === null || !progress ? null : Math.round(progress.sent * 100);
  const progressText = !progress
    ? ''
    : progress.uploaded
      ? t('import.creating')
      : t('import.uploading', { percent: percent ?? 0 });

  return (
    <section className="card import-card" aria-labelledby={`${baseId}-heading`} data-testid="import-board">
      <h2 id={`${baseId}-heading`} className="import-card__title">
        {t('import.heading')}
      </h2>
      <p className="muted import-card__intro">{t('import.intro')}</p>
      <form
        className="import-card__form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-busy={busy}
      >
        <label className="button button--secondary import-card__choose" htmlFor={`${baseId}-file`}>
          {t('import.choose')}
        </label>
        <input
          ref={fileInput}
          id={`${baseId}-file`}
          className="sr-only"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          data-testid="import-file"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setState({ phase: 'idle' });
          }}
        />
        <button type="submit" className="button button--primary" disabled={busy} data-testid="import-submit">
          {busy && <span className="spinner" aria-hidden="true" />}
          {t('import.submit')}
        </button>
        {file && (
          <p className="import-card__file" data-testid="import-chosen">
            {t('import.chosen', { name: file.name, size: formatBytes(file.size, locale) })}
          </p>
        )}
        {needsToken && (
          <div className="field import-card__token">
            <label className="field__label" htmlFor={`${baseId}-token`}>
              {t('form.adminToken.label')}
            </label>
            <input
              ref={tokenInput}
              id={`${baseId}-token`}
              className="input"
              type="password"
              value={adminToken}
              autoComplete="off"
              spellCheck={false}
              data-testid="import-admin-token"
              onChange={(event) => onAdminToken(event.target.value)}
            />
          </div>
        )}
      </form>
      {progress && (
        <div className="export-progress import-card__progress" data-testid="import-progress">
          <div
            className={`export-progress__bar${percent === null || progress.uploaded ? ' export-progress__bar--indeterminate' : ''}`}
            role="progressbar"
            aria-label={t('import.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent === null || progress.uploaded ? undefined : percent}
            aria-valuetext={progressText}
          >
            <span style={percent === null || progress.uploaded ? undefined : { width: `${percent}%` }} />
          </div>
          <p className="export-progress__text" aria-live="polite">
            {progressText}
          </p>
        </div>
      )}
      {state.phase === 'failed' && (
        <p className="alert alert--error" role="alert" data-testid="import-error">
          {state.message}
        </p>
      )}
    </section>
  );
}
