// A download's life for the dialog: preparing (no byte yet), receiving (with progress), saved,
// failed or cancelled. Cancel aborts the request; closing the dialog cancels too.
import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadExport, DownloadError, saveBlob, type DownloadProgress } from './download';

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'receiving'; progress: DownloadProgress }
  | { phase: 'saved'; fileName: string }
  | { phase: 'cancelled' }
  /** `status` 0: the server could not be reached; `message` is the server's reason, `code` its code. */
  | { phase: 'failed'; status: number; message: string; code: string | null };

export const isBusy = (state: DownloadState) => state.phase === 'preparing' || state.phase === 'receiving';

export function useDownload(token: string) {
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const current = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    if (!current.current) return;
    current.current.abort();
    current.current = null;
    setState({ phase: 'cancelled' });
  }, []);

  const start = useCallback(
    async (url: string, fallbackName: string) => {
      current.current?.abort();
      const abort = new AbortController();
      current.current = abort;
      setState({ phase: 'preparing' });
      try {
        const file = await downloadExport(url, {
          token,
          fallbackName,
          signal: abort.signal,
          onProgress: (progress) => {
            if (!abort.signal.aborted) setState({ phase: 'receiving', progress });
          },
        });
        if (abort.signal.aborted) return;
        saveBlob(file);
        setState({ phase: 'saved', fileName: file.fileName });
      } catch (error) {
        if (abort.signal.aborted) return;
        const status = error instanceof DownloadError ? error.status : 0;
        const code = error instanceof DownloadError ? error.code : null;
        setState({ phase: 'failed', status, code, message: error instanceof Error ? error.message : '' });
      } finally {
        if (current.current === abort) current.current = null;
      }
    },
    [token],
  );

  // Leaving (the dialog closes) stops what is still downloading.
  useEffect(() => () => current.current?.abort(), []);

  /** Back to idle: a failure's message is no longer true (the server can be reached again). */
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, reset };
}
