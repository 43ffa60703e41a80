// UI text of adding an alliance template to a board, in Japanese and English (merged into
// ja.ts / en.ts). Template names and descriptions come from the shared TEMPLATES list.
export const templatesJa = {
  'templates.launcher': 'テンプレート',
  'templates.launcher.hint': 'ボードにテンプレートを追加',
  'templates.title': 'テンプレートを追加',
  'templates.intro':
    '参加企業 {count} 社の名前と色で、今あるものの右側に配置します。枠に置いたカードは、その枠の種類と会社になります。',
  'templates.choose': 'テンプレート',
  'templates.language': 'テンプレートの言語',
  'templates.previewAlt': '「{name}」を企業ごとに並べたときの見本',
  'templates.add': 'ボードに追加',
  'templates.cancel': 'キャンセル',
  'templates.added': '「{name}」を追加しました。',
  'templates.failed': 'テンプレートを追加できませんでした: {message}',
};

export const templatesEn: Record<keyof typeof templatesJa, string> = {
  'templates.launcher': 'Templates',
  'templates.launcher.hint': 'Add a template to the board',
  'templates.title': 'Add a template',
  'templates.intro':
    'It is laid out for the {count} companies, with their names and colours, to the right of what is already there. A card placed in one of its areas takes that area’s kind and company.',
  'templates.choose': 'Template',
  'templates.language': 'Template language',
  'templates.previewAlt': 'A preview of “{name}” laid out for the companies',
  'templates.add': 'Add to board',
  'templates.cancel': 'Cancel',
  'templates.added': 'Added “{name}”.',
  'templates.failed': 'Couldn’t add the template: {message}',
};
