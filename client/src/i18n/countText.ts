// Text with a count in it: English needs "1 card" but "2 cards", so messages that take a count
// have a `.one` sibling (the same words in Japanese).
import type { TranslateFn } from './I18nProvider';
import type { MessageKey, MessageVars } from './messages';

/** Message keys that have a `.one` variant. */
export type CountedKey = { [K in MessageKey]: `${K}.one` extends MessageKey ? K : never }[MessageKey];

export function countText(t: TranslateFn, key: CountedKey, count: number, vars: MessageVars = {}): string {
  return count === 1 ? t(`${key}.one` as MessageKey, vars) : t(key, { ...vars, count });
}
