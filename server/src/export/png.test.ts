import { describe, expect, it } from 'vitest';
import { MAX_PIXELS, MAX_SIDE, pngScale } from './png.js';

describe('pngScale', () => {
  it('draws at 2× for print', () => {
    expect(pngScale(3000, 2000)).toBe(2);
  });

  it('lowers the scale so a huge board stays within the side and pixel limits', () => {
    const long = pngScale(40_000, 1_000);
    expect(40_000 * long).toBeLessThanOrEqual(MAX_SIDE);
    const wide = pngScale(12_000, 12_000);
    expect(12_000 * wide * 12_000 * wide).toBeLessThanOrEqual(MAX_PIXELS * 1.0001);
  });
});
