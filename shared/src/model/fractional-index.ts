// Fractional indices for z-order: strings that sort between any two others, so a peer can
// reorder a shape by rewriting only that shape's `index` (no renumbering, merges cleanly).
// The algorithm and key format are those of Rocicorp's `fractional-indexing` (after Figma):
// a key is an integer part (a head letter giving its length, then base-62 digits) followed by
// an optional fraction that never ends in '0'. Keys compare with plain `<` (code units), never
// with localeCompare.

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = '0';
const LAST_DIGIT = 'z';
/** The smallest integer part: nothing can sort below it without a fraction. */
const SMALLEST_INTEGER = 'A' + ZERO.repeat(26);
/** Longer keys are refused by validators: no sane editing history makes one this long. */
export const MAX_INDEX_LENGTH = 512;

export class IndexError extends Error {
  override name = 'IndexError';
}

const digitValue = (ch: string | undefined): number => (ch === undefined ? -1 : DIGITS.indexOf(ch));
const digitAt = (value: number): string => {
  const ch = DIGITS[value];
  if (ch === undefined) throw new IndexError(`digit ${value} out of range`);
  return ch;
};

/** How many characters the integer part has, read from its head letter. */
function integerLength(head: string | undefined): number {
  if (head !== undefined && head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2;
  if (head !== undefined && head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new IndexError(`invalid index head ${JSON.stringify(head)}`);
}

function integerPart(key: string): string {
  const length = integerLength(key[0]);
  if (length > key.length) throw new IndexError(`index ${JSON.stringify(key)} is too short`);
  return key.slice(0, length);
}

function assertValidIndex(key: string): void {
  if (key.length > MAX_INDEX_LENGTH) throw new IndexError('index is too long');
  if (key === SMALLEST_INTEGER) throw new IndexError('index is the reserved smallest key');
  for (const ch of key.slice(1))
    if (digitValue(ch) < 0) throw new IndexError(`invalid index digit ${JSON.stringify(ch)}`);
  const integer = integerPart(key);
  if (key.length > integer.length && key.endsWith(ZERO)) throw new IndexError('index fraction ends in 0');
}

/** True for a well-formed key (what a validator should accept as a shape's `index`). */
export function isValidIndex(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    assertValidIndex(value);
    return true;
  } catch {
    return false;
  }
}

/** A fraction (digits after the integer part) strictly between a and b; b null means 1. */
function midpoint(a: string, b: string | null): string {
  if (b !== null && a >= b) throw new IndexError(`${a} >= ${b}`);
  if (a.endsWith(ZERO) || (b !== null && b.endsWith(ZERO))) throw new IndexError('trailing zero');
  if (b !== null) {
    // Skip the common prefix (a padded with zeros).
    let n = 0;
    while ((a[n] ?? ZERO) === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a.length > 0 ? digitValue(a[0]) : 0;
  const digitB = b !== null ? digitValue(b[0]) : DIGITS.length;
  if (digitB - digitA > 1) return digitAt(Math.round((digitA + digitB) / 2));
  // The first digits are adjacent.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return digitAt(digitA) + midpoint(a.slice(1), null);
}

function incrementInteger(x: string): string | null {
  const head = x[0] ?? '';
  const digits = x.slice(1).split('');
  let carry = true;
  for (let i = digits.length - 1; carry && i >= 0; i--) {
    const d = digitValue(digits[i]) + 1;
    if (d === DIGITS.length) digits[i] = ZERO;
    else {
      digits[i] = digitAt(d);
      carry = false;
    }
  }
  if (!carry) return head + digits.join('');
  if (head === 'Z') return 'a' + ZERO;
  if (head === 'z') return null;
  const next = String.fromCharCode(head.charCodeAt(0) + 1);
  if (next > 'a') digits.push(ZERO);
  else digits.pop();
  return next + digits.join('');
}

function decrementInteger(x: string): string | null {
  const head = x[0] ?? '';
  const digits = x.slice(1).split('');
  let borrow = true;
  for (let i = digits.length - 1; borrow && i >= 0; i--) {
    const d = digitValue(digits[i]) - 1;
    if (d === -1) digits[i] = LAST_DIGIT;
    else {
      digits[i] = digitAt(d);
      borrow = false;
    }
  }
  if (!borrow) return head + digits.join('');
  if (head === 'a') return 'Z' + LAST_DIGIT;
  if (head === 'A') return null;
  const previous = String.fromCharCode(head.charCodeAt(0) - 1);
  if (previous < 'Z') digits.push(LAST_DIGIT);
  else digits.pop();
  return previous + digits.join('');
}

/**
 * A key that sorts strictly between `a` and `b` (null means unbounded on that side).
 * Throws IndexError when a key is malformed or `a >= b`.
 */
export function indexBetween(a: string | null, b: string | null): string {
  if (a !== null) assertValidIndex(a);
  if (b !== null) assertValidIndex(b);
  if (a !== null && b !== null && a >= b) throw new IndexError(`${a} >= ${b}`);
  if (a === null) {
    if (b === null) return 'a' + ZERO;
    const ib = integerPart(b);
    const fb = b.slice(ib.length);
    if (ib === SMALLEST_INTEGER) return ib + midpoint('', fb);
    if (ib < b) return ib;
    const lower = decrementInteger(ib);
    if (lower === null) throw new IndexError('cannot go lower');
    return lower;
  }
  const ia = integerPart(a);
  const fa = a.slice(ia.length);
  if (b === null) return incrementInteger(ia) ?? ia + midpoint(fa, null);
  const ib = integerPart(b);
  const fb = b.slice(ib.length);
  if (ia === ib) return ia + midpoint(fa, fb);
  const next = incrementInteger(ia);
  if (next === null) throw new IndexError('cannot go higher');
  return next < b ? next : ia + midpoint(fa, null);
}

/** `n` ascending keys strictly between `a` and `b`, kept short by bisecting. */
export function indicesBetween(a: string | null, b: string | null, n: number): string[] {
  if (!Number.isInteger(n) || n < 0) throw new IndexError(`bad count ${n}`);
  if (n === 0) return [];
  if (n === 1) return [indexBetween(a, b)];
  if (b === null) {
    const out: string[] = [];
    let key = a;
    for (let i = 0; i < n; i++) out.push((key = indexBetween(key, null)));
    return out;
  }
  if (a === null) {
    const out: string[] = [];
    let key: string = b;
    for (let i = 0; i < n; i++) out.push((key = indexBetween(null, key)));
    return out.reverse();
  }
  const half = Math.floor(n / 2);
  const middle = indexBetween(a, b);
  return [...indicesBetween(a, middle, half), middle, ...indicesBetween(middle, b, n - half - 1)];
}

/** Plain code-unit comparison, the only order fractional indices are designed for. */
export const compareIndex = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
