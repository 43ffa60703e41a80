import { describe, expect, it, vi } from 'vitest';
import type { FitOptions } from '@kyoso/shared';
import { createTextFitter, REFERENCE_SIZE } from './textFit';

/** At REFERENCE_SIZE every character is REFERENCE_SIZE * 0.6 wide (so 0.6 em at any size). */
const mono = (text: string) => [...text].length * REFERENCE_SIZE * 0.6;
const options: FitOptions = { maxSize: 40, minSize: 8, lineHeight: 1.25, padding: 10 };

describe('createTextFitter', () => {
  it('fits with the browser’s measure scaled from REFERENCE_SIZE', () => {
    const fit = createTextFitter(mono);
    // 0.6 em a character: "Hi" at 40 is 48 wide, well inside the 180 the box leaves.
    expect(fit('Hi', 200, 160, options)).toMatchObject({ size: 40, lines: ['Hi'], truncated: false });
    expect(fit('x'.repeat(60), 200, 160, options).size).toBeLessThan(40);
  });

  it('measures once per text and box', () => {
    const measure = vi.fn(mono);
    const fit = createTextFitter(measure);
    const first = fit('共創ワークショップ', 200, 160, options);
    const calls = measure.mock.calls.length;
    expect(fit('共創ワークショップ', 200, 160, options)).toBe(first);
    expect(measure.mock.calls.length).toBe(calls);
    expect(fit('共創ワークショップ', 100, 160, options)).not.toBe(first);
  });

  it('forgets the oldest layouts past its capacity', () => {
    const fit = createTextFitter(mono, 2);
    const a = fit('a', 100, 100, options);
    fit('b', 100, 100, options);
    fit('c', 100, 100, options);
    expect(fit('a', 100, 100, options)).not.toBe(a);
    expect(fit('a', 100, 100, options)).toEqual(a);
  });
});
