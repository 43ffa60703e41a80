// The joint action plan against the real server and stock clients: an agreed synergy point's plan
// (actions with owners and due dates, a KPI target) is part of what the companies agree to, so a
// new owner, due date or target asks every company to agree again while progress updates do not;
// only the companies the point links (and the facilitator) may change its plan; the facilitator's
// check-ins are ledger facts that move each point's progress; and the plan exports as CSV,
// Markdown, PDF and an iCalendar file that parses back, for everyone or one company.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import type * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPlanAction,
  addSticky,
  agreementStatus,
  createSynergy,
  currentAgreementContent,
  foldAgreements,
  pointTimeline,
  readLedger,
  readShapes,
  updateKpi,
  updatePlanAction,
  updateSynergy,
  type Company,
  type CompanyKey,
  type ShapeId,
  type StickyShape,
} from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, joinAs, storedDoc, type Participant } from './support.js';

const run = promisify(execFile);
let server: TestServer;
let board: CreatedBoard;
let alice: Participant;
let bob: Participant;
let carol: Participant;
let facilitator: Participant;
let contentA: SyncClient;
let contentB: SyncClient;
let contentC: SyncClient;
let ledger: SyncClient;
let point: ShapeId;
let other: ShapeId;
let action: ShapeId;
let dir: string;

