// Webhooks against the real server and a receiver on 127.0.0.1: the facilitator registers a
// generic JSON endpoint and a Slack-compatible one; every company agreeing, an agreed point
// changing afterwards, a recorded check-in and an overdue action each reach them once, signed with
// the board's secret; a failing receiver is retried with backoff and every attempt is in the
// delivery log; only the facilitator sees or changes any of it; private addresses are refused
// unless the deployment allows them.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPlanAction, currentAgreementContent, readShapes, setText, type ShapeId } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { seedSynergyPoint } from '../support/synergy.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc, type Participant } from './support.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on 127.0.0.1: records every request; `/flaky` fails its first two, `/down` always. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const flaky = { left: 2 };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      const fail = req.url === '/down' || (req.url === '/flaky' && flaky.left-- > 0);
      res.writeHead(fail ? 500 : 200).end(fail ? 'nope' : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

interface Logged {
  webhook: string;
  event: string;
  status: string;
  attempts: number;
  code: number;
  error: string;
}
interface HooksAnswer {
  webhook: { id: string; kind: string; events: string[] };
  secret: string;
  webhooks: unknown[];
  deliveries: Logged[];
  delivery: Logged;
}
interface EventBody {
  event: string;
  board: { id: string };
  summary: string;
  data: {
    point?: { id: string };
    waitingFor?: string[];
    changes?: unknown[];
    action?: Record<string, unknown>;
  };
}

let server: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let board: CreatedBoard;
let alice: Participant;
let bob: Participant;
let host: Participant;
let content: SyncClient;
let point: ShapeId;
let asset: ShapeId;
let secret: string;

beforeAll(async () => {
  receiver = await startReceiver();
  server = await startTestServer({
    webhooks: { allowPrivate: true, retryBaseMs: 40, attempts: 3, timeoutMs: 2_000 },
    overdueSweepMs: 250,
  });
  board = await createBoard(server.url);
  alice = await joinAs(server.url, board, board.tokens.members.a!, '佐藤');
  bob = await joinAs(server.url, board, board.tokens.members.b!, 'Kim');
  host = await joinAs(server.url, board, board.tokens.facilitator, '司会');
  content = connectClient(server.url, board.id, 'content', host.token);
  await content.synced;
  ({ asset, point } = seedSynergyPoint(content.doc, {
    asset: '全国配送網',
    gap: '販路がない',
    title: '共同配送',
  }));
  await waitFor(
    async () => (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').size === 5,
    'the point stored',
  );
});
afterAll(async () => {
  content.destroy();
  await server.dispose();
  await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
});

const hooks = (token: string, method = 'GET', body?: unknown, path = '') =>
  call<HooksAnswer>(server.url, method, `/api/boards/${board.id}/webhooks${path}`, token, body);
const sweeps = async () =>
  Number(
    /^kyoso_overdue_sweeps_total (\S+)$/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1] ?? 0,
  );
const at = (path: string) => receiver.received.filter((entry) => entry.path === path);
const events = (path: string) => at(path).map((entry) => JSON.parse(entry.body) as EventBody);
const agree = (who: Participant) =>
  call(server.url, 'POST', `/api/boards/${board.id}/agreements`, who.token, {
    card: point,
    agree: true,
    digest: currentAgreementContent(readShapes(content.doc).shapes)(point)!.digest,
  });

describe('webhooks', () => {
  it('are registered by the facilitator only, at http(s) addresses', async () => {
    expect((await hooks(alice.token, 'POST', { url: `${receiver.url}/json` })).status).toBe(403);
    expect((await hooks(alice.token)).status).toBe(403);
    expect((await hooks(host.token, 'POST', { url: 'ftp://example.com/x' })).status).toBe(400);
    expect((await hooks(host.token, 'POST', { url: `${receiver.url}/x`, events: ['gossip'] })).status).toBe(
      400,
    );
    const json = await hooks(host.token, 'POST', { url: `${receiver.url}/json` });
    expect(json.status).toBe(201);
    expect(json.body.webhook).toMatchObject({
      kind: 'json',
      events: ['agreement', 'changed', 'overdue', 'check-in'],
    });
    secret = json.body.secret as string;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const slack = await hooks(host.token, 'POST', {
      url: `${receiver.url}/slack`,
      kind: 'slack',
      events: ['check-in'],
    });
    expect(slack.status).toBe(201);
    const listed = await hooks(host.token);
    expect(listed.body.webhooks).toHaveLength(2);
    expect(listed.body.secret).toBe(secret);
  });

  it('announce an agreement of every company once, signed with the board’s secret', async () => {
    expect((await agree(alice)).status).toBe(200);
    expect((await agree(bob)).status).toBe(200);
    await waitFor(() => at('/json').length === 1, 'the agreement delivered');
    const [delivery] = at('/json');
    const timestamp = delivery!.headers['x-kyoso-timestamp'] as string;
    const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${delivery!.body}`).digest('hex')}`;
    expect(delivery!.headers['x-kyoso-signature']).toBe(expected);
    expect(delivery!.headers['x-kyoso-event']).toBe('agreement');
    const body = JSON.parse(delivery!.body) as EventBody;
    expect(body).toMatchObject({
      event: 'agreement',
      board: { id: board.id },
      data: { point: { id: point } },
    });
    expect(body.summary).toContain('共同配送');
    // Agreeing again to the same content announces nothing new.
    expect((await agree(alice)).status).toBe(200);
    expect(at('/slack')).toHaveLength(0);
  });

  it('announce an agreed point whose content changed, with before and after', async () => {
    setText(content.doc, { id: asset, text: '全国配送網と倉庫' }, 'h');
    await waitFor(() => events('/json').some((event) => event.event === 'changed'), 'the change delivered');
    const changed = events('/json').find((event) => event.event === 'changed')!;
    expect(changed.data.waitingFor).toEqual(['a', 'b']);
    expect(changed.data.changes).toContainEqual({
      field: `linked:${asset}`,
      before: '全国配送網',
      after: '全国配送網と倉庫',
    });
  });

  it('announce a recorded check-in, to Slack as a message', async () => {
    const recorded = await call(server.url, 'POST', `/api/boards/${board.id}/check-ins`, host.token, {
      title: '1月の定例',
      points: [{ card: point, progress: 'inProgress', actual: 3, note: '関東で開始' }],
    });
    expect(recorded.status).toBe(200);
    await waitFor(() => at('/slack').length === 1, 'the Slack message delivered');
    const slack = JSON.parse(at('/slack')[0]!.body) as { text: string };
    expect(Object.keys(slack)).toEqual(['text']);
    expect(slack.text).toContain('1月の定例');
    expect(slack.text).toContain('共同配送: 進行中 (3) — 関東で開始');
    await waitFor(() => events('/json').some((event) => event.event === 'check-in'), 'the JSON one too');
  });

  it('announce an overdue action once, whoever is connected', async () => {
    addPlanAction(
      content.doc,
      { id: point, title: 'PoC契約', owners: { a: '佐藤' }, due: '2026-01-15' },
      'h',
    );
    await waitFor(
      () => events('/json').some((event) => event.event === 'overdue'),
      'the overdue action delivered',
      10_000,
    );
    const overdue = events('/json').filter((event) => event.event === 'overdue');
    expect(overdue[0]!.data.action).toMatchObject({ title: 'PoC契約', due: '2026-01-15' });
    // Later sweeps do not repeat it.
    const swept = await sweeps();
    await waitFor(async () => (await sweeps()) >= swept + 2, 'two more sweeps');
    expect(events('/json').filter((event) => event.event === 'overdue')).toHaveLength(1);
  });

  it('retry a failing receiver with backoff and log every attempt', async () => {
    const flaky = await hooks(host.token, 'POST', { url: `${receiver.url}/flaky` });
    const down = await hooks(host.token, 'POST', { url: `${receiver.url}/down` });
    const sent = await hooks(host.token, 'POST', undefined, `/${flaky.body.webhook.id}/test`);
    expect(sent.body.delivery).toMatchObject({ status: 'pending', attempts: 1, code: 500 });
    await hooks(host.token, 'POST', undefined, `/${down.body.webhook.id}/test`);
    const logOf = async (webhook: string) =>
      (await hooks(host.token)).body.deliveries.find((d) => d.webhook === webhook);
    await waitFor(
      async () => (await logOf(flaky.body.webhook.id))?.status === 'delivered',
      'the third attempt',
    );
    expect(await logOf(flaky.body.webhook.id)).toMatchObject({ attempts: 3, code: 200, event: 'ping' });
    await waitFor(async () => (await logOf(down.body.webhook.id))?.status === 'failed', 'giving up');
    expect(await logOf(down.body.webhook.id)).toMatchObject({
      attempts: 3,
      code: 500,
      error: 'answered 500',
    });
    expect(at('/flaky')).toHaveLength(3);
    expect(at('/down')).toHaveLength(3);
    expect((await hooks(host.token, 'DELETE', undefined, `/${down.body.webhook.id}`)).status).toBe(200);
    expect((await hooks(host.token, 'DELETE', undefined, `/${down.body.webhook.id}`)).status).toBe(404);
  });

  it('registered on a board agreed already, tell of what happens from then on', async () => {
    const later = await createBoard(server.url);
    const [a, b] = await Promise.all([
      joinAs(server.url, later, later.tokens.members.a!, 'A'),
      joinAs(server.url, later, later.tokens.members.b!, 'B'),
    ]);
    const writer = connectClient(server.url, later.id, 'content', later.tokens.facilitator);
    await writer.synced;
    const { asset: card, point: agreed } = seedSynergyPoint(writer.doc, {
      asset: '倉庫',
      gap: '在庫',
      title: '在庫共有',
    });
    await waitFor(
      async () => (await storedDoc(server.storage, `${later.id}/content`)).getMap('shapes').size === 5,
      'stored',
    );
    for (const who of [a, b])
      await call(server.url, 'POST', `/api/boards/${later.id}/agreements`, who.token, {
        card: agreed,
        agree: true,
      });
    const path = '/later';
    const added = await call(
      server.url,
      'POST',
      `/api/boards/${later.id}/webhooks`,
      later.tokens.facilitator,
      {
        url: `${receiver.url}${path}`,
      },
    );
    expect(added.status).toBe(201);
    setText(writer.doc, { id: card, text: '倉庫と在庫' }, 'h');
    await waitFor(() => events(path).length > 0, 'the change delivered');
    expect(events(path).map((event) => event.event)).toEqual(['changed']);
    writer.destroy();
  });

  it('may not point at this machine or a private network unless the deployment allows it', async () => {
    const strict = await startTestServer();
    try {
      const other = await createBoard(strict.url);
      for (const url of [
        'http://127.0.0.1:9/x',
        'http://localhost/x',
        'http://10.1.2.3/x',
        'http://[::1]/x',
        'http://[::ffff:127.0.0.1]/x',
        'http://[::ffff:a9fe:a9fe]/latest/meta-data',
      ])
        expect(
          (
            await call(strict.url, 'POST', `/api/boards/${other.id}/webhooks`, other.tokens.facilitator, {
              url,
            })
          ).status,
          url,
        ).toBe(400);
    } finally {
      await strict.dispose();
    }
  });
});
