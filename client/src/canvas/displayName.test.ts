import { describe, expect, it } from 'vitest';
import {
  DISPLAY_NAME_KEY,
  MAX_DISPLAY_NAME,
  normalizeName,
  readDisplayName,
  storeDisplayName,
} from './displayName';

const memory = () => {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
};

describe('display name', () => {
  it('is trimmed and its whitespace collapsed', () => {
    expect(normalizeName('  山田\u3000 太郎 ')).toBe('山田 太郎');
    expect(normalizeName('   ')).toBeNull();
  });

  it('is cut to the maximum without splitting a character', () => {
    const long = '😀'.repeat(MAX_DISPLAY_NAME + 5);
    expect([...(normalizeName(long) ?? '')]).toHaveLength(MAX_DISPLAY_NAME);
  });

  it('is remembered in storage', () => {
    const storage = memory();
    expect(readDisplayName(storage)).toBeNull();
    storeDisplayName(storage, 'Ken');
    expect(storage.data.get(DISPLAY_NAME_KEY)).toBe('Ken');
    expect(readDisplayName(storage)).toBe('Ken');
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readDisplayName(broken)).toBeNull();
    expect(() => storeDisplayName(broken, 'Ken')).not.toThrow();
  });
});
