// A card as a line of text in lists (results, one's own dots): its first words, or a placeholder.
import type { Shape } from '@kyoso/shared';
import type { TranslateFn } from '../../i18n/I18nProvider';

const MAX_CHARS = 60;

export function cardLabel(shape: Shape | undefined, t: TranslateFn): string {
  if (!shape) return t('voting.card.deleted');
  const text = shape.text.replace(/\s+/g, ' ').trim();
  if (!text) return t('voting.card.untitled');
  const chars = Array.from(text);
  return chars.length > MAX_CHARS ? `${chars.slice(0, MAX_CHARS - 1).join('')}…` : text;
}
