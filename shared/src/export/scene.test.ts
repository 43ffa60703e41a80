import { describe, expect, it } from 'vitest';
import type { BoardId, ShapeId } from '../ids.js';
import { applyTemplate } from '../model/commands/template.js';
import { readShapes, type Shape } from '../model/shape.js';
import { boardWith, companiesFor } from '../templates/testBoards.js';
import type { ExportInput } from './input.js';
import { buildScene, topLevelFrames } from './scene.js';

const frame = (id: string, x: number, y: number, w = 400, h = 300): Shape => ({
  id: id as ShapeId,
  type: 'frame',
  x,
  y,
  w,
  h,
  index: 'a0',
  text: id,
  color: null,
});

describe('topLevelFrames', () => {
  it('lists frames inside no other frame in reading order: rows top to bottom, each left to right', () => {
    const shapes = [
      frame('bottom-left', 0, 900),
      frame('top-right', 1000, 40),
      frame('nested', 20, 20, 100, 100),
      frame('top-left', 0, 0),
      frame('bottom-right', 600, 880),
    ];
    expect(topLevelFrames(shapes).map((f) => f.id)).toEqual([
      'top-left',
      'top-right',
      'bottom-left',
      'bottom-right',
    ]);
  });

  it('is empty on a board without frames', () => {
    expect(topLevelFrames([])).toEqual([]);
  });
});

describe('buildScene', () => {
  it('draws a template’s own words in the reader’s language, and what people wrote as written', () => {
    const doc = boardWith(2);
    applyTemplate(doc, { template: 'synergy-map', locale: 'ja' }, 'test');
    const input: ExportInput = {
      board: {
        id: 'b1' as BoardId,
        title: '提携',
        locale: 'ja',
        template: 'synergy-map',
        companies: companiesFor(2),
      },
      shapes: readShapes(doc).shapes,
      ledger: [],
      control: { phases: [], lockFrames: false, locked: [], tags: {} },
      drafts: {},
      exportedAt: '2026-12-07T00:00:00.000Z',
    };
    const words = (locale?: 'ja' | 'en') =>
      buildScene(input, { frame: null, ...(locale ? { locale } : {}) })
        .items.flatMap((item) => (item.type === 'text' ? item.lines : []))
        .join('\n');
    expect(words()).toContain('シナジーマップ');
    const english = words('en');
    expect(english).toContain('Synergy map');
    expect(english).toContain('Synergies: what we can only do together');
    expect(english).not.toContain('シナジーマップ');
    // A frame named one page's title follows too.
    const sheet = topLevelFrames(input.shapes)[0]!;
    expect(buildScene(input, { frame: sheet.id, locale: 'en' }).frameTitle).toBe('Synergy map');
  });
});
