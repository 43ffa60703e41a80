export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];

export interface TemplateInfo {
  id: string;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: 'blank',
    name: { ja: '白紙', en: 'Blank' },
    description: { ja: '何もないボードから始めます。', en: 'Start from an empty board.' },
  },
];

export const findTemplate = (id: string): TemplateInfo | undefined => TEMPLATES.find((t) => t.id === id);
