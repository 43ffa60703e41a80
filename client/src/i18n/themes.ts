// Group by theme: the arrange menu's entry and its preview dialog.
export const themesJa = {
  'themes.open': 'テーマでまとめる…',
  'themes.title': 'テーマでまとめる',
  'themes.intro':
    '選んだ {count} 枚のカードを内容でまとめました。名前を直したり、不要なグループを外してから適用してください。',
  'themes.none': '共通するテーマが見つかりませんでした。カードの内容が近いものを選んでください。',
  'themes.leftOut': '動かせないカード {count} 枚（他社のカードやロック中）は含めていません。',
  'themes.keep': '「{name}」を作る',
  'themes.name': 'グループ名',
  'themes.count': '{count} 枚',
  'themes.rest': 'どのテーマにも入らなかったカード（{count} 枚、そのまま残ります）',
  'themes.cancel': 'キャンセル',
  'themes.apply': '{count} 個のフレームにまとめる',
} as const;

export const themesEn: Record<keyof typeof themesJa, string> = {
  'themes.open': 'Group by theme…',
  'themes.title': 'Group by theme',
  'themes.intro':
    'The {count} selected cards, grouped by what they say. Rename a group or leave it out, then apply.',
  'themes.none': 'No shared theme was found. Select cards that talk about related things.',
  'themes.leftOut': '{count} cards you cannot move (another company’s, or locked) were left out.',
  'themes.keep': 'Make “{name}”',
  'themes.name': 'Group name',
  'themes.count': '{count} cards',
  'themes.rest': 'Cards in no theme ({count}, they stay where they are)',
  'themes.cancel': 'Cancel',
  'themes.apply': 'Group into {count} frames',
};
