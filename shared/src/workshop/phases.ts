// The workshop's agenda: the phases a facilitator moves the board through (DOMAIN.md, "A workshop,
// as facilitators run it"). Default phases carry a `key` and are named in both languages here;
// a facilitator's own name or instructions override them.
import type { Locale } from '../templates.js';

export const PHASE_KEYS = [
  'checkIn',
  'drafting',
  'reveal',
  'diverge',
  'vote',
  'converge',
  'agree',
  'nextSteps',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];
export const isPhaseKey = (value: unknown): value is PhaseKey => PHASE_KEYS.some((key) => key === value);

/** One phase as stored in `control`: defaults have a key; name and instructions override it. */
export interface Phase {
  id: string;
  key: PhaseKey | null;
  name: string | null;
  instructions: string | null;
}

export const MAX_PHASES = 30;
export const MAX_PHASE_NAME = 80;
export const MAX_PHASE_INSTRUCTIONS = 600;

type Bilingual = Record<Locale, string>;

export const DEFAULT_PHASE_TEXT: Record<PhaseKey, { name: Bilingual; instructions: Bilingual }> = {
  checkIn: {
    name: { ja: 'チェックイン', en: 'Check-in' },
    instructions: {
      ja: '各社が自社の夢と想い（ビジョン・ミッション）を共有します。まずは理解と共感から。',
      en: 'Each company shares its dream and values. Start from understanding and empathy.',
    },
  },
  drafting: {
    name: { ja: '各社で下書き', en: 'Private drafting' },
    instructions: {
      ja: '自社だけの非公開エリアで、強み・資産、足りないもの、目指す姿を書き出します。他社には見えません。',
      en: 'In your company’s private area, write down your assets, gaps and goals. Other companies cannot see it.',
    },
  },
  reveal: {
    name: { ja: '公開', en: 'Reveal' },
    instructions: {
      ja: '下書きから、全員で検討するカードを選んで共有ボードに公開します。',
      en: 'Choose which of your drafts to put on the table and reveal them onto the shared board.',
    },
  },
  diverge: {
    name: { ja: '発散', en: 'Diverge' },
    instructions: {
      ja: 'シナジーのアイデアをすべて出し切ります。評価はしません（広げきる）。',
      en: 'Put every possible synergy idea on the board. No judging yet: widen fully.',
    },
  },
  vote: {
    name: { ja: '投票', en: 'Vote' },
    instructions: {
      ja: '有望なカードにドット投票します。結果はファシリテーターが公開するまで誰にも見えません。',
      en: 'Dot-vote the most promising cards. Nobody sees the votes until the facilitator reveals them.',
    },
  },
  converge: {
    name: { ja: '収束', en: 'Converge' },
    instructions: {
      ja: '着地点を選び、各社の担当者と次のアクションを決めます。',
      en: 'Pick the landing points; fill in an owner on each side and the next step.',
    },
  },
  agree: {
    name: { ja: '合意', en: 'Agree' },
    instructions: {
      ja: '各社がシナジーポイントごとに合意します。全社が合意したものだけが「合意済み」になります。',
      en: 'Each company signs off each synergy point. Only what every company agreed counts as agreed.',
    },
  },
  nextSteps: {
    name: { ja: '今後の進め方', en: 'Follow-up' },
    instructions: {
      ja: '合意したシナジーマップとアクションを持ち帰り、次回の予定を決めます。',
      en: 'Take the agreed synergy map and action list home, and set the next session.',
    },
  },
};

export const DEFAULT_PHASES: readonly Phase[] = PHASE_KEYS.map((key) => ({
  id: key,
  key,
  name: null,
  instructions: null,
}));

/** What to show for a phase in a locale: the facilitator's text first, else the default's. */
export function phaseText(phase: Phase, locale: Locale): { name: string; instructions: string } {
  const defaults = phase.key ? DEFAULT_PHASE_TEXT[phase.key] : null;
  return {
    name: phase.name ?? defaults?.name[locale] ?? '',
    instructions: phase.instructions ?? defaults?.instructions[locale] ?? '',
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optionalText = (value: unknown, max: number): string | null | undefined => {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' && value.length <= max ? value : undefined;
};

/** A stored phase, or null when malformed. */
export function parsePhase(value: unknown): Phase | null {
  if (!isRecord(value) || typeof value.id !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(value.id))
    return null;
  const key =
    value.key === undefined || value.key === null ? null : isPhaseKey(value.key) ? value.key : undefined;
  const name = optionalText(value.name, MAX_PHASE_NAME);
  const instructions = optionalText(value.instructions, MAX_PHASE_INSTRUCTIONS);
  if (key === undefined || name === undefined || instructions === undefined) return null;
  if (key === null && !name) return null;
  return { id: value.id, key, name, instructions };
}
