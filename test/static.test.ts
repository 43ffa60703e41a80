// The built client is served at / and for board links; nothing outside its folder is.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
const clientDir = mkdtempSync(join(tmpdir(), 'kyoso-client-'));

beforeAll(async () => {
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Kyoso</title>');
  writeFileSync(join(clientDir, 'assets', 'app-123.js'), 'console.log(1)');
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
