import { afterEach, describe, expect, it, vi } from 'vitest';
import { createValueStore } from '../sync/store';
import type { LiveParticipant, ParticipantState } from '../sync/participant';
import { tokenWithin } from './participantToken';

function fakeParticipant(initial: ParticipantState) {
  const store = createValueStore<ParticipantState>(initial);
  const participant: LiveParticipant = {
    get: store.get,
    subscribe: store.subscribe,
    token: () => {
      const state = store.get();
      return state.status === 'ready' ? state.token : null;
    },
    retry: () => {},
    rejoin: () => {},
    destroy: () => store.destroy(),
  };
  return { participant, store };
}

const ready = (token: string): ParticipantState => ({
  status: 'ready',
  token,
  participant: { id: 'p' as never, name: 'Aoi', role: 'member', company: 'a' },
});

describe('waiting for the participant token', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers at once when joined', async () => {
    const { participant } = fakeParticipant(ready('t1'));
    await expect(tokenWithin(participant, 1000)).resolves.toBe('t1');
  });

  it('waits for a registration under way to finish', async () => {
    const { participant, store } = fakeParticipant({ status: 'joining' });
    const token = tokenWithin(participant, 1000);
    store.set(ready('t2'));
    await expect(token).resolves.toBe('t2');
  });

  it('gives up when the registration fails or takes too long', async () => {
    const failing = fakeParticipant({ status: 'joining' });
    const refused = tokenWithin(failing.participant, 1000);
    failing.store.set({ status: 'failed', message: 'rotated' });
    await expect(refused).resolves.toBeNull();

    vi.useFakeTimers();
    const slow = fakeParticipant({ status: 'joining' });
    const late = tokenWithin(slow.participant, 1000);
    vi.advanceTimersByTime(1000);
    await expect(late).resolves.toBeNull();
  });
});
