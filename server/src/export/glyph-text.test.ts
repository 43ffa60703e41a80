import { describe, expect, it } from 'vitest';
import type { TextItem } from '@kyoso/shared';
import { glyphPainter } from './glyph-text.js';

const item = (lines: string[], align: TextItem['align'] = 'left'): TextItem => ({
  type: 'text',
  x: 100,
  top: 0,
  lines,
  size: 20,
  lineHeight: 1.3,
  weight: 400,
  color: '#1d2430',
  align,
});

const offsets = (svg: string): number[] =>
  [...svg.matchAll(/matrix\([^)]* ([\d.-]+) [\d.-]+\)/g)].map((match) => Number(match[1]));

describe('glyphPainter', () => {
  it('places one outline per visible glyph and defines each glyph once', () => {
    const painter = glyphPainter();
    const svg = painter.text(item(['提携 提携']));
    expect(svg.match(/<use /g)).toHaveLength(4);
    const defs = painter.defs();
    expect(defs.match(/<path id=/g)).toHaveLength(2);
    // Glyphs are scaled by size / units per em exactly (20 / 1000), not rounded.
    expect(svg).toContain('matrix(0.02 0 0 -0.02 ');
    expect(painter.text({ ...item(['提']), size: 16 })).toContain('matrix(0.016 0 0 -0.016 ');
    const xs = offsets(svg);
    expect(xs[0]).toBe(100);
    expect(xs[1]).toBeCloseTo(120, 0);
  });

  it('centres and right-aligns lines by their real widths', () => {
    const painter = glyphPainter();
    const centred = offsets(painter.text(item(['提携'], 'center')));
    expect(centred[0]).toBeCloseTo(80, 0);
    const right = offsets(painter.text(item(['提携'], 'right')));
    expect(right[0]).toBeCloseTo(60, 0);
  });
});
