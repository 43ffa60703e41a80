// Records keyed by ids a client chose: a card may be called `constructor`, `toString` or
// `__proto__`. They are made without a prototype and read only for keys they hold themselves, so
// an id never meets (or replaces) one of Object.prototype's members.

/** An empty record without a prototype, or one holding `entries`. */
export function idRecord<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The value `record` holds under `key` itself (never an inherited member), or undefined. */
export function ownValue<V>(
  record: Readonly<Record<string, V>> | null | undefined,
  key: string,
): V | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
