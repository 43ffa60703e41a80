import { describe, expect, it } from 'vitest';
import { shiftOnScreen } from './useKeptOnScreen';

describe('a popup kept on the screen', () => {
  it('stays where it is while it fits', () => {
    expect(shiftOnScreen(100, 360, 390)).toBe(0);
  });
  it('moves left off the right edge, and right off the left edge', () => {
    // The tag picker under the property bar's last buttons on a 390 px phone.
    expect(shiftOnScreen(140, 400, 390)).toBe(-18);
    expect(shiftOnScreen(-30, 230, 390)).toBe(38);
  });
  it('starts at the left margin when it is wider than the screen', () => {
    expect(shiftOnScreen(20, 420, 320)).toBe(-12);
  });
});
