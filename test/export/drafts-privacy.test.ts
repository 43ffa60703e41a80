// An export holds only what its token may read: company A's member gets A's private drafts in the
// json file and never B's, in any format; the facilitator and the observer get no drafts at all.
// Drafts are written by real y-websocket clients of each company's members, and every format's
// bytes are searched (the PDF through pdftotext), next to text that must be there to show the
// search can find it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSticky, createSynergy, readShapes, type CompanyKey } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { joinAs, storedDoc } from '../workshop/support.js';

const run = promisify(execFile);
/** Short markers that no line wrapping or text layout can split. */
const DRAFT = { a: 'DRAFTAQ7', b: 'DRAFTBZ9' } as const;
const DRAFT_TEXT = { a: `${DRAFT.a} あさひの値下げ案`, b: `${DRAFT.b} ブルーの撤退案` } as const;
const PUBLIC = 'SYNPUB42';
const FORMATS = ['json', 'svg', 'pdf', 'csv', 'md'] as const;
type Format = (typeof FORMATS)[number];

let server: TestServer;
let board: CreatedBoard;
let dir: string;
const clients: SyncClient[] = [];

/** The export as text: the PDF's through pdftotext, the others' bytes as UTF-8. */
async function exportText(format: Format, token: string): Promise<string> {
  const res = await fetch(`${server.url}/api/boards/${board.id}/export.${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status, `export.${format}`).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (format !== 'pdf') return bytes.toString('utf8');
  const file = join(dir, `export-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return (await run('pdftotext', [file, '-'])).stdout;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kyoso-drafts-'));
  server = await startTestServer();
  board = await createBoard(server.url);
  const memberA = await joinAs(server.url, board, board.tokens.members.a!, '田中 (あさひ)');
  const memberB = await joinAs(server.url, board, board.tokens.members.b!, 'Smith (Blue)');
  const content = connectClient(server.url, board.id, 'content', memberA.token);
  const contentB = connectClient(server.url, board.id, 'content', memberB.token);
  const draftsA = connectClient(server.url, board.id, 'private/a', memberA.token);
  const draftsB = connectClient(server.url, board.id, 'private/b', memberB.token);
  clients.push(content, contentB, draftsA, draftsB);
  await Promise.all(clients.map((client) => client.synced));

  // A shared synergy point: what every format shows, so finding nothing proves something.
  const cardA = addSticky(
    content.doc,
    { x: 0, y: 0, text: '物流網', company: 'a' as CompanyKey, kind: 'asset' },
    'l',
  );
  // Each company makes its own cards (a member cannot make another company's).
  const cardB = addSticky(
    contentB.doc,
    { x: 400, y: 0, text: '販路', company: 'b' as CompanyKey, kind: 'gap' },
    'l',
  );
  await waitFor(
    () => readShapes(content.doc).shapes.some((shape) => shape.id === cardB),
    'B’s card on A’s page',
  );
  createSynergy(content.doc, { title: `${PUBLIC} 共同配送`, from: [cardA], to: [cardB] }, 'l');
  addSticky(draftsA.doc, { x: 0, y: 0, text: DRAFT_TEXT.a, kind: 'idea' }, 'l');
  addSticky(draftsB.doc, { x: 0, y: 0, text: DRAFT_TEXT.b, kind: 'idea' }, 'l');

  await waitFor(
    async () => readShapes(await storedDoc(server.storage, `${board.id}/content`)).shapes.length === 5,
    'the shared cards stored',
  );
  for (const key of ['a', 'b'] as const) {
    await waitFor(
      async () =>
        readShapes(await storedDoc(server.storage, `${board.id}/private/${key}`)).shapes.length === 1,
      `the draft of ${key} stored`,
    );
  }
});
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('exports and private drafts', () => {
  it.each(FORMATS)("A's member: %s never holds B's draft; json holds A's own", async (format) => {
    const text = await exportText(format, board.tokens.members.a!);
    expect(text).toContain(PUBLIC);
    expect(text).not.toContain(DRAFT.b);
    expect(text).not.toContain(DRAFT_TEXT.b);
    if (format === 'json') {
      const file = JSON.parse(text) as { drafts: Record<string, { text: string }[]> };
      expect(Object.keys(file.drafts)).toEqual(['a']);
      expect(file.drafts.a!.map((draft) => draft.text)).toEqual([DRAFT_TEXT.a]);
    }
  });

  it.each(FORMATS)("B's member: %s never holds A's draft", async (format) => {
    const text = await exportText(format, board.tokens.members.b!);
    expect(text).toContain(PUBLIC);
    expect(text).not.toContain(DRAFT.a);
    if (format === 'json')
      expect(Object.keys((JSON.parse(text) as { drafts: object }).drafts)).toEqual(['b']);
  });

  it.each(FORMATS.flatMap((format) => [['facilitator', format] as const, ['observer', format] as const]))(
    'the %s: %s holds no drafts at all',
    async (role, format) => {
      const text = await exportText(format, board.tokens[role]);
      expect(text).toContain(PUBLIC);
      expect(text).not.toContain(DRAFT.a);
      expect(text).not.toContain(DRAFT.b);
      if (format === 'json') expect((JSON.parse(text) as { drafts: object }).drafts).toEqual({});
    },
  );
});
