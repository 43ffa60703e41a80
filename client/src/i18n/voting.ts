// UI text of the workshop's voting features, in Japanese and English (merged into ja.ts / en.ts).
export const votingJa = {
  'voting.title': 'ドット投票',
} satisfies Record<string, string>;

export const votingEn: Record<keyof typeof votingJa, string> = {
  'voting.title': 'Dot voting',
};
