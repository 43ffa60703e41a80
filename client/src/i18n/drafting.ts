// UI text of the workshop's drafting features, in Japanese and English (merged into ja.ts / en.ts).
export const draftingJa = {
  'drafting.title': '非公開の下書き',
} satisfies Record<string, string>;

export const draftingEn: Record<keyof typeof draftingJa, string> = {
  'drafting.title': 'Private drafts',
};
