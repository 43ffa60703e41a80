import { asCompanyKey, PALETTE, type CompanyKey } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages';
import { baseColor, cardColors, cardColorsOf, NEUTRAL, shade, swatchName, SWATCHES, tint } from './colors';
import { box } from './testShapes';

const asahi = asCompanyKey('asahi') as CompanyKey;
const companies = [{ key: asahi, name: 'あさひ', color: '#2f6fde' }];

describe('colours', () => {
  it('tints toward white and shades toward black', () => {
    expect(tint('#000000', 1)).toBe('#ffffff');
    expect(tint('#2f6fde', 0)).toBe('#2f6fde');
    expect(shade('#ffffff', 1)).toBe('#000000');
    expect(shade('#808080', 0.5)).toBe('#404040');
  });

  it('draws a card in its own colour, else its company colour, else the default', () => {
    expect(baseColor(box('sticky', 0, 0, 1, 1, { company: 'asahi' }), companies)).toBe('#2f6fde');
    expect(baseColor(box('sticky', 0, 0, 1, 1, { company: 'asahi', color: '#1f9d6a' }), companies)).toBe(
      '#1f9d6a',
    );
    expect(baseColor(box('sticky', 0, 0, 1, 1, { company: 'gone' }), companies)).toBe(PALETTE.highlight);
    expect(baseColor(box('rect', 0, 0, 1, 1), companies)).toBe(NEUTRAL);
  });

  it('gives a card a light fill and a full-colour strip', () => {
    const colors = cardColors('#2f6fde');
    expect(colors.strip).toBe('#2f6fde');
    expect(colors.fill).not.toBe('#2f6fde');
    expect(Number.parseInt(colors.fill.slice(1, 3), 16)).toBeGreaterThan(200);
  });

  it('keeps a company card’s strip and label in its company’s colour whatever colour it is given', () => {
    const other = '#e0572b';
    const painted = cardColorsOf(box('sticky', 0, 0, 1, 1, { company: 'asahi', color: other }), companies);
    expect(painted.fill).toBe(cardColors(other).fill);
    expect(painted.strip).toBe('#2f6fde');
    expect(painted.label).toBe(cardColors('#2f6fde').label);
    // A card without a company is all its own colour.
    expect(cardColorsOf(box('sticky', 0, 0, 1, 1, { color: other }), companies)).toEqual(cardColors(other));
  });

  it('names every swatch, differently, in Japanese and English', () => {
    for (const locale of ['ja', 'en'] as const) {
      const names = SWATCHES.map((swatch) => {
        const key = swatchName(swatch);
        return key ? translate(locale, key) : null;
      });
      expect(names.every((name) => name !== null && !name.startsWith('#'))).toBe(true);
      expect(new Set(names).size).toBe(SWATCHES.length);
    }
    expect(swatchName('#123456')).toBeNull();
  });
});
