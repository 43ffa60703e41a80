// A card as a line of text in lists (results, one's own dots): its first words, or a placeholder.
import { excerpt, type Shape } from '@kyoso/shared';
import type { TranslateFn } from '../../i18n/I18nProvider';

const MAX_CHARS = 60;

export function cardLabel(shape: Shape | undefined, t: TranslateFn): string {
  if (!shape) return t('voting.card.deleted');
  return excerpt(shape.text, MAX_CHARS) || t('voting.card.untitled');
}
