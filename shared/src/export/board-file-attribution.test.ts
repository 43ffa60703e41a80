import { describe, expect, it } from 'vitest';
import type { Attribution, Stamp } from '../activity/activity-doc.js';
import type { ShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import { fileAttribution, importedAttribution, parseFileAttribution } from './board-file-attribution.js';
import { BoardFileError } from './board-file-json.js';

const s1 = 's1' as ShapeId;
const s2 = 's2' as ShapeId;
const shapes = [{ id: s1 }, { id: s2 }] as Shape[];
const aiko: Stamp = {
  participant: 'p1234567' as Stamp['participant'],
  name: '山田 愛子',
  role: 'member',
  company: 'a' as Stamp['company'],
  at: '2026-11-24T10:00:00.000Z',
};
const link: Stamp = { participant: null, name: null, role: 'facilitator', company: null, at: aiko.at };

describe('the board file’s attribution', () => {
  it('carries only the file’s shapes', () => {
    const stored = new Map<ShapeId, Attribution>([
      [s1, { created: aiko, changed: link }],
      ['gone' as ShapeId, { created: aiko, changed: null }],
    ]);
    expect(fileAttribution(shapes, stored)).toEqual({ s1: { created: aiko, changed: link } });
    expect(fileAttribution(shapes, undefined)).toEqual({});
  });

  it('reads back what it wrote, and nothing when the field is absent (older files)', () => {
    const file = JSON.parse(JSON.stringify({ s1: { created: aiko, changed: link } }));
    expect(parseFileAttribution(file, shapes)).toEqual({ s1: { created: aiko, changed: link } });
    expect(parseFileAttribution(undefined, shapes)).toEqual({});
  });

  it('refuses unknown shapes, bad stamps and fields a reader would drop', () => {
    const refuse = (value: unknown, message: RegExp) =>
      expect(() => parseFileAttribution(value, shapes)).toThrow(
        expect.objectContaining({ name: BoardFileError.name, message: expect.stringMatching(message) }),
      );
    refuse([], /^attribution: expected an object/);
    refuse({ s9: { created: aiko, changed: null } }, /^attribution\.s9: no shape s9/);
    refuse({ s1: { created: { ...aiko, role: 'king' }, changed: null } }, /^attribution\.s1: expected/);
    refuse(
      { s1: { created: aiko, changed: { ...link, name: 'a name without a person' } } },
      /changed: invalid/,
    );
    refuse({ s1: { created: aiko, changed: null, by: 'me' } }, /attribution\.s1\.by: unknown/);
  });

  it('marks imported stamps as coming from the file', () => {
    expect(importedAttribution({ [s1]: { created: aiko, changed: null } })).toEqual(
      new Map([[s1, { created: { ...aiko, file: true }, changed: null }]]),
    );
  });
});
