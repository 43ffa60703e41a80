// The facilitator's version history, a side panel on the right: save the board under a name,
// see every version (named, automatic, kept before a restore) with when, by whom and how many
// shapes, preview one read-only, and restore one for everyone (Ctrl+Z undoes it).
import { useRef, useState, type FormEvent } from 'react';
import { useBackOnline } from '../bindings/useBackOnline';
import type { CanvasPartProps } from '../canvas/canvasActions';
import { SidePanel } from '../ui/SidePanel';
import { shortcutLabel } from '../ui/platform';
import { useI18n, type TranslateFn } from '../i18n/I18nProvider';
import { RestoreConfirm } from './RestoreConfirm';
import { useVersions } from './useVersions';
import { VersionPreview } from './VersionPreview';
import { MAX_VERSION_NAME, type Version } from './versionsApi';
import { labelSaysKind, versionLabel } from './versionLabel';
import { formatVersionTime } from './versionTime';
import './history.css';

/** `network`: the server could not be reached; the message clears itself once it can be again. */
type Status = { tone: 'info' | 'error'; text: string; network?: boolean } | null;

const failure = (t: TranslateFn, result: { status: number; message: string }) =>
  result.status === 0
    ? t('history.network')
    : t('history.failed', { message: result.message || String(result.status) });

export function HistoryPanel({ session, workshop, onClose }: CanvasPartProps & { onClose: () => void }) {
  const { t, locale } = useI18n();
  const { api, list, save, restore } = useVersions(session, workshop);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [previewing, setPreviewing] = useState<Version | null>(null);
  const [confirming, setConfirming] = useState<Version | null>(null);
  const [restoring, setRestoring] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useBackOnline(workshop.connection, () => setStatus(null), status?.network === true);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (saving) return;
    if (!trimmed || trimmed.length > MAX_VERSION_NAME) {
      setStatus({ tone: 'error', text: t('history.nameRequired') });
      input.current?.focus();
      return;
    }
    setSaving(true);
    const result = await save(trimmed);
    setSaving(false);
    if (result.ok) {
      setName('');
      setStatus({ tone: 'info', text: t('history.saved', { name: result.value.name }) });
    } else setStatus({ tone: 'error', text: failure(t, result), network: result.status === 0 });
  };

  const confirmRestore = async () => {
    if (!confirming || restoring) return;
    setRestoring(true);
    const result = await restore(confirming);
    setRestoring(false);
    setConfirming(null);
    setPreviewing(null);
    setStatus(
      result.ok
        ? {
            tone: 'info',
            text: t('history.restored', {
              name: versionLabel(result.value, t),
              undo: shortcutLabel('Mod+Z'),
            }),
          }
        : { tone: 'error', text: failure(t, result), network: result.status === 0 },
    );
  };

  return (
    <SidePanel
      className="history-panel"
      side="right"
      title={t('history.title')}
      closeLabel={t('history.close')}
      onClose={onClose}
      testId="history-panel"
      closeTestId="history-close"
    >
      <p className="side-panel__intro">{t('history.intro')}</p>
      <form className="history-save" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="history-name">{t('history.name')}</label>
        <div className="history-save__row">
          <input
            ref={input}
            id="history-name"
            className="input"
            type="text"
            value={name}
            maxLength={MAX_VERSION_NAME * 2}
            placeholder={t('history.namePlaceholder')}
            autoComplete="off"
            data-testid="history-name"
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              // Enter that confirms an IME conversion must not save.
              if (event.key === 'Enter' && (event.nativeEvent.isComposing || event.keyCode === 229))
                event.preventDefault();
            }}
          />
          <button
            type="submit"
            className="button button--primary"
            data-testid="history-save"
            disabled={saving}
          >
            {saving ? t('history.saving') : t('history.save')}
          </button>
        </div>
      </form>
      {status && (
        <p
          className={`history-status history-status--${status.tone}`}
          role={status.tone === 'error' ? 'alert' : 'status'}
          data-testid="history-status"
        >
          {status.text}
        </p>
      )}
      {list.phase === 'loading' && <p className="muted">{t('history.loading')}</p>}
      {list.phase === 'failed' && (
        <p className="history-status history-status--error" role="alert">
          {failure(t, list)}
        </p>
      )}
      {list.phase === 'ready' && list.versions.length === 0 && <p className="muted">{t('history.empty')}</p>}
      {list.phase === 'ready' && list.versions.length > 0 && (
        <ol className="history-list" aria-label={t('history.listLabel')}>
          {list.versions.map((version) => {
            const label = versionLabel(version, t);
            return (
              <li key={version.id} className="history-row" data-testid="history-row" data-kind={version.kind}>
                <div className="history-row__head">
                  <span className="history-row__name" title={label}>
                    {label}
                  </span>
                  {!labelSaysKind(version) && (
                    <span className={`history-kind history-kind--${version.kind}`}>
                      {t(`history.kind.${version.kind}`)}
                    </span>
                  )}
                </div>
                <p className="history-row__meta">
                  <time dateTime={version.createdAt}>{formatVersionTime(version.createdAt, locale)}</time>
                  {version.createdBy ? (
                    <span>{t('history.by', { name: version.createdBy })}</span>
                  ) : (
                    version.kind === 'auto' && <span>{t('history.byServer')}</span>
                  )}
                  <span>{t('history.shapes', { count: version.shapes })}</span>
                </p>
                <div className="history-row__actions">
                  <button
                    type="button"
                    className="button button--secondary history-row__button"
                    aria-label={t('history.previewAria', { name: label })}
                    data-testid="history-preview"
                    onClick={() => setPreviewing(version)}
                  >
                    {t('history.preview')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost history-row__button"
                    aria-label={t('history.restoreAria', { name: label })}
                    data-testid="history-restore"
                    onClick={() => setConfirming(version)}
                  >
                    {t('history.restore')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {previewing && !confirming && (
        <VersionPreview
          api={api}
          session={session}
          version={previewing}
          onRestore={() => setConfirming(previewing)}
          onClose={() => setPreviewing(null)}
        />
      )}
      {confirming && (
        <RestoreConfirm
          api={api}
          session={session}
          workshop={workshop}
          version={confirming}
          busy={restoring}
          onConfirm={() => void confirmRestore()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </SidePanel>
  );
}
