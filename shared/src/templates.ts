export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];

export interface TemplateInfo {
  id: string;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
}

/** The alliance templates; layouts are in templates/layouts.ts, keyed by the same ids. */
export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: 'blank',
    name: { ja: '白紙', en: 'Blank' },
    description: { ja: '何もないボードから始めます。', en: 'Start from an empty board.' },
  },
  {
    id: 'company-profile',
    name: { ja: '企業プロフィール', en: 'Company profile' },
    description: {
      ja: '各社の強み・資産、足りないもの、目指す姿、想い、バリューチェーン上の位置。',
      en: 'Per company: assets, gaps, goals, values, and its position in the value chain.',
    },
  },
  {
    id: 'partner-goals',
    name: { ja: 'パートナーの目標', en: 'Partner goals' },
    description: {
      ja: '各社の目標と、他社がどう貢献できるか。',
      en: "Each company's goals, and how the others could help.",
    },
  },
  {
    id: 'value-chain',
    name: { ja: 'バリューチェーン', en: 'Value chain' },
    description: {
      ja: '書き換えられる段階、各社のレーン、一緒につくる未来のチェーン。',
      en: 'Editable stages, a lane per company, and a lane for the chain you build together.',
    },
  },
  {
    id: 'synergy-map',
    name: { ja: 'シナジーマップ', en: 'Synergy map' },
    description: {
      ja: '各社が持ち寄るもの・足りないもの・目指す姿と、一緒だからできること。',
      en: 'What each company brings, lacks and aims for, and what you can only do together.',
    },
  },
  {
    id: 'impact-matrix',
    name: { ja: '効果 × 実現性マトリクス', en: 'Impact × feasibility matrix' },
    description: {
      ja: 'アイデアを効果と実現性の4象限に並べます。',
      en: 'Sort the ideas into four quadrants by impact and feasibility.',
    },
  },
  {
    id: 'alliance-plan',
    name: { ja: '提携プラン', en: 'Alliance plan' },
    description: {
      ja: '提携の形、KGI・KPI、成功の定義、手数料、契約とイネーブルメントのチェックリスト、三者合意。',
      en: 'Alliance type, KGI and KPIs, what counts as success, commission, contract and enablement checklists, sign-off.',
    },
  },
  {
    id: 'issue-board',
    name: { ja: '課題ボード', en: 'Issue board' },
    description: {
      ja: '課題を担当ペアと状況ごとに管理します。',
      en: 'Track problems with their owner pair and status.',
    },
  },
];

export const findTemplate = (id: string): TemplateInfo | undefined => TEMPLATES.find((t) => t.id === id);
