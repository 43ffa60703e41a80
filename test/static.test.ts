// The built client is served at / and for board links; nothing outside its folder is.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
const BIG = 'console.log("共創 kyoso");\n'.repeat(200);
const clientDir = mkdtempSync(join(tmpdir(), 'kyoso-client-'));

beforeAll(async () => {
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Kyoso</title>');
  writeFileSync(join(clientDir, 'assets', 'app-123.js'), 'console.log(1)');
  // What the build writes beside a file worth compressing (client/build/precompress.ts).
  writeFileSync(join(clientDir, 'assets', 'big-456.js'), BIG);
  writeFileSync(join(clientDir, 'assets', 'big-456.js.br'), brotliCompressSync(BIG));
  writeFileSync(join(clientDir, 'assets', 'big-456.js.gz'), gzipSync(BIG));
  writeFileSync(join(tmpdir(), 'kyoso-outside.txt'), 'secret');
  server = await startTestServer({ clientDir });
});
afterAll(async () => {
  await server.dispose();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('static client', () => {
  it('serves the landing page and board links as the app', async () => {
    for (const path of ['/', '/b/abc123def456']) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain('<title>Kyoso</title>');
    }
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const res = await fetch(`${server.url}/assets/app-123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('sends the build’s brotli or gzip copy to a client that takes it, else the file itself', async () => {
    const get = (acceptEncoding: string, method = 'GET') =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
        (resolve, reject) => {
          // node:http, not fetch: fetch would decode the body and hide what was sent.
          const req = request(
            `${server.url}/assets/big-456.js`,
            { method, headers: { 'accept-encoding': acceptEncoding } },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
              );
            },
          );
          req.on('error', reject);
          req.end();
        },
      );
    const br = await get('gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(BIG);
    expect(Number(br.headers['content-length'])).toBe(br.body.byteLength);

    const gz = await get('br;q=0, gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(BIG);

    for (const plain of [await get(''), await get('identity'), await get('*;q=0')]) {
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toBe('Accept-Encoding');
      expect(plain.body.toString('utf8')).toBe(BIG);
    }
    const head = await get('br', 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.byteLength).toBe(0);

    // A file the build left uncompressed has one form only.
    const small = await fetch(`${server.url}/assets/app-123.js`, { headers: { 'accept-encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('vary')).toBeNull();
  });

  it('answers 404 for missing files and never serves files outside the client folder', async () => {
    expect((await fetch(`${server.url}/nope.js`)).status).toBe(404);
    for (const path of [
      '/..%2fkyoso-outside.txt',
      '/assets/..%2f..%2fkyoso-outside.txt',
      '/%2e%2e/kyoso-outside.txt',
    ]) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
  });

  it('answers 400 for a path that does not decode', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%FF', '/%']) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/malformed path/);
    }
  });

  it('sends pages with a policy that runs only its own scripts and lets no site frame them', async () => {
    const res = await fetch(`${server.url}/b/abc123def456`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const api = await fetch(`${server.url}/api/boards/nope/export.json`);
    expect(api.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(api.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
