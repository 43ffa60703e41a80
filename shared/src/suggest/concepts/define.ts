// The shape of a dictionary concept and the helper every concept file writes it with.

/**
 * The parts of a business a concept can belong to, along the value chain (value-chain.ts), the
 * market (markets.ts) or an industry (industries.ts), each with its name where a suggestion says
 * why. Two cards that touch the same area (insurance and currency risk: finance) are related,
 * weakly (AREA_WEIGHT in ../weighting.ts), where they share no word or concept.
 */
export const AREA_LABELS = {
  production: { ja: '生産・製造', en: 'production' },
  rnd: { ja: '研究開発', en: 'R&D' },
  operations: { ja: '業務・物流', en: 'operations' },
  people: { ja: '人材', en: 'people' },
  finance: { ja: '財務・金融', en: 'finance' },
  'it-data': { ja: 'IT・データ', en: 'IT and data' },
  trust: { ja: '信用・実績', en: 'trust' },
  selling: { ja: '販路・営業', en: 'selling' },
  promoting: { ja: '宣伝・ブランド', en: 'marketing' },
  customers: { ja: '顧客', en: 'customers' },
  segments: { ja: '顧客層', en: 'customer groups' },
  places: { ja: '地域・市場', en: 'places and markets' },
  public: { ja: '公共・規制', en: 'public sector' },
  energy: { ja: 'エネルギー・環境', en: 'energy and environment' },
  health: { ja: '医療・健康', en: 'health' },
  'tourism-food': { ja: '観光・食', en: 'tourism and food' },
  mobility: { ja: '移動・建設', en: 'mobility and construction' },
  'media-education': { ja: 'メディア・教育', en: 'media and education' },
} as const satisfies Record<string, { ja: string; en: string }>;

export type Area = keyof typeof AREA_LABELS;

export interface Concept {
  key: string;
  /** Display labels for a suggestion's reason. */
  ja: string;
  en: string;
  terms: readonly string[];
  /** Set where the concepts are assembled (concepts.ts), by the list a concept is written in. */
  area?: Area;
}

/** The same concepts, each marked as belonging to `area`. */
export const inArea = (area: Area, concepts: readonly Concept[]): Concept[] =>
  concepts.map((c) => ({ ...c, area }));

/** `terms` is one string, the terms separated by '|' (easier to read and to diff than an array). */
export const concept = (key: string, ja: string, en: string, terms: string): Concept => ({
  key,
  ja,
  en,
  terms: terms
    .split('|')
    .map((t) => t.trim())
    .filter(Boolean),
});