const THREE = {
  title: '物流 × SaaS 提携',
  locale: 'ja',
  companies: [{ name: '株式会社あさひ物流' }, { name: 'Blue SaaS' }, { name: '第三商事' }],
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kyoso-plan-'));
  server = await startTestServer();
  board = await createBoard(server.url, THREE);
  alice = await joinAs(server.url, board, board.tokens.members.a!, '佐藤');
  bob = await joinAs(server.url, board, board.tokens.members.b!, 'Kim');
  carol = await joinAs(server.url, board, board.tokens.members.c!, '第三者');
  facilitator = await joinAs(server.url, board, board.tokens.facilitator, '司会');
  contentA = connectClient(server.url, board.id, 'content', alice.token);
  contentB = connectClient(server.url, board.id, 'content', bob.token);
  contentC = connectClient(server.url, board.id, 'content', carol.token);
  ledger = connectClient(server.url, board.id, 'ledger', board.tokens.observer);
  await Promise.all([contentA.synced, contentB.synced, contentC.synced, ledger.synced]);
  const asset = addSticky(
    contentA.doc,
    { x: 0, y: 0, text: '全国配送網', company: 'a' as CompanyKey, kind: 'asset' },
    'a',
  );
  const gap = addSticky(
    contentB.doc,
    { x: 800, y: 0, text: '地方顧客に届かない', company: 'b' as CompanyKey, kind: 'gap' },
    'b',
  );
  await waitFor(() => readShapes(contentA.doc).shapes.length === 2, 'both cards on A’s screen');
  point = createSynergy(contentA.doc, { title: '共同配送サービス', from: [asset], to: [gap] }, 'a');
  other = addSticky(
    contentA.doc,
    { x: 0, y: 400, text: '倉庫', company: 'a' as CompanyKey, kind: 'asset' },
    'a',
  );
  await waitFor(
    async () => (await storedDoc(server.storage, `${board.id}/content`)).getMap('shapes').size === 6,
    'the point, its links and the cards stored',
  );
});
afterAll(async () => {
  for (const client of [contentA, contentB, contentC, ledger]) client.destroy();
  await server.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const agree = (who: Participant, doc: SyncClient['doc']) =>
  call(server.url, 'POST', `/api/boards/${board.id}/agreements`, who.token, {
    card: point,
    agree: true,
    digest: currentAgreementContent(readShapes(doc).shapes)(point)!.digest,
  });
/** The point's agreement as a client reads it: the ledger it received against the content it holds. */
const status = (doc: SyncClient['doc']) =>
  agreementStatus(
    foldAgreements(readLedger(ledger.doc).events),
    point,
    board.companies as Company[],
    currentAgreementContent(readShapes(doc).shapes)(point)!.digest,
  );
const planOn = (doc: SyncClient['doc']) =>
  (readShapes(doc).shapes.find((shape) => shape.id === point) as StickyShape).plan;
const sameDigest = () => {
  const digest = (doc: SyncClient['doc']) => currentAgreementContent(readShapes(doc).shapes)(point)?.digest;
  return digest(contentA.doc) === digest(contentB.doc) && digest(contentB.doc) === digest(contentC.doc);
};
/** Every company on the board agrees (the third company too: an agreement is every company's). */
const agreedByAll = async () => {
  await waitFor(sameDigest, 'every client holds the same point');
  expect((await agree(alice, contentA.doc)).status).toBe(200);
  expect((await agree(bob, contentB.doc)).status).toBe(200);
  expect((await agree(carol, contentC.doc)).status).toBe(200);
  await waitFor(() => status(contentC.doc).agreedBy.length === 3, 'the agreements reach the ledger reader');
};

describe('the joint action plan', () => {
  it('is part of what is agreed: a new action asks every company to agree again', async () => {
    await agreedByAll();
    expect(status(contentC.doc)).toMatchObject({ agreed: true, agreedBy: ['a', 'b', 'c'], waitingFor: [] });
    action = addPlanAction(
      contentA.doc,
      { id: point, title: 'PoC契約の締結', owners: { a: '佐藤', b: 'Kim' }, due: '2027-01-29' },
      'a',
    ) as ShapeId;
    updateKpi(contentA.doc, { id: point, name: '新規顧客数', unit: '社', target: 40 }, 'a');
    await waitFor(() => planOn(contentC.doc)?.actions.length === 1, 'the action reaches everyone');
    expect(status(contentC.doc)).toMatchObject({ agreedBy: [], changedSince: ['a', 'b', 'c'] });
    await agreedByAll();
    expect(contentA.denials).toEqual([]);
  });

  it('takes progress from either linked company without asking anyone to agree again', async () => {
    updatePlanAction(contentB.doc, { id: point, action, status: 'blocked' }, 'b');
    updatePlanAction(contentA.doc, { id: point, action, helper: { company: 'b', name: 'Lee' } }, 'a');
    await waitFor(() => planOn(contentA.doc)?.actions[0]?.helper?.name === 'Lee', 'the helper on A’s screen');
    updateKpi(contentB.doc, { id: point, actual: 12 }, 'b');
    await waitFor(() => planOn(contentC.doc)?.kpi.actual === 12, 'the figure reaches everyone');
    expect(planOn(contentC.doc)?.actions[0]).toMatchObject({ status: 'blocked', helper: { name: 'Lee' } });
    expect(status(contentC.doc)).toMatchObject({ agreedBy: ['a', 'b', 'c'], changedSince: [] });
    expect([...contentA.denials, ...contentB.denials]).toEqual([]);
  });

  it('turns "changed since agreed" when a due date or the KPI target moves', async () => {
    updatePlanAction(contentB.doc, { id: point, action, due: '2027-02-26' }, 'b');
    await waitFor(
      () => planOn(contentC.doc)?.actions[0]?.due === '2027-02-26',
      'the new date reaches everyone',
    );
    expect(status(contentC.doc)).toMatchObject({ agreedBy: [], changedSince: ['a', 'b', 'c'] });
    await agreedByAll();
    updateKpi(contentA.doc, { id: point, target: 50 }, 'a');
    await waitFor(() => planOn(contentC.doc)?.kpi.target === 50, 'the new target reaches everyone');
    expect(status(contentC.doc).changedSince).toEqual(['a', 'b', 'c']);
    await agreedByAll();
  });

  it('is refused to a company the point does not link, and nothing of it is stored', async () => {
    updatePlanAction(contentC.doc, { id: point, action, owners: { a: '乗っ取り' } }, 'c');
    await waitFor(() => contentC.denials.length > 0, 'the refusal reaches the writer');
    expect(contentC.denials[0]).toMatch(/synergy point/i);
    // The others never see it (the stock client keeps its own divergent copy; Kyoso's resyncs).
    expect(planOn(contentA.doc)?.actions[0]?.owners).toEqual({ a: '佐藤', b: 'Kim' });
    const stored = await storedDoc(server.storage, `${board.id}/content`);
    const plan = (readShapes(stored).shapes.find((shape) => shape.id === point) as StickyShape).plan;
    expect(plan?.actions[0]?.owners).toEqual({ a: '佐藤', b: 'Kim' });
  });

  it('is refused when malformed, even from a company the point links', async () => {
    const raw = contentA.doc.getMap('shapes').get(point) as Y.Map<unknown>;
    const denied = contentA.denials.length;
    raw.set('kpiTarget', '四十');
    await waitFor(() => contentA.denials.length > denied, 'the refusal reaches the writer');
    expect(contentA.denials.at(-1)).toMatch(/kpiTarget/);
    expect(planOn(contentB.doc)?.kpi.target).toBe(50);
  });
});

const checkIn = (who: { token: string }, body: unknown) =>
  call<{ at?: string; title?: string; error?: string }>(
    server.url,
    'POST',
    `/api/boards/${board.id}/check-ins`,
    who.token,
    body,
  );

describe('check-ins', () => {
  it('are recorded by the facilitator as ledger facts that move each point’s progress', async () => {
    const first = await checkIn(facilitator, {
      title: '1月の定例',
      points: [{ card: point, progress: 'inProgress', actual: 15, note: '関東で試行中' }],
    });
    expect(first.status).toBe(200);
    expect(first.body.title).toBe('1月の定例');
    await waitFor(() => planOn(contentB.doc)?.progress === 'inProgress', 'the progress reaches the board');
    expect(planOn(contentB.doc)?.kpi.actual).toBe(15);
    const second = await checkIn(facilitator, { points: [{ card: point, progress: 'done', actual: 41 }] });
    expect(second.status).toBe(200);
    await waitFor(
      () => pointTimeline(readLedger(ledger.doc).events, point).length >= 2 + 6,
      'both in the ledger',
    );
    const timeline = pointTimeline(readLedger(ledger.doc).events, point).filter(
      (entry) => entry.kind === 'checkIn',
    );
    expect(
      timeline.map((entry) => entry.kind === 'checkIn' && [entry.progress, entry.actual, entry.name]),
    ).toEqual([
      ['inProgress', 15, '司会'],
      ['done', 41, '司会'],
    ]);
    // A progress update, not a commitment: the point stays agreed (B's copy: A and C kept their
    // refused writes, as stock clients do).
    expect(status(contentB.doc)).toMatchObject({ agreedBy: ['a', 'b', 'c'], changedSince: [] });
  });

  it('refuse members, unknown cards, cards that are not synergy points and a point twice', async () => {
    const ok = { card: point, progress: 'done' };
    expect((await checkIn(alice, { points: [ok] })).status).toBe(403);
    expect((await checkIn(facilitator, { points: [{ ...ok, card: 'nothere' }] })).status).toBe(404);
    const notPoint = await checkIn(facilitator, { points: [{ ...ok, card: other }] });
    expect(notPoint).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/not a synergy point/) },
    });
    expect((await checkIn(facilitator, { points: [ok, ok] })).status).toBe(400);
    expect((await checkIn(facilitator, { points: [{ ...ok, progress: 'shipped' }] })).status).toBe(400);
    expect((await checkIn(facilitator, { checkIn: 'nope', points: [ok] })).status).toBe(404);
    const before = readLedger(ledger.doc).events.length;
    expect((await checkIn(facilitator, { points: [] })).status).toBe(400);
    expect(readLedger(ledger.doc).events.length).toBe(before);
  });
});

