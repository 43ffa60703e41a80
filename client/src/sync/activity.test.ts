// The page's activity store follows every rewrite the server makes of an entry, not only the
// folding of more changes into it: the end of an anonymous phase changes nothing but who.
import { writeActivity, type ActivityEntry, type ParticipantId, type ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createActivityChannel } from './activity';

const masked: ActivityEntry = {
  id: 'e1234567',
  type: 'created',
  at: '2026-11-24T10:00:00.000Z',
  by: { participant: null, name: null, role: 'member', company: 'a' } as ActivityEntry['by'],
  shapes: ['s1' as ShapeId],
  label: '匿名の案',
};

describe('the activity channel', () => {
  it('hands out the entries anew when the server writes the names back', () => {
    const doc = new Y.Doc();
    writeActivity(doc, { entries: [masked] }, 'server');
    const channel = createActivityChannel(doc);
    const seen: (string | null)[] = [];
    const stop = channel.entries.subscribe(() => seen.push(channel.entries.get()[0]!.by.name));
    const named = {
      ...masked,
      by: { ...masked.by, participant: 'p1234567' as ParticipantId, name: '青井 葵' },
    };
    writeActivity(doc, { entries: [named] }, 'server');
    expect(channel.entries.get()[0]!.by).toEqual(named.by);
    expect(seen).toEqual(['青井 葵']);
    stop();
    channel.destroy();
  });
});
