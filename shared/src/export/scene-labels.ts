// The few words the drawing exports write themselves, in the reader's language (the board's unless
// asked otherwise; the same words as the canvas: client/src/i18n; the kinds' names are KIND_NAMES,
// shared with it).
import { KIND_NAMES } from '../model/kind-names.js';
import type { CardKind } from '../model/shapes/fields.js';
import type { Locale } from '../templates.js';

export interface SceneLabels {
  kinds: Readonly<Record<CardKind, string>>;
  /** The badge on a synergy card every company agreed. */
  agreed: string;
  /** The badge on a card someone agreed to before it changed. */
  changedSinceAgreed: string;
  untitledFrame: string;
  untitledBoard: string;
  emptyBoard: string;
}

const LABELS: Record<Locale, SceneLabels> = {
  ja: {
    kinds: KIND_NAMES.ja,
    agreed: '合意済み',
    changedSinceAgreed: '合意後に変更あり',
    untitledFrame: 'フレーム',
    untitledBoard: '無題のボード',
    emptyBoard: 'このボードにはまだ何もありません。',
  },
  en: {
    kinds: KIND_NAMES.en,
    agreed: 'Agreed',
    changedSinceAgreed: 'Changed since agreed',
    untitledFrame: 'Frame',
    untitledBoard: 'Untitled board',
    emptyBoard: 'This board is empty.',
  },
};

export const sceneLabels = (locale: Locale): SceneLabels => LABELS[locale] ?? LABELS.ja;
