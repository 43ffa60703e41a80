// The workshop channels against the real server, in this process, with the stock provider over
// the `ws` package: what each role's page receives and may change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { configFromEnv, startServer, type RunningServer } from '@kyoso/server';
import {
  addSticky,
  setPhase,
  startTimer,
  type CreatedBoard,
  type CompanyKey,
  type Role,
} from '@kyoso/shared';
import { ReadOnlyError, type Store } from './session-types';
import { until, createTestBoard } from './test-support';
import { createCommandsApi } from './commandsApi';
import { joinAsParticipant, type LiveParticipant } from './participant';
import { openWorkshop } from './workshop';
import type { WorkshopSession } from './workshop-types';

let server: RunningServer;
let dataDir: string;
const opened: WorkshopSession[] = [];
const participants: LiveParticipant[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kyoso-client-workshop-'));
  server = await startServer(
    configFromEnv(
      {},
      {
        port: 0,
        host: '127.0.0.1',
        dataDir,
        secret: 'workshop-test-secret-0123456789abcdef',
        roomIdleMs: 200,
      },
    ),
  );
});
afterEach(() => {
  for (const workshop of opened.splice(0)) workshop.destroy();
  for (const participant of participants.splice(0)) participant.destroy();
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const createBoard = () => createTestBoard(server.url, '共創');

/** Joins as a participant with the role's link, then opens the workshop channels with its token. */
async function open(
  board: CreatedBoard,
  role: Role,
  company: string | null = null,
  name = `${role}`,
): Promise<WorkshopSession> {
  const linkToken =
    role === 'member' ? board.tokens.members[company!]! : board.tokens[role as 'facilitator' | 'observer'];
  const identity = { boardId: board.id, role, company: company as CompanyKey | null, name };
  const api = createCommandsApi(board.id, { baseUrl: server.url });
  const participant = joinAsParticipant({ api, identity, linkToken, storage: null });
  participants.push(participant);
  await until(participant.subscribe, () => participant.get().status === 'ready', `${name} joined`);
  const workshop = openWorkshop({
    serverUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    linkToken,
    participant,
    identity,
    api,
    WebSocketPolyfill: WebSocket,
    offline: false,
    maxBackoffTime: 200,
  });
  opened.push(workshop);
  return workshop;
}

const when = <T>(store: Store<T>, check: (value: T) => boolean, what: string) =>
  until(store.subscribe, () => check(store.get()), what);

describe('the workshop channels of a page', () => {
  it('shows everyone the phase and timer the facilitator sets; nobody else can set them', async () => {
    const board = await createBoard();
    const facilitator = await open(board, 'facilitator');
    const member = await open(board, 'member', 'a');
    const observer = await open(board, 'observer');
    facilitator.runControl((doc, origin) => setPhase(doc, 'diverge', origin));
    facilitator.runControl((doc, origin) =>
      startTimer(doc, { durationMs: 300_000, now: facilitator.now() }, origin),
    );
    for (const page of [member, observer]) {
      await when(
        page.control,
        (c) => c.phase === 'diverge' && c.timer?.durationMs === 300_000,
        'phase and timer',
      );
    }
    expect(() => member.runControl((doc, origin) => setPhase(doc, 'vote', origin))).toThrow(ReadOnlyError);
    expect(() => observer.runControl((doc, origin) => setPhase(doc, 'vote', origin))).toThrow(ReadOnlyError);
  });

  it("shares a company's drafts among its members only", async () => {
    const board = await createBoard();
    const aoi = await open(board, 'member', 'a', 'Aoi');
    const teammate = await open(board, 'member', 'a', 'Akira');
    const ben = await open(board, 'member', 'b', 'Ben');
    expect((await open(board, 'facilitator')).drafts).toBeNull();
    aoi.drafts!.run((doc, origin) => addSticky(doc, { x: 0, y: 0, text: '物流網', kind: 'asset' }, origin));
    await when(
      teammate.drafts!.cards,
      (cards) => cards.some((c) => c.text === '物流網'),
      'teammate sees the draft',
    );
    expect(ben.drafts!.cards.get()).toEqual([]);
  });

  it('joins as a participant and sees what it reveals recorded in the ledger', async () => {
    const board = await createBoard();
    const aoi = await open(board, 'member', 'a', 'Aoi');
    const id = aoi.drafts!.run((doc, origin) =>
      addSticky(doc, { x: 0, y: 0, text: '販売網', kind: 'asset' }, origin),
    );
    await when(aoi.participant, (p) => p.status === 'ready', 'participant joined');
    // The draft travels by websocket, the reveal by HTTP: until the server has the draft it
    // answers 404, which a page (and this test) retries.
    const deadline = Date.now() + 10_000;
    let result = await aoi.api.reveal(aoi.participant.token()!, [id]);
    while (!result.ok && result.status === 404 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      result = await aoi.api.reveal(aoi.participant.token()!, [id]);
    }
    expect(result).toMatchObject({ ok: true, value: { revealed: [id] } });
    await when(
      aoi.ledger,
      (l) => l.events.some((e) => e.type === 'revealed' && e.cards.includes(id)),
      'ledger',
    );
    await when(aoi.drafts!.cards, (cards) => cards.length === 0, 'draft gone');
  });
});
