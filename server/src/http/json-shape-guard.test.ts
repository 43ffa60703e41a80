import { describe, expect, it } from 'vitest';
import { JsonShapeError, JsonShapeGuard } from './json-shape-guard.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const feedAll = (guard: JsonShapeGuard, ...parts: string[]) =>
  parts.forEach((part) => guard.feed(bytes(part)));

describe('JsonShapeGuard', () => {
  it('passes a body within the limits, fed in any pieces', () => {
    const body = JSON.stringify({
      shapes: [{ id: 'a', text: '[[[{{{ "\\" 共創' }],
      ledger: { entries: [[1], [2]] },
    });
    const guard = new JsonShapeGuard({ maxDepth: 4, maxContainers: 7 });
    expect(() => feedAll(guard, ...body.split(''))).not.toThrow();
  });

  it('refuses nesting past the limit, across chunk boundaries', () => {
    const guard = new JsonShapeGuard({ maxDepth: 4, maxContainers: 100 });
    feedAll(guard, '{"a":[', '[{');
    expect(() => feedAll(guard, '[')).toThrow(new JsonShapeError('JSON nested deeper than 4 levels'));
  });

  it('counts no bracket inside a string, even after an escaped quote', () => {
    const guard = new JsonShapeGuard({ maxDepth: 1, maxContainers: 100 });
    expect(() => feedAll(guard, '["\\"[[[[', '\\\\"]')).not.toThrow();
    expect(() => feedAll(guard, '[[')).toThrow(JsonShapeError);
  });

  it('refuses more objects and arrays than the limit, however flat', () => {
    const guard = new JsonShapeGuard({ maxDepth: 64, maxContainers: 1000 });
    expect(() => feedAll(guard, `[${'[],'.repeat(2000)}[]]`)).toThrow(
      new JsonShapeError('JSON with more than 1000 objects and arrays'),
    );
  });
});
