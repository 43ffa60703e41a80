import { describe, expect, it } from 'vitest';
import { accepts } from './content-encoding.js';

describe('accepts', () => {
  it('takes a coding the header lists, with a weight above zero', () => {
    expect(accepts('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(accepts('gzip, deflate, br, zstd', 'gzip')).toBe(true);
    expect(accepts('gzip;q=0.5', 'gzip')).toBe(true);
    expect(accepts('x-gzip', 'gzip')).toBe(true);
    expect(accepts('BR;Q=1.0', 'br')).toBe(true);
  });

  it('refuses codings the header leaves out or weighs zero', () => {
    expect(accepts(undefined, 'br')).toBe(false);
    expect(accepts('', 'gzip')).toBe(false);
    expect(accepts('gzip', 'br')).toBe(false);
    expect(accepts('br;q=0, gzip', 'br')).toBe(false);
    expect(accepts('identity', 'gzip')).toBe(false);
  });

  it('reads `*` for codings not named, and a name over `*`', () => {
    expect(accepts('*', 'br')).toBe(true);
    expect(accepts('*;q=0', 'gzip')).toBe(false);
    expect(accepts('br;q=0, *', 'br')).toBe(false);
    expect(accepts('gzip, *;q=0', 'gzip')).toBe(true);
  });
});
