// Card kinds in the user's language, for the label on each card and the property bar.
import { CARD_KINDS, type CardKind } from '@kyoso/shared';
import type { TranslateFn } from '../i18n/I18nProvider';

export type KindLabels = Readonly<Record<CardKind, string>>;

export function kindLabels(t: TranslateFn): KindLabels {
  return Object.fromEntries(CARD_KINDS.map((kind) => [kind, t(`kind.${kind}`)])) as Record<CardKind, string>;
}
