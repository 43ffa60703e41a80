// UI text of the workshop's facilitation features, in Japanese and English (merged into ja.ts / en.ts).
export const facilitationJa = {
  'facilitation.title': '進行',
} satisfies Record<string, string>;

export const facilitationEn: Record<keyof typeof facilitationJa, string> = {
  'facilitation.title': 'Facilitation',
};
