import { describe, expect, it } from 'vitest';
import { DownloadError, downloadExport, type DownloadProgress } from './download';

const bytes = (n: number) => new Uint8Array(n).fill(65);

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('downloadExport', () => {
  it('sends the token, reports progress and names the file as the server says', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const progress: DownloadProgress[] = [];
    const result = await downloadExport('/api/boards/b/export.csv', {
      token: 'tok',
      fallbackName: 'board.csv',
      onProgress: (p) => progress.push(p),
      fetch: async (url, init) => {
        seen.push({ url, auth: new Headers(init?.headers).get('authorization') });
        return new Response(streamOf([bytes(3), bytes(5)]), {
          headers: {
            'content-length': '8',
            'content-type': 'text/csv',
            'content-disposition': `attachment; filename="x.csv"; filename*=UTF-8''${encodeURIComponent('レポート.csv')}`,
          },
        });
      },
    });
    expect(seen).toEqual([{ url: '/api/boards/b/export.csv', auth: 'Bearer tok' }]);
    expect(progress).toEqual([
      { received: 3, total: 8 },
      { received: 8, total: 8 },
    ]);
    expect(result.fileName).toBe('レポート.csv');
    expect(result.blob.size).toBe(8);
  });

  it('gives the server’s reason when it refuses', async () => {
    const failure = downloadExport('/x', {
      token: 't',
      fallbackName: 'f',
      fetch: async () => Response.json({ error: 'frame "z" is not a frame on this board' }, { status: 400 }),
    });
    await expect(failure).rejects.toBeInstanceOf(DownloadError);
    await expect(failure).rejects.toMatchObject({
      status: 400,
      message: 'frame "z" is not a frame on this board',
      code: null,
    });
    // With the reason's code, for the page to say it in the reader's language.
    const removed = downloadExport('/x', {
      token: 't',
      fallbackName: 'f',
      fetch: async () => Response.json({ error: 'removed', code: 'removed' }, { status: 401 }),
    });
    await expect(removed).rejects.toMatchObject({ status: 401, code: 'removed' });
  });

  it('says the server could not be reached', async () => {
    const failure = downloadExport('/x', {
      token: 't',
      fallbackName: 'f',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(failure).rejects.toMatchObject({ status: 0 });
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    const failure = downloadExport('/x', {
      token: 't',
      fallbackName: 'f',
      signal: abort.signal,
      fetch: async (_url, init) => {
        init?.signal?.throwIfAborted();
        return new Response('never');
      },
    });
    await expect(failure).rejects.toMatchObject({ name: 'AbortError' });
  });
});
