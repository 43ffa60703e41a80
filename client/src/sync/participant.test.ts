import { describe, expect, it } from 'vitest';
import type { BoardId, ParticipantId } from '@kyoso/shared';
import type { Identity } from './session-types';
import type { CommandResult, CommandsApi, ParticipantInfo } from './commandsApi';
import {
  joinAsParticipant,
  participantStorageKey,
  requestJoin,
  type KeyValueStorage,
  type ParticipantState,
} from './participant';

const identity: Identity = {
  boardId: 'board12345' as BoardId,
  role: 'member',
  company: null,
  name: 'あおい',
};

type Answer = CommandResult<{ participant: ParticipantInfo; token: string }>;
const joined = (token: string, id = 'p1'): Answer => ({
  ok: true,
  value: { participant: { id: id as ParticipantId, name: 'あおい', role: 'member', company: 'a' }, token },
});
const refused = (status: number, message = 'no'): Answer => ({ ok: false, status, message });

/** An API whose participant endpoint answers from a script, recording the tokens it was sent. */
function scriptedApi(answers: Answer[]) {
  const sent: string[] = [];
  const api = {
    registerParticipant: async (token: string) => {
      sent.push(token);
      const next = answers.shift();
      if (!next) throw new Error('unexpected call');
      return next;
    },
  } as unknown as CommandsApi;
  return { api, sent };
}

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

function settled(store: { get(): ParticipantState; subscribe(l: () => void): () => void }) {
  return new Promise<ParticipantState>((resolve) => {
    const check = () => {
      const state = store.get();
      if (state.status !== 'joining') {
        off();
        resolve(state);
      }
    };
    const off = store.subscribe(check);
    check();
  });
}

describe('joining a board as a participant', () => {
  it('joins with the link token and keeps the participant token for the next visit', async () => {
    const { api, sent } = scriptedApi([joined('participant-token')]);
    const storage = memoryStorage();
    const participant = joinAsParticipant({ api, identity, linkToken: 'link', storage });
    const state = await settled(participant);
    expect(state.status).toBe('ready');
    expect(participant.token()).toBe('participant-token');
    expect(sent).toEqual(['link']);
    expect(storage.data[participantStorageKey(identity)]).toBe('participant-token');
    participant.destroy();
  });

  it('comes back as the same participant with the kept token', async () => {
    const { api, sent } = scriptedApi([joined('renewed', 'same')]);
    const storage = memoryStorage({ [participantStorageKey(identity)]: 'kept' });
    const participant = joinAsParticipant({ api, identity, linkToken: 'link', storage });
    const state = await settled(participant);
    expect(state.status === 'ready' && state.participant.id).toBe('same');
    expect(sent).toEqual(['kept']);
    participant.destroy();
  });

  it('drops a kept token the server refuses (a rotated link) and joins afresh', async () => {
    const { api, sent } = scriptedApi([refused(401, 'this link has been replaced'), joined('fresh')]);
    const storage = memoryStorage({ [participantStorageKey(identity)]: 'stale' });
    const participant = joinAsParticipant({ api, identity, linkToken: 'link', storage });
    await settled(participant);
    expect(sent).toEqual(['stale', 'link']);
    expect(storage.data[participantStorageKey(identity)]).toBe('fresh');
    participant.destroy();
  });

  it('says why when the server refuses the link itself', async () => {
    const { api } = scriptedApi([refused(401, 'this link has been replaced')]);
    const participant = joinAsParticipant({ api, identity, linkToken: 'link', storage: null });
    const state = await settled(participant);
    expect(state).toEqual({ status: 'failed', message: 'this link has been replaced' });
    expect(participant.token()).toBeNull();
    participant.destroy();
  });

  it('takes a join already sent (the page head start) and asks again only on a retry', async () => {
    const early = scriptedApi([joined('early')]);
    const storage = memoryStorage();
    const firstRequest = requestJoin({ api: early.api, identity, linkToken: 'link', storage });
    const { api, sent } = scriptedApi([]);
    const participant = joinAsParticipant({ api, identity, linkToken: 'link', storage, firstRequest });
    const state = await settled(participant);
    expect(state.status === 'ready' && state.token).toBe('early');
    expect(early.sent).toEqual(['link']);
    expect(sent).toEqual([]);
    expect(storage.data[participantStorageKey(identity)]).toBe('early');
    participant.destroy();

    const failing = scriptedApi([refused(503)]);
    const retried = scriptedApi([joined('later')]);
    const again = joinAsParticipant({
      api: retried.api,
      identity,
      linkToken: 'link',
      storage: memoryStorage(),
      retryMs: 1,
      firstRequest: requestJoin({ api: failing.api, identity, linkToken: 'link', storage: null }),
    });
    expect((await settled(again)).status).toBe('ready');
    expect(retried.sent).toEqual(['link']);
    again.destroy();
  });

  it('keeps trying while the server cannot be reached', async () => {
    const { api, sent } = scriptedApi([refused(0), refused(503), joined('late')]);
    const participant = joinAsParticipant({ api, identity, linkToken: 'link', storage: null, retryMs: 1 });
    const state = await settled(participant);
    expect(state.status).toBe('ready');
    expect(sent).toEqual(['link', 'link', 'link']);
    participant.destroy();
  });
});
