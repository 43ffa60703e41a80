// The one name of each card kind, per language: on cards, in the property bar, in the drafts
// panel, as the title of a template's area for that kind, in the exports and the reports. A
// facilitator never has to explain that 強み・資産 and 資産・強み are the same thing.
import type { Locale } from '../templates.js';
import type { CardKind } from './shapes/fields.js';

export const KIND_NAMES: Readonly<Record<Locale, Readonly<Record<CardKind, string>>>> = {
  ja: {
    asset: '強み・資産',
    gap: '足りないもの',
    goal: '目指す姿',
    value: '想い',
    idea: 'アイデア',
    synergy: 'シナジー',
    issue: '課題',
    note: 'メモ',
  },
  en: {
    asset: 'Asset',
    gap: 'Gap',
    goal: 'Goal',
    value: 'Value',
    idea: 'Idea',
    synergy: 'Synergy',
    issue: 'Issue',
    note: 'Note',
  },
};
