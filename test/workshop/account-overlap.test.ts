// Private account overlap against the real server: three companies upload their customer lists;
// each pair that both did learns how many accounts it shares (Japanese name forms and domains
// folded), or only "fewer than 3"; the names of the shared accounts, and only those, reach the
// pair once both consented; no byte of a list reaches any other company, the facilitator or an
// observer on any channel or in any export; withdrawing deletes the list from storage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { call, connectRecording, joinAs, type Participant, type RecordingClient } from './support.js';

const THREE = {
  title: '顧客の重なり',
  locale: 'ja',
  companies: [{ name: 'あさひ物流' }, { name: 'Blue SaaS' }, { name: '第三商事' }],
};

// Names only company a wrote: they must never reach anyone outside a (their shared twins aside).
const A_ONLY = ['ＳＥＣＲＥＴ顧客丸秘工業', 'Hidden Prospect Ltd'];
const A_LIST = [
  '会社名,ドメイン',
  '株式会社東都食品,',
  '（株）みなと電機,',
  'ＡＢＣ　Ｔｒａｄｉｎｇ,',
  '北斗銀行,https://www.hokuto-bank.co.jp/',
  `${A_ONLY[0]},`,
  `"${A_ONLY[1]}",hidden-prospect.example`,
].join('\n');
const B_LIST = [
  'name,domain',
  '東都食品株式会社,',
  '㈱みなと電機,',
  '"abc trading co., ltd.",',
  'Hokuto Bank,hokuto-bank.co.jp',
  'B社だけの顧客,',
].join('\r\n');
const C_LIST = '株式会社東都食品\nC社だけの顧客\n';

let server: TestServer;
let board: CreatedBoard;
let alice: Participant;
let bob: Participant;
let carol: Participant;
let host: Participant;
const outsiders: RecordingClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.url, THREE);
  alice = await joinAs(server.url, board, board.tokens.members.a!, '佐藤');
  bob = await joinAs(server.url, board, board.tokens.members.b!, 'Kim');
  carol = await joinAs(server.url, board, board.tokens.members.c!, '田中');
  host = await joinAs(server.url, board, board.tokens.facilitator, '司会');
  for (const [token, channels] of [
    [bob.token, ['content', 'control', 'ledger', 'activity', 'discussion', 'private/b']],
    [carol.token, ['content', 'ledger', 'private/c']],
    [host.token, ['content', 'control', 'ledger', 'activity', 'discussion', 'participants']],
    [board.tokens.observer, ['content', 'ledger', 'activity']],
  ] as const)
    for (const channel of channels) outsiders.push(connectRecording(server.url, board.id, channel, token));
  await Promise.all(outsiders.map((client) => client.synced));
});
afterAll(async () => {
  for (const client of outsiders) client.destroy();
  await server.dispose();
});

type Overlap = {
  minimum?: number;
  mine?: { count: number } | null;
  pairs?: {
    company?: string;
    companies?: string[];
    optedIn?: boolean;
    uploads?: number;
    shared: number | null;
    fewerThan: number | null;
    consent?: { mine: boolean; theirs: boolean };
    accounts?: { names: string[]; domain: string }[] | null;
  }[];
  optedIn?: string[];
  error?: string;
};
const api = (who: { token: string }, method: string, path = '', body?: unknown) =>
  call<Overlap>(server.url, method, `/api/boards/${board.id}/accounts${path}`, who.token, body);
const pairWith = async (who: Participant, company: string) =>
  (await api(who, 'GET')).body.pairs!.find((pair) => pair.company === company)!;

