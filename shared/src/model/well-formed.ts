// Strings that survive the wire. Yjs encodes strings as UTF-8, which cannot hold half a
// surrogate pair: the writer would keep it while every other peer decodes U+FFFD, and the
// peers would never converge. The convergence fuzzer found this (regression seed 1002).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** False for a string containing half a surrogate pair. */
export const isWellFormed = (value: string): boolean => !LONE_SURROGATE.test(value);
