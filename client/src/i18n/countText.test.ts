import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageVars } from './messages';
import { countText } from './countText';

const en = (key: MessageKey, vars?: MessageVars) => translate('en', key, vars);
const ja = (key: MessageKey, vars?: MessageVars) => translate('ja', key, vars);

describe('text with a count', () => {
  it('says "1 card" but "2 cards" in English', () => {
    expect(countText(en, 'drafting.count', 1)).toBe('1 card');
    expect(countText(en, 'drafting.count', 2)).toBe('2 cards');
    expect(countText(en, 'drafting.history.entry', 1, { name: 'Aoi' })).toBe('Aoi revealed 1 card');
  });

  it('reads the same either way in Japanese', () => {
    expect(countText(ja, 'drafting.count', 1)).toBe('1枚');
    expect(countText(ja, 'drafting.count', 3)).toBe('3枚');
  });
});