describe('account overlap', () => {
  it('takes a list from a company’s member only, as CSV with names and optional domains', async () => {
    expect((await api(host, 'POST', '', { csv: A_LIST })).status).toBe(403);
    expect((await api({ token: board.tokens.observer }, 'POST', '', { csv: A_LIST })).status).toBe(403);
    expect((await api(alice, 'POST', '', { csv: '会社名\n\n' })).status).toBe(400);
    const uploaded = await api(alice, 'POST', '', { csv: A_LIST });
    expect(uploaded).toMatchObject({ status: 200, body: { count: 6 } });
    // Replacing a list at once could probe the other lists name by name: it waits.
    const again = await api(alice, 'POST', '', { csv: A_LIST });
    expect(again.status).toBe(429);
    expect(again.body.error).toMatch(/minutes/);
    expect((await api(bob, 'POST', '', { csv: B_LIST })).body).toMatchObject({ count: 5 });
    expect((await api(carol, 'POST', '', { csv: C_LIST })).body).toMatchObject({ count: 2 });
  });

  it('counts what each pair shares, folding Japanese legal forms, width and domains', async () => {
    expect(await pairWith(bob, 'a')).toMatchObject({ shared: 4 });
    expect(await pairWith(alice, 'b')).toMatchObject({
      optedIn: true,
      uploads: 1,
      shared: 4,
      fewerThan: null,
      accounts: null,
    });
    // One shared account is below the minimum: only "fewer than 3" is told.
    expect(await pairWith(alice, 'c')).toMatchObject({ shared: null, fewerThan: 3 });
    expect(await pairWith(carol, 'b')).toMatchObject({ shared: null, fewerThan: 3 });
    const facilitator = await api(host, 'GET');
    expect(facilitator.body.pairs).toEqual([
      { companies: ['a', 'b'], shared: 4, fewerThan: null },
      { companies: ['a', 'c'], shared: null, fewerThan: 3 },
      { companies: ['b', 'c'], shared: null, fewerThan: 3 },
    ]);
    expect((await api({ token: board.tokens.observer }, 'GET')).status).toBe(403);
  });

  it('reveals the shared names, and only those, once both companies consent', async () => {
    await api(alice, 'POST', '/consent', { company: 'b', reveal: true });
    expect((await pairWith(alice, 'b')).accounts).toBeNull();
    expect((await pairWith(bob, 'a')).consent).toEqual({ mine: false, theirs: true });
    await api(bob, 'POST', '/consent', { company: 'a', reveal: true });
    const seenByBob = await api(bob, 'GET');
    const names = seenByBob.body.pairs!.find((pair) => pair.company === 'a')!.accounts!.map((a) => a.names);
    expect(names).toEqual([
      ['東都食品株式会社', '株式会社東都食品'],
      ['㈱みなと電機', '（株）みなと電機'],
      ['abc trading co., ltd.', 'ＡＢＣ　Ｔｒａｄｉｎｇ'],
      ['Hokuto Bank', '北斗銀行'],
    ]);
    // Carol's pair with a stays closed; a's own names never leave a.
    expect(JSON.stringify(await api(carol, 'GET'))).not.toContain('東都');
    for (const name of A_ONLY) expect(JSON.stringify(seenByBob)).not.toContain(name);
    expect((await api(alice, 'POST', '/consent', { company: 'a', reveal: true })).status).toBe(400);
  });

  it('never puts a byte of a list on any channel or in any export of another company', async () => {
    outsiders.forEach((client, i) => {
      for (const name of [...A_ONLY, '北斗銀行']) expect(client.saw(name), `outsider ${i}`).toBe(false);
    });
    expect(outsiders.every((client) => client.frames.length > 0)).toBe(true);
    for (const token of [bob.token, carol.token, host.token, board.tokens.observer])
      for (const format of ['json', 'csv', 'md']) {
        const res = await fetch(`${server.url}/api/boards/${board.id}/export.${format}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const text = await res.text();
        for (const name of A_ONLY) expect(text, format).not.toContain(name);
      }
  });

  it('deletes a withdrawn list from storage and takes back its consents', async () => {
    expect((await api(alice, 'DELETE')).status).toBe(200);
    const stored = await server.storage.loadRoom(`${board.id}/server/accounts/a` as never);
    const all = Buffer.concat(stored.updates.map((update) => Buffer.from(update)));
    for (const name of [...A_ONLY, '株式会社東都食品', '北斗銀行'])
      expect(all.includes(bytes(name))).toBe(false);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    expect(doc.getMap('accounts').size).toBe(0);
    expect(await pairWith(bob, 'a')).toMatchObject({
      optedIn: false,
      shared: null,
      consent: { mine: false, theirs: false },
    });
    expect((await api(host, 'GET')).body.optedIn).toEqual(['b', 'c']);
    expect((await api(alice, 'DELETE')).status).toBe(404);
  });
});

const bytes = (text: string) => Buffer.from(text, 'utf8');
