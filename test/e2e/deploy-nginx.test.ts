// Beyond one machine, as the README deploys it: Debian's nginx with the shipped configuration
// (deploy/nginx.conf, its ports changed) in front of two Kyoso nodes (child processes) sharing
// PostgreSQL and Redis. Browser pages reach the board only through nginx; their websockets land
// on both nodes; they converge and see each other; then the node serving one page's canvas is
// killed (SIGKILL) and nothing either page had received is lost, and editing goes on.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ChildServer } from '../support/child-server.js';
import { testSchema } from '../support/pg-schema.js';
import { createBoard } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import {
  buildClient,
  enterBoard,
  memberLink,
  newPage,
  ROOT,
  shapesOf,
  useE2E,
  waitConnected,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();
const NGINX = '/usr/sbin/nginx';
const redisUrl = process.env.KYOSO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const schema = testSchema('kyoso_nginx_test');
const POLL = { timeout: 20_000, interval: 50 };

const work = mkdtempSync(join(tmpdir(), 'kyoso-nginx-'));
const nodes: ChildServer[] = [];
let nginx: ChildProcess | null = null;
let proxy = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const portOf = (node: ChildServer) => new URL(node.url).port;

/** deploy/nginx.conf with the test's node ports, its own port, and files in `work`. */
function nginxConf(port: number): string {
  const shipped = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const conf = shipped
    .replace('server 127.0.0.1:8787', `server 127.0.0.1:${portOf(nodes[0]!)}`)
    .replace('server 127.0.0.1:8788', `server 127.0.0.1:${portOf(nodes[1]!)}`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace(
      'http {',
      [
        'http {',
        `  access_log ${work}/access.log;`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (name) => `  ${name}_temp_path ${work}/${name};`,
        ),
      ].join('\n'),
    );
  expect(conf).toContain(`:${portOf(nodes[1]!)}`);
  expect(conf).toContain(`listen 127.0.0.1:${port}`);
  return `pid ${work}/nginx.pid;\nerror_log ${work}/error.log;\n${conf}`;
}

/** Which node serves a page's canvas (its `content` socket), from the nodes' debug log lines. */
function canvasNodeOf(role: string): ChildServer | undefined {
  return nodes.find((node) =>
    node
      .output()
      .split('\n')
      .some(
        (line) =>
          line.includes('"event":"connected"') &&
          line.includes('"channel":"content"') &&
          line.includes(`"role":"${role}"`),
      ),
  );
}

async function connectionsOn(node: ChildServer): Promise<number> {
  const text = await (await fetch(`${node.url}/metrics`)).text();
  return Number(/^kyoso_connections (\d+)/m.exec(text)?.[1] ?? 0);
}

async function makeNote(page: Page, world: { x: number; y: number }, text: string) {
  const at = await worldToPage(page, world);
  await page.mouse.dblclick(at.x, at.y);
  await page.getByTestId('text-editor').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.getByTestId('text-editor').waitFor({ state: 'detached' });
}

const texts = async (page: Page) => (await shapesOf(page)).map((shape) => shape.text).sort();

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx-light (.ci/run does)`);
  await schema.create();
  const env = {
    DATABASE_URL: schema.url,
    REDIS_URL: redisUrl,
    KYOSO_REDIS_PREFIX: `${schema.name}:`,
    KYOSO_TRUST_PROXY: '1',
    KYOSO_LOG_LEVEL: 'debug',
    KYOSO_CLIENT_DIR: await buildClient(),
  };
  for (const name of ['a', 'b']) {
    const dataDir = join(work, `node-${name}`);
    mkdirSync(dataDir);
    nodes.push(await spawnServer(dataDir, env));
  }
  const port = await freePort();
  writeFileSync(join(work, 'nginx.conf'), nginxConf(port));
  let stderr = '';
  nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  proxy = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => (await fetch(`${proxy}/healthz`).catch(() => null))?.status === 200,
    `nginx in front of the nodes (${stderr})`,
    15_000,
  );
}, 120_000);

afterAll(async () => {
  nginx?.kill('SIGTERM');
  for (const node of nodes) if (node.process.exitCode === null) node.process.kill('SIGKILL');
  await Promise.all(nodes.map((node) => node.exited));
  await schema.drop();
  rmSync(work, { recursive: true, force: true });
});

describe('two nodes behind nginx', () => {
  it('serve one live board through the proxy, and lose nothing anyone received when one dies', async () => {
    const board = await createBoard(proxy);
    expect(board.links.facilitator.startsWith(proxy)).toBe(true);
    const [facilitator, member] = await Promise.all([newPage(e2e, 'ja-JP'), newPage(e2e, 'en-US')]);
    await enterBoard(facilitator, board.links.facilitator, '進行 山田');
    await enterBoard(member, memberLink(board, 'a'), 'Aoi');
    await member.getByTestId('drafts-close').click();

    // Every page's sockets (canvas, agenda, ledger, activity, drafts) alternate between the nodes.
    expect(await connectionsOn(nodes[0]!)).toBeGreaterThan(0);
    expect(await connectionsOn(nodes[1]!)).toBeGreaterThan(0);

    await makeNote(facilitator, { x: 100, y: 100 }, 'ノードをまたぐ');
    await expect.poll(() => texts(member), POLL).toEqual(['ノードをまたぐ']);
    await makeNote(member, { x: 400, y: 100 }, 'across nodes');
    await expect.poll(() => texts(facilitator), POLL).toEqual(['across nodes', 'ノードをまたぐ']);
    // Each sees the other on the board.
    for (const page of [facilitator, member])
      await expect.poll(() => page.getByTestId('presence-list').locator('.avatar').count(), POLL).toBe(2);

    // The node serving the facilitator's canvas dies without a word.
    const doomed = canvasNodeOf('facilitator');
    if (!doomed) throw new Error('no node logged the facilitator’s canvas connection');
    doomed.process.kill('SIGKILL');
    await doomed.exited;
    await waitConnected(facilitator, 30_000);
    await waitConnected(member, 30_000);
    // Nothing either page had received is lost, and the board goes on.
    expect(await texts(facilitator)).toEqual(['across nodes', 'ノードをまたぐ']);
    await makeNote(facilitator, { x: 100, y: 400 }, '再接続のあと');
    await expect.poll(() => texts(member), POLL).toEqual(['across nodes', 'ノードをまたぐ', '再接続のあと']);
    const survivor = nodes.find((node) => node !== doomed)!;
    const stored = await (
      await fetch(`${survivor.url}/api/boards/${board.id}/export.json`, {
        headers: { authorization: `Bearer ${board.tokens.facilitator}` },
      })
    ).json();
    expect((stored as { shapes: { text: string }[] }).shapes.map((shape) => shape.text).sort()).toEqual([
      'across nodes',
      'ノードをまたぐ',
      '再接続のあと',
    ]);
  });
});
