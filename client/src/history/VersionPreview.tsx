// A saved version, read-only: drawn with the same `renderSvg` as the SVG export and shown as an
// image (an <img> never runs what an SVG holds), with pan and zoom, and "Restore this version".
import { renderSvg } from '@kyoso/shared';
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../bindings/hooks';
import { useBackOnline } from '../bindings/useBackOnline';
import { Dialog, useDialogIds } from '../ui/Dialog';
import { Icon } from '../ui/icons';
import { useI18n } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';
import { previewInput } from './previewInput';
import { fitView, usePanZoom, zoomView } from './usePanZoom';
import { versionLabel } from './versionLabel';
import type { Version, VersionsApi } from './versionsApi';
import { formatVersionTime } from './versionTime';

type Picture =
  | { phase: 'loading' }
  | { phase: 'ready'; url: string }
  | { phase: 'failed'; message: string; network?: boolean };

function usePicture(api: VersionsApi, session: BoardSession, version: Version): Picture {
  const { locale, t } = useI18n();
  const meta = useStore(session.meta);
  const [picture, setPicture] = useState<Picture>({ phase: 'loading' });
  // A version that could not load for want of the server loads again once it is back.
  const [attempt, setAttempt] = useState(0);
  const offline = picture.phase === 'failed' && picture.network === true;
  useBackOnline(session.connection, () => setAttempt((n) => n + 1), offline);
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    void api.get(version.id).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setPicture(
          result.status === 0
            ? { phase: 'failed', message: t('history.network'), network: true }
            : { phase: 'failed', message: result.message || String(result.status) },
        );
        return;
      }
      try {
        const board = { id: session.identity.boardId, title: meta.title, companies: meta.companies, locale };
        const svg = renderSvg(previewInput(board, result.value.shapes, version.createdAt), { frame: null });
        url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        setPicture({ phase: 'ready', url });
      } catch (error) {
        setPicture({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
    // The picture is of the version; the title and language at opening are enough.
  }, [api, version.id, attempt]);
  return picture;
}

export function VersionPreview({
  api,
  session,
  version,
  onRestore,
  onClose,
}: {
  api: VersionsApi;
  session: BoardSession;
  version: Version;
  onRestore: () => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const picture = usePicture(api, session, version);
  const { view, setView, handlers } = usePanZoom();
  const stage = useRef<HTMLDivElement>(null);
  const image = useRef<HTMLImageElement>(null);
  const { titleId } = useDialogIds();

  const fit = () => {
    const box = stage.current;
    const img = image.current;
    if (!box || !img) return;
    setView(fitView(img.naturalWidth, img.naturalHeight, box.clientWidth, box.clientHeight));
  };
  const zoomBy = (factor: number) => {
    const box = stage.current;
    if (box) setView((current) => zoomView(current, factor, box.clientWidth / 2, box.clientHeight / 2));
  };

  const label = versionLabel(version, t);
  return (
    <Dialog className="version-preview" labelledBy={titleId} testId="version-preview" onDismiss={onClose}>
      <header className="version-preview__header">
        <div className="version-preview__heading">
          <h2 id={titleId} className="dialog__title">
            {t('history.previewTitle', { name: label })}
          </h2>
          <p className="muted">
            {t(`history.kind.${version.kind}`)} · {formatVersionTime(version.createdAt, locale)} ·{' '}
            {t('history.shapes', { count: version.shapes })}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label={t('exports.close')} onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <div ref={stage} className="version-preview__stage" {...handlers}>
        {picture.phase === 'loading' && <p className="version-preview__message">{t('history.loading')}</p>}
        {picture.phase === 'failed' && (
          <p className="alert alert--error version-preview__message" role="alert">
            {t('history.previewFailed', { message: picture.message })}
          </p>
        )}
        {picture.phase === 'ready' && (
          <img
            ref={image}
            src={picture.url}
            alt={t('history.previewImage', { name: label })}
            draggable={false}
            data-testid="version-preview-image"
            style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
            onLoad={fit}
          />
        )}
      </div>
      <footer className="version-preview__footer">
        <div className="version-preview__zoom" role="group">
          <button
            type="button"
            className="icon-button"
            aria-label={t('history.zoomOut')}
            data-tooltip={t('history.zoomOut')}
            onClick={() => zoomBy(1 / 1.25)}
          >
            <Icon name="zoomOut" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('history.zoomIn')}
            data-tooltip={t('history.zoomIn')}
            onClick={() => zoomBy(1.25)}
          >
            <Icon name="zoomIn" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('history.zoomFit')}
            data-tooltip={t('history.zoomFit')}
            onClick={fit}
          >
            <Icon name="fit" />
          </button>
          <span className="muted version-preview__hint">{t('history.previewHint')}</span>
        </div>
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('exports.close')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="version-preview-restore"
            onClick={onRestore}
          >
            {t('history.restore')}
          </button>
        </div>
      </footer>
    </Dialog>
  );
}
