// The first-visit guide: a few steps per role, skippable, reopened from the shortcut list.
export const guideJa = {
  'guide.label': 'はじめてのガイド',
  'guide.step': '{n} / {total}',
  'guide.next': '次へ',
  'guide.back': '戻る',
  'guide.skip': 'スキップ',
  'guide.close': 'ガイドを閉じる',
  'guide.done': 'はじめる',
  'guide.reopen': 'ガイドをもう一度見る',
  'guide.member.board.title': 'ここは参加企業が一緒に使う共有ボードです',
  'guide.member.board.body':
    '空いている所をダブルクリックすると、自社の色の付箋ができます。他社のカードは見られますが、変更できるのはその会社の人とファシリテーターだけです。',
  'guide.member.drafts.title': 'まずは下書きで考えを出す',
  'guide.member.drafts.body':
    '左上の「下書き」（Shift+D）は自社のメンバーだけに見えます。ファシリテーターの合図で、まとめてボードに公開します。',
  'guide.member.agree.title': '選んで、合意する',
  'guide.member.agree.body':
    '投票が始まったらカードをクリックしてドットを置きます。シナジーのカードは、各社が「合意」を押して初めて合意になります。',
  'guide.member.find.title': '探す・並べる',
  'guide.member.find.body':
    'Ctrl/⌘+F でボードを検索、複数選んで整列。? ですべてのショートカットが見られます。',
  'guide.facilitator.agenda.title': '進行はここから',
  'guide.facilitator.agenda.body':
    '上のバーで「ワークショップを開始」し、フェーズを進め、タイマーを使います。フェーズに合わせて参加者のパネルが開きます。',
  'guide.facilitator.dock.title': '全員の注意を集める',
  'guide.facilitator.dock.body':
    '下のドックで、全員を自分の画面に呼ぶ、フォローミー、全員のカーソルを隠す、フレームのロック、参加者と招待リンクを扱えます。',
  'guide.facilitator.templates.title': 'テンプレートで場をつくる',
  'guide.facilitator.templates.body':
    '左上の「テンプレート」から、会社紹介、バリューチェーン、シナジーマップなどを企業ごとのレーン付きで置けます。',
  'guide.facilitator.export.title': '合意を持ち帰る',
  'guide.facilitator.export.body':
    '「書き出し」で合意したシナジーマップを PDF・PNG・CSV などに。「履歴」でいつでも前の状態に戻せます。',
  'guide.observer.watch.title': 'オブザーバーとして参加しています',
  'guide.observer.watch.body': 'ボードの動きはすべてリアルタイムで見られますが、変更はできません。',
  'guide.observer.find.title': '見たい所へ',
  'guide.observer.find.body':
    'ホイールで移動、Ctrl/⌘+ホイールで拡大縮小、右下のミニマップでジャンプ、Ctrl/⌘+F で検索できます。',
  'guide.observer.export.title': '結果を受け取る',
  'guide.observer.export.body': '「書き出し」から合意したシナジーマップを持ち帰れます。',
  // On a touch screen: taps and fingers instead of clicks, keys and the wheel.
  'guide.member.board.touch':
    '空いている所をダブルタップすると、自社の色の付箋ができます。他社のカードは見られますが、変更できるのはその会社の人とファシリテーターだけです。カードを長押しすると、誰が作り誰が最後に変えたかが分かります。',
  'guide.member.drafts.touch':
    '左上の「下書き」は自社のメンバーだけに見えます。ファシリテーターの合図で、まとめてボードに公開します。',
  'guide.member.agree.touch':
    '投票が始まったらカードをタップしてドットを置きます。シナジーのカードは、各社が「合意」を押して初めて合意になります。',
  'guide.member.find.touch':
    '左の虫めがねでボードを検索できます。1本指でボードを動かし、2本指で拡大・縮小します。',
  'guide.observer.find.touch': '1本指で移動、2本指で拡大・縮小、左の虫めがねで検索できます。',
} as const;

export const guideEn: Record<keyof typeof guideJa, string> = {
  'guide.label': 'First-visit guide',
  'guide.step': '{n} of {total}',
  'guide.next': 'Next',
  'guide.back': 'Back',
  'guide.skip': 'Skip',
  'guide.close': 'Close the guide',
  'guide.done': 'Start',
  'guide.reopen': 'Show the guide again',
  'guide.member.board.title': 'This board is shared by every company',
  'guide.member.board.body':
    'Double-click an empty spot for a sticky note in your company’s colour. You see the other companies’ cards; only their people and the facilitator can change them.',
  'guide.member.drafts.title': 'Think in drafts first',
  'guide.member.drafts.body':
    'Drafts (top left, Shift+D) are seen by your company only. When the facilitator asks, you reveal them to the board together.',
  'guide.member.agree.title': 'Choose, then agree',
  'guide.member.agree.body':
    'When a vote opens, click cards to place your dots. A synergy point is agreed only once every company has pressed “Agree”.',
  'guide.member.find.title': 'Find and arrange',
  'guide.member.find.body':
    'Ctrl/⌘+F searches the board; select several cards to line them up. Press ? for every shortcut.',
  'guide.facilitator.agenda.title': 'Run the workshop from here',
  'guide.facilitator.agenda.body':
    'The bar at the top starts the workshop, moves through the phases and runs the timer; people’s panels open with each phase.',
  'guide.facilitator.dock.title': 'Guide everyone’s attention',
  'guide.facilitator.dock.body':
    'The dock at the bottom brings everyone to your view, leads with “follow me”, hides everyone’s cursors, locks frames, and holds the participants and invitation links.',
  'guide.facilitator.templates.title': 'Set the stage with templates',
  'guide.facilitator.templates.body':
    'Templates (top left) lay out company profiles, value chains, synergy maps and more, with a lane for each company.',
  'guide.facilitator.export.title': 'Take the agreements home',
  'guide.facilitator.export.body':
    'Export gives the agreed synergy map as PDF, PNG, CSV and more; History brings back any earlier state.',
  'guide.observer.watch.title': 'You are here as an observer',
  'guide.observer.watch.body': 'You see everything on the board live, and cannot change anything.',
  'guide.observer.find.title': 'Look where you like',
  'guide.observer.find.body':
    'Scroll to move, Ctrl/⌘+wheel to zoom, jump with the minimap at the bottom right, and search with Ctrl/⌘+F.',
  'guide.observer.export.title': 'Take the results with you',
  'guide.observer.export.body': 'Export gives you the agreed synergy map.',
  'guide.member.board.touch':
    'Double-tap an empty spot for a sticky note in your company’s colour. You see the other companies’ cards; only their people and the facilitator can change them. Hold a finger on a card to see who made it and who changed it last.',
  'guide.member.drafts.touch':
    'Drafts (top left) are seen by your company only. When the facilitator asks, you reveal them to the board together.',
  'guide.member.agree.touch':
    'When a vote opens, tap cards to place your dots. A synergy point is agreed only once every company has pressed “Agree”.',
  'guide.member.find.touch':
    'The magnifier on the left searches the board. Move the board with one finger, zoom with two.',
  'guide.observer.find.touch':
    'Move with one finger, zoom with two, and search with the magnifier on the left.',
};
