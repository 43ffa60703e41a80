// The export dialog: pick a format (each with one line on what it is for), its scope and paper,
// and the file's language (the interface's first), then download with the board token while a
// progress bar shows how far it is. Esc cancels a running download, or else closes.
import { LOCALES, type ExportFormat, type Locale, type PaperSize, type PdfPages } from '@kyoso/shared';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useBackOnline } from '../bindings/useBackOnline';
import { useStore } from '../bindings/hooks';
import type { CanvasPartProps } from '../canvas/canvasActions';
import { useI18n, type TranslateFn } from '../i18n/I18nProvider';
import { Dialog } from '../ui/Dialog';
import { exportUrl, formatBytes } from './exportUrl';
import { frameChoices, preselectedFrame } from './frameChoices';
import { DIALOG_FORMATS, takesLanguage, takesScope } from './formats';
import { isBusy, useDownload, type DownloadState } from './useDownload';
import './exports.css';

function StatusLine({
  state,
  t,
  locale,
}: { state: DownloadState } & Pick<ReturnType<typeof useI18n>, 't' | 'locale'>) {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'preparing':
    case 'receiving': {
      const progress = state.phase === 'receiving' ? state.progress : null;
      const ratio = progress?.total ? Math.min(1, progress.received / progress.total) : null;
      const text = !progress
        ? t('exports.preparing')
        : progress.total
          ? t('exports.progress', {
              received: formatBytes(progress.received, locale),
              total: formatBytes(progress.total, locale),
            })
          : t('exports.progressUnknown', { received: formatBytes(progress.received, locale) });
      return (
        <div className="export-progress" data-testid="export-progress">
          <div
            className={`export-progress__bar${ratio === null ? ' export-progress__bar--indeterminate' : ''}`}
            role="progressbar"
            aria-label={t('exports.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={ratio === null ? undefined : Math.round(ratio * 100)}
            aria-valuetext={text}
          >
            <span style={ratio === null ? undefined : { width: `${ratio * 100}%` }} />
          </div>
          <p className="export-progress__text" aria-live="polite">
            {text}
          </p>
        </div>
      );
    }
    case 'saved':
      return (
        <p className="alert alert--success export-status" role="status" data-testid="export-done">
          {t('exports.done', { name: state.fileName })}
        </p>
      );
    case 'cancelled':
      return (
        <p className="muted export-status" role="status">
          {t('exports.cancelled')}
        </p>
      );
    case 'failed':
      return (
        <p className="alert alert--error export-status" role="alert" data-testid="export-error">
          {state.status === 0
            ? t('exports.network')
            : t('exports.failed', {
                // The server's reasons are English; the one a person meets in normal use is said in theirs.
                message: state.code === 'removed' ? t('board.closed.removed') : state.message,
              })}
        </p>
      );
  }
}

const frameLabel = (title: string, index: number, t: TranslateFn) =>
  title || t('exports.frameUntitled', { n: index + 1 });

export function ExportDialog({
  session,
  stores,
  workshop,
  onClose,
}: CanvasPartProps & { onClose: () => void }) {
  const { t, locale } = useI18n();
  const shapes = useStore(session.shapes);
  const frames = useMemo(() => frameChoices(shapes), [shapes]);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [frame, setFrame] = useState<string | null>(() =>
    preselectedFrame(frames, stores.editor.get().selection),
  );
  const [paper, setPaper] = useState<PaperSize>('a4');
  // The handout is what a team takes home: cover, legible map, action list.
  const [pages, setPages] = useState<PdfPages>('handout');
  // The interface's language first; a file for the other company's executives may need the other.
  const [language, setLanguage] = useState<Locale>(locale);
  // The participant token: on a board that requires admission a member's link alone reads nothing.
  const { state, start, cancel, reset } = useDownload(workshop.participant.token() ?? workshop.linkToken);
  useBackOnline(workshop.connection, reset, state.phase === 'failed' && state.status === 0);
  const busy = isBusy(state);
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const baseId = useId();

  const chosenFrame = frame !== null && frames.some((entry) => entry.id === frame) ? frame : null;
  const byFrames = format === 'pdf' && pages === 'frames' && frames.length > 0;
  const handout = format === 'pdf' && pages === 'handout';
  const download = () => {
    if (busy) return;
    const url = exportUrl(session.identity.boardId, {
      format,
      frame: takesScope(format) && !handout ? chosenFrame : null,
      paper,
      pages: handout ? 'handout' : byFrames ? 'frames' : 'board',
      lang: language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    void start(url, `kyoso.${format}`);
  };
  const closeOrCancel = () => (busy ? cancel() : onClose());
  // Starting a download disables the control that started it, and the browser then drops focus to
  // the page, out of the dialog, where Escape no longer reaches it: focus moves to the button that
  // now cancels, and back to "Download" when it is done.
  const wasBusy = useRef(busy);
  useEffect(() => {
    if (wasBusy.current === busy) return;
    wasBusy.current = busy;
    const box = dialog.current;
    const focused = document.activeElement as HTMLElement | null;
    const lost = !focused || !box?.contains(focused) || focused.matches(':disabled');
    if (!box || !lost) return;
    box
      .querySelector<HTMLElement>(busy ? '[data-testid="export-cancel"]' : '[data-testid="export-download"]')
      ?.focus();
  }, [busy]);

  return (
    <Dialog
      ref={dialog}
      className="export-dialog"
      labelledBy={titleId}
      testId="export-dialog"
      // Escape cancels a download under way; a press beside the dialog does not.
      onDismiss={closeOrCancel}
      dismissOnBackdrop={!busy}
      initialFocus={() =>
        dialog.current?.querySelector<HTMLElement>('input[name="export-format"]:checked') ?? null
      }
    >
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          download();
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {t('exports.title')}
        </h2>
        <fieldset className="export-dialog__formats" disabled={busy}>
          <legend className="export-dialog__legend">{t('exports.format')}</legend>
          {DIALOG_FORMATS.map((option) => (
            <label key={option} className="export-format" data-testid={`export-format-${option}`}>
              <input
                type="radio"
                name="export-format"
                value={option}
                checked={format === option}
                onChange={() => setFormat(option)}
              />
              <span className="export-format__text">
                <span className="export-format__name">{t(`exports.format.${option}`)}</span>
                <span className="export-format__description">{t(`exports.format.${option}.desc`)}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="export-dialog__options">
          {format === 'pdf' && (
            <>
              <div className="export-option" role="radiogroup" aria-labelledby={`${baseId}-paper`}>
                <span id={`${baseId}-paper`} className="export-option__label">
                  {t('exports.paper')}
                </span>
                <span className="export-option__choices">
                  {(['a4', 'a3'] as const).map((size) => (
                    <label key={size}>
                      <input
                        type="radio"
                        name="export-paper"
                        checked={paper === size}
                        disabled={busy}
                        onChange={() => setPaper(size)}
                      />
                      {t(`exports.paper.${size}`)}
                    </label>
                  ))}
                </span>
              </div>
              <div className="export-option" role="radiogroup" aria-labelledby={`${baseId}-pages`}>
                <span id={`${baseId}-pages`} className="export-option__label">
                  {t('exports.pages')}
                </span>
                <span className="export-option__choices">
                  <label>
                    <input
                      type="radio"
                      name="export-pages"
                      data-testid="export-pages-handout"
                      checked={handout}
                      disabled={busy}
                      onChange={() => setPages('handout')}
                    />
                    {t('exports.pages.handout')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="export-pages"
                      data-testid="export-pages-board"
                      checked={!byFrames && !handout}
                      disabled={busy}
                      onChange={() => setPages('board')}
                    />
                    {t('exports.pages.board')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="export-pages"
                      data-testid="export-pages-frames"
                      checked={byFrames}
                      disabled={busy || frames.length === 0}
                      onChange={() => setPages('frames')}
                    />
                    {t('exports.pages.frames')}
                  </label>
                </span>
              </div>
            </>
          )}
          {handout && <p className="field__hint">{t('exports.pages.handout.hint')}</p>}
          {takesScope(format) && !byFrames && !handout && (
            <div className="export-option">
              <label htmlFor={`${baseId}-scope`} className="export-option__label">
                {t('exports.scope')}
              </label>
              <span className="export-option__choices">
                <select
                  id={`${baseId}-scope`}
                  value={chosenFrame ?? ''}
                  disabled={busy}
                  data-testid="export-scope"
                  onChange={(event) => setFrame(event.target.value || null)}
                >
                  <option value="">{t('exports.scope.board')}</option>
                  {frames.map((entry, index) => (
                    <option key={entry.id} value={entry.id}>
                      {t('exports.scope.frame')}: {frameLabel(entry.title, index, t)}
                    </option>
                  ))}
                </select>
                {frames.length === 0 && <span className="field__hint">{t('exports.scope.noFrames')}</span>}
              </span>
            </div>
          )}
          {takesLanguage(format) && (
            <div className="export-option" role="radiogroup" aria-labelledby={`${baseId}-language`}>
              <span id={`${baseId}-language`} className="export-option__label">
                {t('exports.language')}
              </span>
              <span className="export-option__choices">
                {LOCALES.map((option) => (
                  <label key={option}>
                    <input
                      type="radio"
                      name="export-language"
                      data-testid={`export-language-${option}`}
                      checked={language === option}
                      disabled={busy}
                      onChange={() => setLanguage(option)}
                    />
                    {t(`lang.${option}`)}
                  </label>
                ))}
              </span>
            </div>
          )}
        </div>

        {/* The foot stays in sight while the dialog scrolls: what the download did, and the buttons. */}
        <div className="export-dialog__foot">
          <StatusLine state={state} t={t} locale={locale} />
          <div className="dialog__actions">
            <button
              type="button"
              className="button button--secondary"
              data-testid={busy ? 'export-cancel' : 'export-close'}
              onClick={closeOrCancel}
            >
              {busy ? t('exports.cancel') : t('exports.close')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              data-testid="export-download"
              disabled={busy}
            >
              {busy && <span className="spinner" aria-hidden="true" />}
              {busy ? t('exports.preparing') : t('exports.download')}
            </button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
