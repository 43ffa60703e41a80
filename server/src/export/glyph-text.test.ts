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

  it('draws text too small to read in the picture as one faint bar per line', () => {
    const painter = glyphPainter({ pixelScale: 0.1 }); // 20 units at 0.1 px each: 2 px
    const svg = painter.text(item(['提携 提携', 'partner']));
    expect(svg).not.toContain('<use');
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg.match(/M/g)).toHaveLength(2);
    expect(svg).toContain('fill-opacity="0.3"');
    expect(glyphPainter({ pixelScale: 0.2 }).text(item(['提携']))).toContain('<use');
  });

  it('draws bars instead of glyphs once a picture has placed its budget of outlines', () => {
    const painter = glyphPainter({ maxGlyphs: 5 });
    expect(painter.text(item(['提携提携']))).toContain('<use');
    // Four placed, one left: a text of two glyphs is a bar, one of a single glyph still fits.
    expect(painter.text(item(['提携']))).not.toContain('<use');
    expect(painter.text(item(['提']))).toContain('<use');
  });
});
