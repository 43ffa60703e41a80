import { describe, it, expect } from 'vitest';
import { compareIndex, indexBetween, indicesBetween, isValidIndex } from './fractional-index.js';
import { createRng } from './random.js';

describe('fractional index', () => {
  it('matches the reference algorithm on known keys', () => {
    expect(indexBetween(null, null)).toBe('a0');
    expect(indexBetween('a0', null)).toBe('a1');
    expect(indexBetween('a1', null)).toBe('a2');
    expect(indexBetween(null, 'a0')).toBe('Zz');
    expect(indexBetween('a0', 'a1')).toBe('a0V');
    expect(indexBetween('a1', 'a2')).toBe('a1V');
    expect(indexBetween('a0V', 'a1')).toBe('a0l');
    expect(indexBetween('Zz', 'a0')).toBe('ZzV');
    expect(indexBetween('Zz', 'a1')).toBe('a0');
    expect(indexBetween(null, 'Y00')).toBe('Xzzz');
    expect(indexBetween('bzz', null)).toBe('c000');
    expect(indexBetween('a0', 'a0V')).toBe('a0G');
    expect(indexBetween('a0', 'a0G')).toBe('a08');
    expect(indexBetween('b125', 'b129')).toBe('b127');
    expect(indexBetween('a0', 'a1V')).toBe('a1');
    expect(indexBetween('Zz', 'a01')).toBe('a0');
    expect(indexBetween(null, 'a0V')).toBe('a0');
    expect(indexBetween(null, 'b999')).toBe('b99');
    expect(indexBetween('zzzzzzzzzzzzzzzzzzzzzzzzzzy', null)).toBe('zzzzzzzzzzzzzzzzzzzzzzzzzzz');
    expect(indexBetween('zzzzzzzzzzzzzzzzzzzzzzzzzzz', null)).toBe('zzzzzzzzzzzzzzzzzzzzzzzzzzzV');
  });

  it('refuses malformed keys and reversed bounds', () => {
    for (const bad of ['', 'A00000000000000000000000000', 'a00', 'a0 ', '0', 'a', 'b0', 'a0-']) {
      expect(isValidIndex(bad), bad).toBe(false);
      expect(() => indexBetween(bad, null), bad).toThrow();
    }
    expect(() => indexBetween('a1', 'a0')).toThrow();
    expect(() => indexBetween('a0', 'a0')).toThrow();
    expect(isValidIndex(42)).toBe(false);
    expect(isValidIndex('a' + '1'.repeat(1000))).toBe(false);
  });

  it('produces n ascending keys between bounds', () => {
    for (const [a, b] of [
      [null, null],
      ['a0', null],
      [null, 'a0'],
      ['a0', 'a1'],
      ['a0V', 'a0W'],
    ] as const) {
      for (const n of [0, 1, 2, 5, 17, 100]) {
        const keys = indicesBetween(a, b, n);
        expect(keys).toHaveLength(n);
        const bounded = [...(a === null ? [] : [a]), ...keys, ...(b === null ? [] : [b])];
        for (let i = 1; i < bounded.length; i++) expect(compareIndex(bounded[i - 1]!, bounded[i]!)).toBe(-1);
        for (const key of keys) expect(isValidIndex(key)).toBe(true);
      }
    }
  });

  it('keeps a random sequence of insertions sorted (property, seeded)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rng = createRng(seed);
      const keys: string[] = [];
      for (let step = 0; step < 300; step++) {
        const at = rng.int(0, keys.length);
        // Favour the ends and one hot spot: the worst cases for key growth.
        const position = rng.chance(0.3)
          ? keys.length
          : rng.chance(0.2)
            ? 0
            : rng.chance(0.3)
              ? Math.min(1, keys.length)
              : at;
        const key = indexBetween(keys[position - 1] ?? null, keys[position] ?? null);
        keys.splice(position, 0, key);
      }
      for (let i = 1; i < keys.length; i++)
        expect(keys[i - 1]! < keys[i]!, `seed ${seed} at ${i}`).toBe(true);
      for (const key of keys) expect(isValidIndex(key), `seed ${seed}: ${key}`).toBe(true);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('bulk insertions between random neighbours stay sorted (property, seeded)', () => {
    for (let seed = 100; seed < 130; seed++) {
      const rng = createRng(seed);
      let keys = indicesBetween(null, null, 3);
      for (let round = 0; round < 30; round++) {
        const at = rng.int(0, keys.length);
        const fresh = indicesBetween(keys[at - 1] ?? null, keys[at] ?? null, rng.int(1, 8));
        keys = [...keys.slice(0, at), ...fresh, ...keys.slice(at)];
      }
      expect([...keys].sort(compareIndex)).toEqual(keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
