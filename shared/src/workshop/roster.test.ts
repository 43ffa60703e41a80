import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CompanyKey, ParticipantId } from '../ids.js';
import {
  nextJoinTime,
  readRoster,
  readRosterEntry,
  rosterEntries,
  setRosterAdmission,
  writeRosterEntry,
  type RosterEntry,
} from './roster.js';

const entry = (id: string, fields: Partial<RosterEntry> = {}): RosterEntry => ({
  id: id as ParticipantId,
  name: '佐藤',
  role: 'member',
  company: 'a' as CompanyKey,
  status: 'admitted',
  joinedAt: '2026-01-01T09:00:00.000Z',
  admittedAt: null,
  removedAt: null,
  ...fields,
});

describe('the roster document', () => {
  it('reads back what is written, oldest first', () => {
    const doc = new Y.Doc();
    writeRosterEntry(doc, entry('bbbbbbbbbbbbbbbb', { joinedAt: '2026-01-01T09:05:00.000Z' }), null);
    writeRosterEntry(doc, entry('aaaaaaaaaaaaaaaa', { role: 'observer', company: null, name: '見学' }), null);
    const roster = readRoster(doc);
    expect(roster.admission).toBe(false);
    expect(roster.participants.map((p) => p.id)).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
    expect(readRosterEntry(doc, 'bbbbbbbbbbbbbbbb' as ParticipantId)).toEqual(
      entry('bbbbbbbbbbbbbbbb', { joinedAt: '2026-01-01T09:05:00.000Z' }),
    );
  });

  it('stamps a join just after the latest one when the clock has not moved on, so joins keep their order', () => {
    const doc = new Y.Doc();
    expect(nextJoinTime(doc, new Date('2026-01-01T09:00:00.000Z'))).toBe('2026-01-01T09:00:00.000Z');
    writeRosterEntry(doc, entry('zzzzzzzzzzzzzzzz', { joinedAt: '2026-01-01T09:00:00.000Z' }), 'test');
    // The same millisecond (or a clock step back): one millisecond later than the latest.
    const second = nextJoinTime(doc, new Date('2026-01-01T09:00:00.000Z'));
    expect(second).toBe('2026-01-01T09:00:00.001Z');
    writeRosterEntry(doc, entry('aaaaaaaaaaaaaaaa', { joinedAt: second }), 'test');
    expect(readRoster(doc).participants.map((p) => p.id)).toEqual(['zzzzzzzzzzzzzzzz', 'aaaaaaaaaaaaaaaa']);
    // Later joins keep the clock's own time.
    expect(nextJoinTime(doc, new Date('2026-01-01T10:00:00.000Z'))).toBe('2026-01-01T10:00:00.000Z');
  });

  it('skips entries that are not well formed', () => {
    const doc = new Y.Doc();
    const map = rosterEntries(doc);
    map.set('cccccccccccccccc', { ...entry('dddddddddddddddd') }); // id differs from its key
    map.set('eeeeeeeeeeeeeeee', { ...entry('eeeeeeeeeeeeeeee'), company: null }); // member without company
    map.set('ffffffffffffffff', { ...entry('ffffffffffffffff'), status: 'banned' });
    map.set('gggggggggggggggg', { ...entry('gggggggggggggggg'), name: '' });
    map.set('hhhhhhhhhhhhhhhh', 'not an object');
    expect(readRoster(doc).participants).toEqual([]);
  });

  it('turning admission off lets everyone waiting in', () => {
    const doc = new Y.Doc();
    expect(setRosterAdmission(doc, true, '2026-01-01T10:00:00.000Z', null)).toBe(true);
    writeRosterEntry(doc, entry('aaaaaaaaaaaaaaaa', { status: 'waiting' }), null);
    writeRosterEntry(doc, entry('bbbbbbbbbbbbbbbb', { status: 'removed' }), null);
    expect(setRosterAdmission(doc, true, '2026-01-01T10:00:00.000Z', null)).toBe(false);
    expect(setRosterAdmission(doc, false, '2026-01-01T10:30:00.000Z', null)).toBe(true);
    expect(readRoster(doc)).toEqual({
      admission: false,
      participants: [
        entry('aaaaaaaaaaaaaaaa', { admittedAt: '2026-01-01T10:30:00.000Z' }),
        entry('bbbbbbbbbbbbbbbb', { status: 'removed' }),
      ],
    });
    expect(setRosterAdmission(doc, false, '2026-01-01T11:00:00.000Z', null)).toBe(false);
  });
});
