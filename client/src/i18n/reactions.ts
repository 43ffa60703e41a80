// Reactions on cards: the property bar's stamp picker and the names of the stamps.
export const reactionsJa = {
  'reactions.open': 'リアクション',
  'reactions.menu': 'このカードへのリアクション',
  'reactions.stamp.plusOne': 'いいね',
  'reactions.stamp.heart': '好き',
  'reactions.stamp.idea': 'ひらめき',
  'reactions.stamp.question': '質問',
  'reactions.stamp.agree': '賛成',
  'reactions.stamp.concern': '懸念',
  'reactions.give': '{stamp}（{count}）',
  'reactions.none': 'まだリアクションはありません。',
  'reactions.observer': 'オブザーバーはリアクションできません',
  'reactions.error': 'リアクションできませんでした: {message}',
  'reactions.error.network': 'サーバーに接続できません。接続が戻ってからもう一度お試しください。',
  'reactions.error.joining': '参加の手続き中です。少し待ってからもう一度お試しください。',
} as const;

export const reactionsEn: Record<keyof typeof reactionsJa, string> = {
  'reactions.open': 'Reactions',
  'reactions.menu': 'Reactions to this card',
  'reactions.stamp.plusOne': 'Like',
  'reactions.stamp.heart': 'Love',
  'reactions.stamp.idea': 'Idea',
  'reactions.stamp.question': 'Question',
  'reactions.stamp.agree': 'Agree',
  'reactions.stamp.concern': 'Concern',
  'reactions.give': '{stamp} ({count})',
  'reactions.none': 'No reactions yet.',
  'reactions.observer': 'Observers cannot react',
  'reactions.error': 'The reaction was not recorded: {message}',
  'reactions.error.network': 'The server cannot be reached. Try again once the connection is back.',
  'reactions.error.joining': 'Still joining the board. Try again in a moment.',
};
