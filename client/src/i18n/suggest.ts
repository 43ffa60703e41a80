// UI text of the synergy suggestions (workshop/suggest), in Japanese and English (merged into ja.ts / en.ts).
export const suggestJa = {
  'suggest.launcher': 'シナジー候補',
  'suggest.launcherAria': 'シナジー候補 {count} 件',
  'suggest.panel.title': 'シナジー候補',
  'suggest.panel.open': 'シナジー候補を開く',
  'suggest.panel.close': 'シナジー候補を閉じる',
  'suggest.panel.intro':
    'ある企業の強み・資産と、別の企業の足りないもの・目指す姿の組み合わせ候補です（カードの言葉から。日本語・英語とも）。',
  'suggest.panel.howTo':
    '「採用」で両方のカードとつながるシナジーカードを作成。「却下」はこのブラウザで非表示。',
  'suggest.panel.areaHeading': '同じ領域の候補',
  'suggest.panel.areaIntro':
    '共通の言葉はなく、事業の同じ領域に関わるカードの組み合わせです。弱い候補として確かめてください。',
  'suggest.areaReason': '領域: {terms}',
  'suggest.panel.viewOnly': 'オブザーバーは候補の閲覧のみできます。',
  'suggest.panel.empty':
    'まだ候補はありません。各社の「強み・資産」と「足りないもの」「目指す姿」のカードに書き込むと、ここに表示されます。',
  'suggest.panel.dismissedCount': '却下した候補 {count} 件',
  'suggest.panel.restore': '却下した候補を戻す',
  'suggest.reason': '根拠: {terms}',
  'suggest.reasonSeparator': '、',
  'suggest.show': 'ボードで見る',
  'suggest.showAria': '候補「{asset} → {need}」をボードで見る',
  'suggest.accept': '採用',
  'suggest.acceptAria': '候補「{asset} → {need}」を採用してシナジーカードを作成',
  'suggest.dismiss': '却下',
  'suggest.dismissAria': '候補「{asset} → {need}」を却下',
  'suggest.accepted': 'シナジーカードを作成しました。',
  'suggest.acceptFailed':
    'シナジーカードを作成できませんでした。カードが削除されたか、ボードが読み取り専用です。',
  'suggest.untitled': '（無題）',
};

export const suggestEn: Record<keyof typeof suggestJa, string> = {
  'suggest.launcher': 'Suggestions',
  'suggest.launcherAria': '{count} synergy suggestions',
  'suggest.panel.title': 'Synergy suggestions',
  'suggest.panel.open': 'Open synergy suggestions',
  'suggest.panel.close': 'Close synergy suggestions',
  'suggest.panel.intro':
    "Pairs of one company's asset and another company's gap or goal, from the words on the cards (Japanese and English).",
  'suggest.panel.howTo': 'Accept makes a synergy card linked to both; Dismiss hides one in this browser.',
  'suggest.panel.areaHeading': 'Same area of business',
  'suggest.panel.areaIntro':
    'These cards share no words but touch the same part of a business: weaker candidates, worth a look.',
  'suggest.areaReason': 'Area: {terms}',
  'suggest.panel.viewOnly': 'Observers can view suggestions only.',
  'suggest.panel.empty':
    'No suggestions yet. They appear here once companies write asset, gap and goal cards.',
  'suggest.panel.dismissedCount': '{count} dismissed',
  'suggest.panel.restore': 'Show dismissed suggestions again',
  'suggest.reason': 'Why: {terms}',
  'suggest.reasonSeparator': ', ',
  'suggest.show': 'Show on board',
  'suggest.showAria': 'Show suggestion "{asset} → {need}" on the board',
  'suggest.accept': 'Accept',
  'suggest.acceptAria': 'Accept suggestion "{asset} → {need}" and create a synergy card',
  'suggest.dismiss': 'Dismiss',
  'suggest.dismissAria': 'Dismiss suggestion "{asset} → {need}"',
  'suggest.accepted': 'Synergy card created.',
  'suggest.acceptFailed': 'Could not create the synergy card: a card was deleted or the board is read-only.',
  'suggest.untitled': '(untitled)',
};
