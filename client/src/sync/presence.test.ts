import { afterEach, describe, expect, it, vi } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { BoardId, CompanyKey } from '@kyoso/shared';
import { parsePeer } from './peers';
import { createPresence, PRESENCE_INTERVAL_MS } from './presence';
import { FACILITATOR_COLOR, OBSERVER_COLOR, UNKNOWN_COMPANY_COLOR } from './presenceColor';
import type { BoardMetaView, Identity } from './session-types';
import { createValueStore } from './store';

const companies = [
  { key: 'a' as CompanyKey, name: 'あさひ', color: '#2f6fde' },
  { key: 'b' as CompanyKey, name: 'Blue Ocean', color: '#e0572b' },
];
const member = (name: string, company = 'a'): Identity => ({
  boardId: 'board123' as BoardId,
  role: 'member',
  company: company as CompanyKey,
  name,
});
const metaStore = (list = companies) => createValueStore<BoardMetaView>({ title: 'T', companies: list });

/** Delivers `from`'s state for `clientId` to `to` (as the server would). */
function deliver(from: Awareness, to: Awareness, clientId = from.clientID) {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [clientId]), 'remote');
}

/** Another client on the channel that says exactly `state`. */
function stranger(state: unknown): Awareness {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(state as Record<string, unknown>);
  return awareness;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('parsePeer', () => {
  const user = { name: 'Aiko', role: 'member', company: 'a', color: '#000000' };

  it('reads a full state, taking the colour from the company', () => {
    expect(
      parsePeer(
        7,
        {
          user,
          cursor: { x: 1, y: 2 },
          selection: ['s1'],
          dragging: { ids: ['s1'], dx: 3, dy: 4 },
          view: { x: 0, y: 0, w: 10, h: 5 },
        },
        companies,
      ),
    ).toEqual({
      clientId: 7,
      user: { name: 'Aiko', role: 'member', company: 'a', color: '#2f6fde' },
      cursor: { x: 1, y: 2 },
      selection: ['s1'],
      dragging: { ids: ['s1'], dx: 3, dy: 4 },
      view: { x: 0, y: 0, w: 10, h: 5 },
    });
  });

  it('skips states without a well-formed user', () => {
    for (const state of [
      null,
      42,
      'hi',
      [],
      {},
      { user: null },
      { user: 'Aiko' },
      { user: { role: 'member', company: 'a' } },
      { user: { name: 'x', role: 'admin' } },
      { user: { name: 'x', role: 'member' } },
      { user: { name: 'x', role: 'member', company: 'NOT A KEY' } },
      { user: { name: 42, role: 'observer' } },
    ])
      expect(parsePeer(1, state, companies), JSON.stringify(state)).toBeNull();
  });

  it('reads malformed optional fields as nothing', () => {
    const peer = parsePeer(
      1,
      {
        user: { name: 'x'.repeat(500), role: 'facilitator', company: 'a', color: '#ff0000' },
        cursor: { x: 'left', y: 2 },
        selection: ['ok', 'not ok!'],
        dragging: { ids: [], dx: 1, dy: 1 },
        view: { x: 0, y: 0, w: -5, h: 5 },
      },
      companies,
    );
    expect(peer).toEqual({
      clientId: 1,
      user: { name: 'x'.repeat(64), role: 'facilitator', company: null, color: FACILITATOR_COLOR },
      cursor: null,
      selection: [],
      dragging: null,
      view: null,
    });
    expect(
      parsePeer(2, { user: { name: 'o', role: 'observer' }, cursor: { x: Infinity, y: 0 } }, companies),
    ).toMatchObject({
      user: { color: OBSERVER_COLOR },
      cursor: null,
    });
  });

  it("uses a member's claimed colour only when the meta does not know the company", () => {
    expect(
      parsePeer(1, { user: { name: 'z', role: 'member', company: 'z', color: '#123456' } }, companies)?.user
        .color,
    ).toBe('#123456');
    expect(
      parsePeer(1, { user: { name: 'z', role: 'member', company: 'z', color: 'red' } }, companies)?.user
        .color,
    ).toBe(UNKNOWN_COMPANY_COLOR);
  });
});

describe('presence', () => {
  it('puts who we are in awareness at once, coloured by our company', () => {
    const awareness = new Awareness(new Y.Doc());
    const presence = createPresence({ awareness, identity: member('Aiko', 'b'), meta: metaStore() });
    expect(presence.self).toEqual({ name: 'Aiko', color: '#e0572b', role: 'member', company: 'b' });
    expect(awareness.getLocalState()).toEqual({
      user: presence.self,
      cursor: null,
      selection: [],
      dragging: null,
      view: null,
    });
    presence.destroy();
  });

  it('keeps its own state when the server sends it back stamped anew', () => {
    const awareness = new Awareness(new Y.Doc());
    const presence = createPresence({ awareness, identity: member('Aiko'), meta: metaStore() });
    // The server's copy of our state, without a name and with a newer clock.
    const id = awareness.clientID;
    const stamped = { ...(awareness.getLocalState() as object), user: { ...presence.self, name: '' } };
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, awareness.meta.get(id)!.clock + 1);
    encoding.writeVarString(encoder, JSON.stringify(stamped));
    applyAwarenessUpdate(awareness, encoding.toUint8Array(encoder), 'remote');
    expect((awareness.getLocalState() as { user: { name: string } }).user.name).toBe('Aiko');
    presence.destroy();
  });

  it('recolours us when the meta arrives', () => {
    vi.useFakeTimers();
    const awareness = new Awareness(new Y.Doc());
    const meta = metaStore([]);
    const presence = createPresence({ awareness, identity: member('Aiko'), meta });
    expect(presence.self.color).toBe(UNKNOWN_COMPANY_COLOR);
    meta.set({ title: 'T', companies });
    expect(presence.self.color).toBe('#2f6fde');
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect((awareness.getLocalState() as { user: { color: string } }).user.color).toBe('#2f6fde');
    presence.destroy();
  });

  it('lists the other participants, ignoring garbage states and itself', () => {
    const mine = new Awareness(new Y.Doc());
    const presence = createPresence({ awareness: mine, identity: member('Aiko'), meta: metaStore() });
    const bob = stranger({ user: { name: 'Bob', role: 'member', company: 'b' }, cursor: { x: 5, y: 6 } });
    deliver(bob, mine);
    for (const garbage of [{}, { user: 'x' }, { user: { name: 'x', role: 'root' } }, 42, 'text', [1, 2]])
      deliver(stranger(garbage), mine);
    const peers = presence.peers.get();
    expect(peers).toHaveLength(1);
    expect(peers[0]).toMatchObject({
      clientId: bob.clientID,
      user: { name: 'Bob', color: '#e0572b' },
      cursor: { x: 5, y: 6 },
    });

    // Unchanged peers keep their objects; the list keeps its identity while nothing changes.
    const carol = stranger({ user: { name: 'Carol', role: 'facilitator' } });
    deliver(carol, mine);
    const withCarol = presence.peers.get();
    expect(withCarol).toHaveLength(2);
    expect(withCarol.find((p) => p.clientId === bob.clientID)).toBe(peers[0]);
    deliver(bob, mine); // the same state again (a renewal)
    expect(presence.peers.get()).toBe(withCarol);

    bob.setLocalState(null);
    deliver(bob, mine);
    expect(presence.peers.get().map((p) => p.user.name)).toEqual(['Carol']);
    presence.destroy();
  });

  it('sends cursor, drag and view at most ~30 times a second, the last one always', () => {
    vi.useFakeTimers();
    const awareness = new Awareness(new Y.Doc());
    const presence = createPresence({ awareness, identity: member('Aiko'), meta: metaStore() });
    const sent: { at: number; cursor: unknown }[] = [];
    awareness.on('update', (_change: unknown, origin: unknown) => {
      if (origin === 'local') sent.push({ at: Date.now(), cursor: awareness.getLocalState()?.cursor });
    });
    const start = Date.now();
    for (let i = 1; i <= 1000; i++) {
      presence.setCursor({ x: i, y: i });
      if (i % 100 === 0) presence.setView({ x: i, y: 0, w: 100, h: 100 });
      if (i % 250 === 0) presence.setDragging({ ids: ['s1' as never], dx: i, dy: 0 });
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    const seconds = (Date.now() - start) / 1000;
    expect(sent.length).toBeLessThanOrEqual(Math.ceil(seconds * (1000 / PRESENCE_INTERVAL_MS)) + 1);
    expect(sent.length).toBeGreaterThan(20);
    for (let i = 1; i < sent.length; i++)
      expect(sent[i]!.at - sent[i - 1]!.at).toBeGreaterThanOrEqual(PRESENCE_INTERVAL_MS);
    expect(sent.at(-1)?.cursor).toEqual({ x: 1000, y: 1000 });
    expect(awareness.getLocalState()).toMatchObject({ view: { x: 1000 }, dragging: { dx: 1000 } });

    // Nothing new: nothing sent.
    const count = sent.length;
    presence.setCursor({ x: 1000, y: 1000 });
    vi.advanceTimersByTime(1000);
    expect(sent.length).toBe(count);
    presence.destroy();
  });

  it('stops sending when destroyed', () => {
    vi.useFakeTimers();
    const awareness = new Awareness(new Y.Doc());
    const presence = createPresence({ awareness, identity: member('Aiko'), meta: metaStore() });
    vi.advanceTimersByTime(100);
    presence.setCursor({ x: 1, y: 1 }); // sent at once (leading edge)
    presence.setCursor({ x: 2, y: 2 }); // would go out at the end of the interval
    presence.destroy();
    vi.advanceTimersByTime(1000);
    expect(awareness.getLocalState()?.cursor).toEqual({ x: 1, y: 1 });
  });
});
