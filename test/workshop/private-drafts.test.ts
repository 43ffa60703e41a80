// A company's drafts are its own: while company A drafts in `private/a`, nobody outside company A
// (member of B, facilitator, observer) receives a byte of it on any channel, until A reveals a card.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSticky, setText, type ShapeId } from '@kyoso/shared';
import { CLOSE } from '@kyoso/server';
import { closeCodeOf, connectClient, rawSocket, syncUrl, type SyncClient } from '../support/clients.js';
import { createBoard, startTestServer, type CreatedBoard, type TestServer } from '../support/server.js';
import { waitFor } from '../support/wait.js';
import { call, connectRecording, joinAs, ledgerOf, storedDoc, type RecordingClient } from './support.js';

let server: TestServer;
let board: CreatedBoard;
const clients: SyncClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  board = await createBoard(server.url);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.dispose();
});

const SECRET = 'SECRET-DRAFT-まだ秘密の案';
const SECRET_EDIT = 'EDITED-SECRET-書き直した案';
const SECRET_PRESENCE = 'SECRET-PRESENCE-a';
const PUBLIC = 'REVEALED-公開する案';

describe('private drafts', () => {
  it('nobody outside company A receives a byte of private/a, on any channel, while A drafts', async () => {
    const memberA = await joinAs(server.url, board, board.tokens.members.a!, 'Aさん');
    const memberB = await joinAs(server.url, board, board.tokens.members.b!, 'Bさん');
    const facilitator = await joinAs(server.url, board, board.tokens.facilitator, 'Facilitator');
    const observer = await joinAs(server.url, board, board.tokens.observer, 'Observer');

    // Everyone outside company A, on every channel each may open, recording every frame.
    const outsiders: Record<string, string[]> = {
      [memberB.token]: ['content', 'control', 'ledger', 'private/b'],
      [facilitator.token]: ['content', 'control', 'ledger'],
      [observer.token]: ['content', 'control', 'ledger'],
    };
    const recorders: RecordingClient[] = [];
    for (const [token, channels] of Object.entries(outsiders)) {
      for (const channel of channels) recorders.push(connectRecording(server.url, board.id, channel, token));
    }
    clients.push(...recorders);
    await Promise.all(recorders.map((r) => r.synced));
    // B trying private/a is turned away before a byte of it is sent.
    for (const token of [memberB.token, board.tokens.members.b!, facilitator.token, observer.token]) {
      const probe = rawSocket(syncUrl(server.url, board.id, 'private/a', token));
      expect(await closeCodeOf(probe)).toBe(CLOSE.forbidden);
      expect(probe.received).toEqual([]);
    }

    // A drafts two cards, edits one, and is present in the private room.
    const drafts = connectClient(server.url, board.id, 'private/a', memberA.token);
    const colleague = connectClient(server.url, board.id, 'private/a', board.tokens.members.a!);
    clients.push(drafts, colleague);
    await Promise.all([drafts.synced, colleague.synced]);
    drafts.provider.awareness.setLocalState({ user: { name: SECRET_PRESENCE } });
    const secret = addSticky(drafts.doc, { x: 0, y: 0, text: SECRET, kind: 'idea' }, 'local');
    const shown = addSticky(drafts.doc, { x: 0, y: 200, text: PUBLIC, kind: 'asset' }, 'local');
    setText(drafts.doc, { id: secret, text: SECRET_EDIT }, 'local');
    await waitFor(
      () => colleague.provider.awareness.getStates().has(drafts.doc.clientID),
      "the colleague to see A's presence",
    );
    await waitFor(async () => {
      const stored = await storedDoc(server.storage, `${board.id}/private/a`);
      return stored.getMap('shapes').size === 2;
    }, 'the drafts to be stored');

    // A reveals one card: the outsiders' content clients receive it (so the recording works) and
    // the ledger records it; the other draft stays unseen.
    const revealed = await call(server.url, 'POST', `/api/boards/${board.id}/reveal`, memberA.token, {
      cards: [shown],
    });
    expect(revealed).toEqual({ status: 200, body: { revealed: [shown] } });
    for (const recorder of recorders) {
      const channel = recorder.provider.roomname.slice(board.id.length + 1);
      if (channel === 'content') await waitFor(() => recorder.saw(PUBLIC), 'the revealed card on content');
      if (channel === 'ledger')
        await waitFor(
          () => ledgerOf(recorder.doc).some((e) => e.type === 'revealed'),
          'the reveal in the ledger',
        );
    }

    const leaked = (text: string) => recorders.filter((r) => r.saw(text)).map((r) => r.provider.roomname);
    expect(recorders.every((r) => r.frames.length > 0)).toBe(true);
    expect(leaked(SECRET)).toEqual([]);
    expect(leaked(SECRET_EDIT)).toEqual([]);
    expect(leaked(SECRET_PRESENCE)).toEqual([]);
    expect(leaked(secret as ShapeId)).toEqual([]);
  });
});
