// UI text of the synergy suggestions (workshop/suggest), in Japanese and English (merged into ja.ts / en.ts).
export const suggestJa = {
  'suggest.launcher': 'シナジー候補',
  'suggest.launcherAria': 'シナジー候補 {count} 件',
  'suggest.panel.title': 'シナジー候補',
  'suggest.panel.open': 'シナジー候補を開く',
  'suggest.panel.close': 'シナジー候補を閉じる',
  'suggest.panel.intro':
    'ある企業の強み・資産と、別の企業の足りないもの・目指す姿を、カードの言葉から自動で組み合わせた候補です（日本語・英語どちらにも対応）。選ぶとボード上に点線で示します。',
  'suggest.panel.howTo':
    '「採用」でシナジーカードを作り、両方のカードとつなぎます。「却下」した候補は、このブラウザでは表示しません。',
  'suggest.panel.viewOnly': 'オブザーバーは候補の閲覧のみできます。',
  'suggest.panel.empty':
    'まだ候補はありません。各社の「強み・資産」と「課題」「目指す姿」のカードに書き込むと、ここに表示されます。',
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
    "Candidate pairs of one company's asset and another company's gap or goal, matched from the words on the cards (Japanese and English). Select one to see it as a dashed line on the board.",
  'suggest.panel.howTo':
    'Accept creates a synergy card linked to both cards. Dismissed suggestions stay hidden in this browser.',
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
