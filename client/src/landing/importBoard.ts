// POST /api/boards/import (docs/API.md): sends a board file and answers like board creation.
// XMLHttpRequest rather than fetch, because only it reports upload progress; the answer is read
// by a pure function, tested without a browser.
import { isCreatedBoard, type CreateBoardResult } from '../api';

export function importResult(status: number, text: string): CreateBoardResult {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const message =
    typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string'
      ? (body as { error: string }).error
      : '';
  if (status === 0) return { ok: false, kind: 'network' };
  if (status === 201 || status === 200)
    return isCreatedBoard(body)
      ? { ok: true, board: body }
      : { ok: false, kind: 'unexpected', status, message };
  if (status === 400 || status === 413 || status === 415)
    return { ok: false, kind: 'invalid', message: message || String(status) };
  if (status === 401) return { ok: false, kind: 'unauthorized', sentToken: false, message };
  return { ok: false, kind: 'unexpected', status, message };
}

export interface ImportProgress {
  /** 0..1 of the upload, or null before the browser knows. */
  sent: number | null;
  /** The whole file is sent: the server is checking it and creating the board. */
  uploaded: boolean;
}

export function uploadBoardFile(
  file: Blob,
  options: { adminToken?: string; onProgress?: (progress: ImportProgress) => void },
): Promise<CreateBoardResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/boards/import');
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('Accept', 'application/json');
    const token = options.adminToken?.trim();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) =>
      options.onProgress?.({
        sent: event.lengthComputable ? event.loaded / event.total : null,
        uploaded: false,
      });
    request.upload.onload = () => options.onProgress?.({ sent: 1, uploaded: true });
    request.onload = () => {
      const result = importResult(request.status, request.responseText);
      resolve(
        result.ok || result.kind !== 'unauthorized' ? result : { ...result, sentToken: Boolean(token) },
      );
    };
    request.onerror = () => resolve({ ok: false, kind: 'network' });
    request.send(file);
  });
}