const download = async (path: string, token = board.tokens.observer) => {
  const res = await fetch(`${server.url}/api/boards/${board.id}/${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
};

describe('plan exports', () => {
  it('give the due dates as an iCalendar file that parses back, for everyone or one company', async () => {
    addPlanAction(
      contentB.doc,
      { id: point, title: 'API連携の開発', owners: { b: 'Kim' }, due: '2027-03-31' },
      'b',
    );
    await waitFor(async () => {
      const stored = await storedDoc(server.storage, `${board.id}/content`);
      return (
        (readShapes(stored).shapes.find((s) => s.id === point) as StickyShape).plan?.actions.length === 2
      );
    }, 'the second action stored');
    const all = await download('plan.ics');
    expect(all.status).toBe(200);
    expect(all.type).toMatch(/^text\/calendar/);
    const events = (bytes: Buffer) =>
      new ICAL.Component(ICAL.parse(bytes.toString('utf8')))
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent))
        .map((event) => ({
          summary: event.summary,
          day: event.startDate.toString(),
          allDay: event.startDate.isDate,
        }));
    expect(events(all.bytes)).toEqual([
      { summary: 'PoC契約の締結 (共同配送サービス)', day: '2027-02-26', allDay: true },
      { summary: 'API連携の開発 (共同配送サービス)', day: '2027-03-31', allDay: true },
    ]);
    expect(events((await download('plan.ics?company=a')).bytes).map((e) => e.day)).toEqual(['2027-02-26']);
    expect(events((await download('plan.ics?company=c')).bytes)).toEqual([]);
    expect((await download('plan.ics?company=zz')).status).toBe(400);
    expect((await download('plan.xls')).status).toBe(404);
  });

  it('give the plan as CSV, Markdown and a PDF whose text holds every action', async () => {
    const csv = (await download('plan.csv?lang=en')).bytes.toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('Owner (株式会社あさひ物流)');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('PoC契約の締結');
    // B added an action after the last agreement: the plan waits to be agreed again.
    expect(lines[1]).toContain('Changed: waiting to be agreed again');
    expect(lines[1]).toContain('Shipped');
    const md = (await download('plan.md')).bytes.toString('utf8');
    expect(md).toContain('## 共同配送サービス');
    expect(md).toContain('| API連携の開発 |');
    const pdf = await download('plan.pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(join(dir, 'plan.pdf'), pdf.bytes);
    const text = (await run('pdftotext', [join(dir, 'plan.pdf'), '-'])).stdout;
    expect(text).toContain('PoC契約の締結');
    expect(text).toContain('API連携の開発');
    expect(text).toContain('共同アクションプラン');
  });

  it('give a next step once in the calendar when an action restates it (made its first action)', async () => {
    const summaries = async () =>
      new ICAL.Component(ICAL.parse((await download('plan.ics')).bytes.toString('utf8')))
        .getAllSubcomponents('vevent')
        .map((vevent) => `${new ICAL.Event(vevent).startDate.toString()} ${new ICAL.Event(vevent).summary}`);
    const stored = async (nextStep: string) =>
      waitFor(async () => {
        const card = readShapes(await storedDoc(server.storage, `${board.id}/content`)).shapes.find(
          (s) => s.id === point,
        ) as StickyShape;
        return card.synergy?.nextStep === nextStep || null;
      }, `next step ${nextStep} stored`);
    updateSynergy(contentB.doc, { id: point, nextStep: 'PoC契約の締結', due: '2027-02-26' }, 'b');
    await stored('PoC契約の締結');
    expect(await summaries()).toEqual([
      '2027-02-26 PoC契約の締結 (共同配送サービス)',
      '2027-03-31 API連携の開発 (共同配送サービス)',
    ]);
    // A next step no action restates keeps its own event.
    updateSynergy(contentB.doc, { id: point, nextStep: 'キックオフ', due: '2027-01-15' }, 'b');
    await stored('キックオフ');
    expect(await summaries()).toContain('2027-01-15 キックオフ (共同配送サービス)');
    // An action of that title but no date is not in the calendar: the next step stays.
    addPlanAction(contentB.doc, { id: point, title: 'キックオフ', owners: { b: 'Kim' }, due: null }, 'b');
    await waitFor(async () => {
      const card = readShapes(await storedDoc(server.storage, `${board.id}/content`)).shapes.find(
        (s) => s.id === point,
      ) as StickyShape;
      return card.plan?.actions.some((action) => action.title === 'キックオフ') || null;
    }, 'the undated action stored');
    expect(await summaries()).toContain('2027-01-15 キックオフ (共同配送サービス)');
  });
});
