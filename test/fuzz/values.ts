// Random values for the fuzzer: strings that break naive code (Japanese, emoji, lone surrogates,
// control characters, prototype names), JSON of any shape, bytes, and mutations of valid bytes.
import type { Rng } from '@kyoso/shared';

const NASTY_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'a',
  'b',
  'content',
  'control',
  'private/a',
  'private/b',
  '../',
  '%00',
  '%E0%A4%A',
  '\u0000',
  '\ud800',
  '\udc00x',
  '共創',
  '株式会社あさひ',
  '👩‍👩‍👧‍👦',
  '<script>alert(1)</script>',
  '"; DROP TABLE boards; --',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '#zzzzzz',
  '#E0572B',
  'sticky',
  'synergy',
  'asset',
];

const NASTY_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  5e-324,
  10_000_001,
  1_000_001,
];

const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz0123456789',
  'あいうえおかきくけこ共創提携資産課題目標',
  '\u0000\u0001\u001f\u007f\u2028\u2029\ufeff\uffff',
  '😀🏢🤝\ud800\udfff',
  '_-./%?#&=+ "\'\\',
];

export function randomString(rng: Rng, maxLength = 40): string {
  if (rng.chance(0.3)) return rng.pick(NASTY_STRINGS);
  const alphabet = rng.pick(ALPHABETS);
  const length = rng.chance(0.02) ? rng.int(1000, 20_000) : rng.int(0, maxLength);
  // Code units, not characters: an emoji's halves may part, as in a hostile client's text.
  const units: number[] = [];
  for (let i = 0; i < length; i++) units.push(alphabet.charCodeAt(rng.int(0, alphabet.length - 1)));
  return String.fromCharCode(...units.slice(0, 8192)) + String.fromCharCode(...units.slice(8192));
}

export function randomNumber(rng: Rng): number {
  if (rng.chance(0.4)) return rng.pick(NASTY_NUMBERS);
  return rng.chance(0.5) ? rng.int(-1000, 5000) : (rng.next() - 0.5) * 10 ** rng.int(0, 12);
}

/** Any JSON value; objects often use `keys`, the field names the code under test reads. */
export function randomJson(rng: Rng, keys: readonly string[], depth = 0): unknown {
  const roll = rng.int(0, depth > 3 ? 4 : 7);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return randomNumber(rng);
    case 3:
    case 4:
      return randomString(rng);
    case 5: {
      // Long arrays only at the top: nested ones would multiply into millions of values.
      const length = depth === 0 && rng.chance(0.05) ? rng.int(100, 2000) : rng.int(0, 4);
      return Array.from({ length }, () => randomJson(rng, keys, depth + 1));
    }
    default: {
      const object: Record<string, unknown> = {};
      for (let i = rng.int(0, 5); i > 0; i--) {
        const key = rng.chance(0.8) && keys.length ? rng.pick(keys) : randomString(rng, 12);
        // A JSON text may name __proto__ as an own key; defineProperty keeps it one.
        Object.defineProperty(object, key, {
          value: randomJson(rng, keys, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
  }
}

export function randomBytes(rng: Rng, maxLength = 64): Uint8Array {
  const length = rng.chance(0.05) ? rng.int(1000, 8000) : rng.int(0, maxLength);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++)
    bytes[i] = rng.chance(0.3) ? rng.pick([0, 0x7f, 0x80, 0xff]) : rng.int(0, 255);
  return bytes;
}

/** A varint of a value a decoder may not expect (lib0's encoding: 7 bits a byte, high bit = more). */
function nastyVarint(rng: Rng): number[] {
  const value = rng.pick([0, 1, 127, 128, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 53 - 1]);
  const bytes: number[] = [];
  let rest = value;
  while (rest > 127) {
    bytes.push(0x80 | (rest % 128));
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  if (rng.chance(0.2)) return [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]; // too long
  return bytes;
}

/** One to four mutations of `bytes`: flips, insertions, deletions, truncation, odd varints. */
export function mutateBytes(rng: Rng, bytes: Uint8Array): Uint8Array {
  let out = Array.from(bytes);
  for (let n = rng.int(1, 4); n > 0; n--) {
    const at = rng.int(0, out.length);
    switch (rng.int(0, 5)) {
      case 0:
        if (out.length) out[Math.min(at, out.length - 1)]! ^= 1 << rng.int(0, 7);
        break;
      case 1:
        out.splice(at, 0, ...randomBytes(rng, 8));
        break;
      case 2:
        out.splice(at, rng.int(1, 8));
        break;
      case 3:
        out = out.slice(0, at);
        break;
      case 4:
        out.splice(at, rng.int(0, 2), ...nastyVarint(rng));
        break;
      default:
        if (out.length) out[Math.min(at, out.length - 1)] = rng.pick([0, 0x7f, 0x80, 0xff]);
    }
  }
  return Uint8Array.from(out);
}

/** A string as a URL path segment; lone surrogates (which encodeURIComponent refuses) as %ED%A0%80. */
export function pathEscape(text: string): string {
  return Array.from(text, (char) => {
    try {
      return encodeURIComponent(char);
    } catch {
      return '%ED%A0%80';
    }
  }).join('');
}
