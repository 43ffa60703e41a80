// Downloads an export with the board token, reading the body as a stream so the dialog can show
// how far it is (bytes / Content-Length). Plain TypeScript with `fetch` injected: testable without
// a browser.
import type { FetchLike } from '../api';
import { fileNameFrom } from './exportUrl';

export interface DownloadProgress {
  received: number;
  /** From Content-Length; null when the server did not say. */
  total: number | null;
}

export interface Downloaded {
  blob: Blob;
  fileName: string;
}

/** Why a download failed: the server's `error` text, or `status` 0 when it could not be reached. */
export class DownloadError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The server's code for the reason (`removed`: the facilitator removed this person). */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

async function failure(response: Response): Promise<DownloadError> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null) {
      const { error, code } = body as { error?: unknown; code?: unknown };
      if (typeof error === 'string')
        return new DownloadError(response.status, error, typeof code === 'string' ? code : null);
    }
  } catch {
    // not JSON: the status says it
  }
  return new DownloadError(response.status, `${response.status} ${response.statusText}`.trim());
}

export interface DownloadOptions {
  token: string;
  fallbackName: string;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  fetch?: FetchLike;
}

/** Throws DownloadError on failure and the AbortError as is when cancelled. */
export async function downloadExport(url: string, options: DownloadOptions): Promise<Downloaded> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(url, {
      headers: { Authorization: `Bearer ${options.token}` },
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new DownloadError(0, '');
  }
  if (!response.ok) throw await failure(response);

  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const fileName = fileNameFrom(response.headers.get('content-disposition'), options.fallbackName);
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        options.onProgress?.({ received, total });
      }
    } catch (error) {
      if (isAbort(error) || options.signal?.aborted) throw error;
      throw new DownloadError(0, '');
    }
  }
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName };
}

/** Hands a downloaded file to the browser as a download under its name. */
export function saveBlob({ blob, fileName }: Downloaded): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
