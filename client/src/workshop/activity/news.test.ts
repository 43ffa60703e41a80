import type { ActivityEntry, ParticipantId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { isNews, NEWS_MS } from './news';

const now = Date.parse('2026-12-07T10:00:00.000Z');
const entry = (at: number, until?: number): ActivityEntry => ({
  id: 'e1234567',
  type: 'deleted',
  at: new Date(at).toISOString(),
  ...(until === undefined ? {} : { until: new Date(until).toISOString() }),
  by: { participant: 'p1234567' as ParticipantId, name: 'Ben', role: 'member', company: null },
  shapes: [],
});

describe('isNews', () => {
  it('is news within the last minute, history before it, by the latest change folded in', () => {
    expect(isNews(entry(now - 2_000), now)).toBe(true);
    expect(isNews(entry(now - NEWS_MS - 1), now)).toBe(false);
    expect(isNews(entry(now - 10 * NEWS_MS, now - 1_000), now)).toBe(true);
  });
});
