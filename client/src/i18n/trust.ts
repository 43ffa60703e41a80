// Who may change what, as the page says it: changes the server did not accept, cards another
// company owns, joining (and waiting to be let in), and who made and last changed a card.
export const trustJa = {
  'refusal.title': 'この変更は受け付けられませんでした',
  'refusal.reloaded':
    'ボードをサーバーの内容で読み込み直しました。送信されていなかったこのページの変更も取り消されています。',
  'refusal.other-company': 'ほかの企業のカードは、その企業のメンバーかファシリテーターだけが変更できます。',
  'refusal.assign-other-company': 'カードをほかの企業のものにすることはできません。',
  'refusal.unknown-company': 'このボードにない企業のカードは作れません。',
  'refusal.synergy-other-companies':
    'このシナジーポイントは、つながっているカードの企業のメンバーかファシリテーターだけが変更できます。',
  'refusal.template-area': 'テンプレートの枠はファシリテーターだけが変更できます。',
  'refusal.locked': 'ファシリテーターがロックしたため、変更できませんでした。',
  'refusal.meta': 'ボード名と参加企業はサーバーが管理しています。変更できるのはファシリテーターです。',
  'refusal.read-only': 'このリンクではボードを変更できません。',
  'refusal.client-id': 'このページの以前の変更が、このページのものだと確認できませんでした。',
  'refusal.other': 'ボードが受け付けない形の変更でした（{message}）。',
  'readOnly.otherCompany': '{company}のカードです。変更できるのは{company}のメンバーとファシリテーターです。',
  'readOnly.synergy':
    'このシナジーポイントはほかの企業のカードをつないでいます。変更できるのはその企業のメンバーとファシリテーターです。',
  'readOnly.templateArea': 'テンプレートの枠です。変更できるのはファシリテーターです。',
  'readOnly.locked': 'ファシリテーターがロックしています。',
  'readOnly.partial': '選択中の一部は変更できません: {reason}',
  'removal.delete.title': '合意が記録されたシナジーポイント{count}件を削除しますか？',
  'removal.delete.title.one': '合意が記録されたシナジーポイントを削除しますか？',
  'removal.delete.body':
    '削除すると、全員のボードとシナジーマップから消えます。合意した企業と話してから削除してください。合意の記録は台帳に残ります。',
  'removal.delete.submit': '削除する',
  'removal.rekind.title': '合意が記録されたシナジーポイント{count}件の種類を変えますか？',
  'removal.rekind.title.one': '合意が記録されたシナジーポイントの種類を変えますか？',
  'removal.rekind.body':
    '種類を変えるとシナジーポイントではなくなり、カードとのつながりが外れてシナジーマップから消えます。合意の記録は台帳に残ります。',
  'removal.rekind.submit': '種類を変える',
  'removal.agreedBy': '合意: {companies}',
  'removal.separator': '、',
  'removal.cancel': 'キャンセル',
  'join.joining': 'ボードに参加しています…',
  'join.waiting.title': 'ファシリテーターの承認を待っています',
  'join.waiting.body':
    '{name}さんとして参加を申請しました。ファシリテーターが承認すると、自動的にボードが開きます。このページは開いたままにしてください。',
  'join.removed.title': 'このボードから外されました',
  'join.removed.body': 'ファシリテーターがあなたをこのボードから外しました。',
  'join.removed.again': 'もう一度参加を申請する',
  'join.declined.title': '参加は承認されませんでした',
  'join.declined.body': 'ファシリテーターが参加の申請を断りました。',
  'join.failed.retry': 'もう一度試す',
  'attribution.created': '作成: {name}（{company}）・{time}',
  'attribution.changed': '最終変更: {name}（{company}）・{time}',
  'attribution.noCompany': '企業なし',
  'attribution.facilitator': 'ファシリテーター',
  'board.closed.removed': 'ファシリテーターがあなたをこのボードから外しました。',
} satisfies Record<string, string>;

export const trustEn: Record<keyof typeof trustJa, string> = {
  'refusal.title': 'This change was not accepted',
  'refusal.reloaded':
    'The board was reloaded from the server. Changes this page had not sent yet were undone too.',
  'refusal.other-company': 'Another company’s cards can be changed only by its members or the facilitator.',
  'refusal.assign-other-company': 'A card cannot be given to another company.',
  'refusal.unknown-company': 'That company is not on this board.',
  'refusal.synergy-other-companies':
    'This synergy point can be changed only by members of the companies whose cards it links, or the facilitator.',
  'refusal.template-area': 'Template areas can be changed only by the facilitator.',
  'refusal.locked': 'The facilitator locked it, so it could not be changed.',
  'refusal.meta':
    'The board’s title and companies are kept by the server; only the facilitator changes them.',
  'refusal.read-only': 'This link cannot change the board.',
  'refusal.client-id': 'Earlier changes of this page could not be confirmed as this page’s own.',
  'refusal.other': 'The board does not take a change of this form ({message}).',
  'readOnly.otherCompany':
    'This card belongs to {company}. Only {company}’s members and the facilitator can change it.',
  'readOnly.synergy':
    'This synergy point links other companies’ cards. Only their members and the facilitator can change it.',
  'readOnly.templateArea': 'This is a template area. Only the facilitator can change it.',
  'readOnly.locked': 'The facilitator locked it.',
  'readOnly.partial': 'Part of the selection cannot be changed: {reason}',
  'removal.delete.title': 'Delete {count} synergy points with recorded agreements?',
  'removal.delete.title.one': 'Delete a synergy point with recorded agreements?',
  'removal.delete.body':
    'It disappears from everyone’s board and synergy map. Talk to the companies that agreed before you delete it. The agreements stay recorded in the ledger.',
  'removal.delete.submit': 'Delete',
  'removal.rekind.title': 'Change the kind of {count} synergy points with recorded agreements?',
  'removal.rekind.title.one': 'Change the kind of a synergy point with recorded agreements?',
  'removal.rekind.body':
    'With another kind it is no longer a synergy point: its links to the cards are removed and it leaves the synergy map. The agreements stay recorded in the ledger.',
  'removal.rekind.submit': 'Change kind',
  'removal.agreedBy': 'Agreed by {companies}',
  'removal.separator': ', ',
  'removal.cancel': 'Cancel',
  'join.joining': 'Joining the board…',
  'join.waiting.title': 'Waiting for the facilitator to let you in',
  'join.waiting.body':
    'You asked to join as {name}. The board opens by itself as soon as the facilitator lets you in. Keep this page open.',
  'join.removed.title': 'You are no longer on this board',
  'join.removed.body': 'The facilitator removed you from this board.',
  'join.removed.again': 'Ask to join again',
  'join.declined.title': 'You were not let in',
  'join.declined.body': 'The facilitator turned down your request to join this board.',
  'join.failed.retry': 'Try again',
  'attribution.created': 'Created by {name} ({company}), {time}',
  'attribution.changed': 'Last changed by {name} ({company}), {time}',
  'attribution.noCompany': 'no company',
  'attribution.facilitator': 'facilitator',
  'board.closed.removed': 'The facilitator removed you from this board.',
};
