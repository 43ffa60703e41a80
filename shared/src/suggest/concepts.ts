// A small bilingual dictionary of the things alliance cards talk about, so that a Japanese asset
// ("全国の販売網") meets an English gap ("no sales channel in Japan") and synonyms meet in one
// language ("配送" and "物流"). Each concept is matched in a card by any of its terms: terms in
// Japanese as substrings of the normalised text, terms in latin letters as whole (stemmed) words.

export interface Concept {
  key: string;
  /** Display labels for a suggestion's reason. */
  ja: string;
  en: string;
  terms: readonly string[];
}

const concept = (key: string, ja: string, en: string, terms: string): Concept => ({
  key,
  ja,
  en,
  terms: terms
    .split('|')
    .map((t) => t.trim())
    .filter(Boolean),
});

export const CONCEPTS: readonly Concept[] = [
  concept(
    'sales-channel',
    '販路',
    'sales channel',
    '販路|販売網|販売チャネル|営業網|代理店|販売店|流通網|卸|sales channel|distribution|distributor|reseller|dealer|sales network|route to market|sales agent|agency',
  ),
  concept(
    'logistics',
    '物流',
    'logistics',
    '物流|配送|配達|輸送|倉庫|在庫|ラストワンマイル|logistics|delivery|deliver|shipping|warehouse|fulfillment|fulfilment|last mile|inventory|transport',
  ),
  concept(
    'talent',
    '人材',
    'talent',
    '人材|採用|エンジニア|人手|人員|技術者|talent|hiring|hire|recruit|recruiting|recruitment|engineer|staff|workforce|headcount',
  ),
  concept(
    'ai',
    'AI',
    'AI',
    '人工知能|機械学習|深層学習|画像認識|ai|machine learning|artificial intelligence|deep learning|computer vision',
  ),
  concept('data', 'データ', 'data', 'データ|分析|data|analytics|dataset|insight'),
  concept(
    'customer-base',
    '顧客基盤',
    'customer base',
    '顧客|会員|ユーザー|利用者|契約者|customer|member|membership|user base|users|subscriber|client base',
  ),
  concept(
    'capital',
    '資金',
    'funding',
    '資金|出資|投資|資本|融資|funding|capital|investment|investor|finance|financing',
  ),
  concept(
    'overseas',
    '海外',
    'overseas',
    '海外|国際|グローバル|輸出|アジア|欧州|北米|越境|overseas|global|international|export|asia|europe|north america|abroad|cross-border',
  ),
  concept('japan', '国内市場', 'Japan market', '国内|日本市場|日本国内|japan|japanese market|domestic'),
  concept('charging', '充電', 'charging', '充電|charging|charger|charge point'),
  concept('ev', 'EV', 'EV', '電気自動車|ev|evs|electric vehicle'),
  concept(
    'brand',
    '認知度',
    'brand awareness',
    '認知度|知名度|ブランド|認知|brand|awareness|recognition|reputation',
  ),
  concept(
    'marketing',
    'マーケティング',
    'marketing',
    'マーケティング|広告|宣伝|販促|プロモーション|集客|marketing|advertising|promotion|campaign|lead generation',
  ),
  concept('rnd', '研究開発', 'R&D', '研究開発|研究|技術開発|r&d|research'),
  concept(
    'manufacturing',
    '製造',
    'manufacturing',
    '製造|生産|工場|量産|ものづくり|manufacturing|manufacture|production|factory|mass production',
  ),
  concept(
    'stores',
    '店舗',
    'stores',
    '店舗|店頭|実店舗|コンビニ|小売|store|shop|retail|outlet|convenience store',
  ),
  concept(
    'ecommerce',
    'EC',
    'e-commerce',
    'ec|通販|ネット販売|オンライン販売|e-commerce|ecommerce|online sales|online store|webshop',
  ),
  concept('app', 'アプリ', 'app', 'アプリ|スマホ|スマートフォン|app|apps|mobile app|smartphone'),
  concept(
    'platform',
    'システム基盤',
    'IT platform',
    'システム|プラットフォーム|クラウド|saas|system|platform|cloud|software',
  ),
  concept('payment', '決済', 'payments', '決済|支払|キャッシュレス|payment|checkout|cashless|billing'),
  concept(
    'energy',
    'エネルギー',
    'energy',
    'エネルギー|電力|再エネ|太陽光|energy|electricity|power grid|renewable|solar',
  ),
  concept('battery', '蓄電池', 'batteries', '蓄電池|バッテリー|電池|battery|batteries|energy storage'),
  concept(
    'healthcare',
    '医療・介護',
    'healthcare',
    '医療|病院|介護|ヘルスケア|健康|healthcare|medical|hospital|clinic|elderly care|health',
  ),
  concept(
    'regulation',
    '許認可',
    'licences',
    '許認可|許可|規制|免許|薬事|認証|license|licence|regulatory|regulation|approval|permit|compliance|certification',
  ),
  concept('security', 'セキュリティ', 'security', 'セキュリティ|security|cybersecurity'),
  concept(
    'real-estate',
    '不動産・用地',
    'real estate',
    '不動産|用地|土地|駐車場|遊休地|real estate|land|parking|property|site',
  ),
  concept(
    'regional',
    '地域',
    'regional',
    '地方|地域|自治体|地元|regional|local|rural|municipality|municipalities|local government',
  ),
  concept('food', '食品', 'food', '食品|食材|農産物|農業|飲食|food|agriculture|farm|produce|restaurant'),
  concept(
    'sustainability',
    '脱炭素',
    'decarbonisation',
    '脱炭素|カーボンニュートラル|co2|環境|サステナビリティ|esg|decarbonization|decarbonisation|carbon neutral|sustainability|emission|emissions|environment',
  ),
  concept(
    'operations',
    '保守・運用',
    'maintenance',
    '保守|運用|メンテナンス|アフターサービス|点検|maintenance|after-sales|servicing|field service|operation',
  ),
  concept('iot', 'IoT', 'IoT', 'iot|センサー|センサ|sensor|sensors'),
  concept('telecom', '通信', 'connectivity', '通信|5g|回線|telecom|connectivity|5g network'),
  concept(
    'training',
    '教育・研修',
    'training',
    '教育|研修|トレーニング|育成|training|education|upskilling|course',
  ),
  concept('cost', 'コスト', 'cost', 'コスト|費用|原価|低価格|cost|costs|price|affordable'),
  concept(
    'corporate',
    '法人顧客',
    'corporate clients',
    '法人|企業顧客|取引先|corporate client|enterprise|b2b|business customer',
  ),
  concept('consumer', '消費者', 'consumers', '消費者|個人顧客|一般消費者|consumer|b2c'),
  concept('tourism', '観光', 'tourism', '観光|訪日|インバウンド|旅行|tourism|tourist|travel|inbound'),
  concept('mobility', 'モビリティ', 'mobility', 'モビリティ|交通|車両|mobility|vehicle|fleet'),
  concept(
    'media',
    'メディア',
    'media',
    'メディア|コンテンツ|動画|sns|インフルエンサー|media|content|video|social media|influencer|instagram|tiktok|youtube',
  ),
  concept('quality', '品質管理', 'quality control', '品質|haccp|quality|quality control|food safety'),
  concept('design', 'デザイン', 'design', 'デザイン|ux|設計|design'),
  concept(
    'automation',
    '自動化',
    'automation',
    '自動化|省人化|省力化|ロボット|ロボティクス|無人化|automation|automate|automated|robot|robots|robotics|cobot',
  ),
  concept(
    'inspection',
    '検査',
    'inspection',
    '検査|点検|不良|欠陥|精度|公差|inspection|inspect|inspecting|defect|defects|precision|accuracy',
  ),
  concept(
    'automotive',
    '自動車',
    'automotive',
    '自動車|カーメーカー|automotive|carmaker|car maker|car makers',
  ),
  concept(
    'exhibition',
    '展示会',
    'trade fairs',
    '展示会|見本市|出展|ショールーム|デモ|trade fair|trade fairs|exhibition|expo|showroom',
  ),
  concept(
    'currency',
    '為替',
    'currency',
    '為替|通貨|ヘッジ|円建て|currency|currencies|exchange rate|fx|hedge|hedging',
  ),
  concept(
    'language',
    '多言語',
    'languages',
    '多言語|翻訳|通訳|外国語|英語対応|language|languages|translation|translate|multilingual|interpreter',
  ),
  concept('booking', '予約', 'booking', '予約|booking|bookings|reservation|reservations|book online'),
  concept(
    'foreign-visitors',
    '外国人客',
    'overseas visitors',
    '外国人|訪日客|海外客|foreign visitors|travellers|travelers|tourists|international guests',
  ),
  concept(
    'occupancy',
    '稼働率',
    'occupancy',
    '稼働率|閑散期|平日|空室|繁忙期|occupancy|off-season|weekdays|weekday',
  ),
  concept(
    'transfer',
    '移動手段',
    'getting around',
    '二次交通|送迎|移動|足|シャトル|ライドシェア|transfer|transfers|shuttle|ride-sharing|ride sharing|get around',
  ),
  concept(
    'lodging',
    '宿泊',
    'lodging',
    '宿|旅館|ホテル|温泉|宿泊|inn|inns|ryokan|hotel|hotels|onsen|stay|stays|accommodation',
  ),
  concept(
    'experience',
    '体験',
    'experiences',
    '体験|祭り|伝統|文化|郷土|experience|experiences|culture|cultural|tradition|traditional|festival',
  ),
  concept(
    'young',
    '若い世代',
    'young people',
    '若い世代|若者|若年|若手|20代|30代|学生|young|younger|youth|millennial|millennials|gen z|students',
  ),
  concept(
    'seniors',
    '高齢者',
    'older people',
    '高齢|シニア|お年寄り|older|elderly|senior|seniors|over 50|retirees',
  ),
  concept(
    'employer',
    '福利厚生',
    'employers',
    '福利厚生|法人会員|団体保険|従業員|社員の健康|健康経営|employer|employers|workplace|employee|employees|staff wellbeing|wellness',
  ),
  concept(
    'fitness',
    '運動・健康習慣',
    'fitness',
    '運動|健康増進|フィットネス|ジム|トレーナー|歩数|運動習慣|fitness|gym|exercise|workout|trainer|trainers|active|activity',
  ),
  concept(
    'retention',
    '継続・定着',
    'retention',
    '退会|解約|定着|継続|離脱|churn|retention|retain|engage|engagement|loyal',
  ),
  concept(
    'wearable',
    'ウェアラブル',
    'wearables',
    'ウェアラブル|心拍|睡眠|活動量|wearable|wearables|heart rate|heart-rate|sleep|tracker',
  ),
  concept(
    'insurance',
    '保険',
    'insurance',
    '保険|保険料|補償|引受|insurance|insurer|premium|premiums|underwriting|liability|cover|claims|policyholders',
  ),
  concept(
    'evidence',
    '効果の裏付け',
    'evidence',
    'エビデンス|実証|検証|統計|evidence|proof|measure|measurement|clinical|statistics',
  ),
  concept(
    'graduates',
    '新卒・学生',
    'graduates',
    '新卒|卒業生|学生|大学|インターン|graduate|graduates|alumni|students|university|intern|internship|campus',
  ),
  concept(
    'reskilling',
    '学び直し',
    'reskilling',
    'リスキリング|学び直し|社会人教育|講座|カリキュラム|reskilling|curriculum|courses',
  ),
  concept(
    'nlp',
    '言語処理',
    'language AI',
    '自然言語処理|チャットボット|対話|natural language|nlp|chatbot|language processing',
  ),
  concept(
    'support',
    '顧客サポート',
    'customer support',
    'サポート|コールセンター|問い合わせ|窓口|相談|support|call center|call centre|help desk|customer service',
  ),
  concept(
    'credibility',
    '実績と信用',
    'track record',
    '実績|信用|信頼|大手|大企業|track record|credibility|trust|trusted|reference customers',
  ),
  concept(
    'smb',
    '中小企業・商店',
    'small businesses',
    '中小企業|商店|加盟店|店主|個人店|small business|small businesses|sme|smes|merchant|merchants|shopkeepers',
  ),
  concept(
    'reach',
    '全国・地方への広がり',
    'reach',
    '全国|地方|拠点網|県内|支店|nationwide|countryside|rural areas|branches|across the country|regions',
  ),
  concept('disaster', '防災', 'disaster response', '防災|災害|被災|disaster|emergency|resilience'),
  concept(
    'optimization',
    '最適化',
    'optimisation',
    '最適化|効率化|配車|ルート|optimization|optimisation|optimise|optimize|route|routing|efficiency',
  ),
  concept('forecast', '予測', 'forecasting', '予測|見通し|forecast|forecasting|predict|prediction|demand'),
  concept(
    'tracking',
    '見える化',
    'tracking',
    '追跡|位置情報|可視化|見える化|リアルタイム|状況|tracking|track|real time|real-time|visibility|dashboard|gps',
  ),
  concept(
    'paperless',
    'ペーパーレス',
    'paperless',
    '受発注|伝票|紙|ペーパーレス|paperwork|paperless|orders|ordering|onboarding',
  ),
  concept(
    'lending',
    '融資',
    'lending',
    '融資|資金繰り|運転資金|ローン|与信|loan|loans|lending|credit|cash flow',
  ),
  concept('succession', '事業承継', 'succession', '事業承継|後継者|跡継ぎ|succession|successor'),
  concept(
    'loyalty',
    'ポイント・会員特典',
    'loyalty',
    'ポイント|クーポン|会員特典|スタンプ|loyalty|points|coupon|coupons|rewards|reward',
  ),
  concept('cash', '現金', 'cash', '現金|atm|口座|預金|cash|atms|bank account|deposits'),
  concept(
    'farming',
    '農業',
    'farming',
    '農家|農業|作物|栽培|収穫|耕作|野菜|farm|farms|farmer|farmers|farming|crop|crops|grow|growing|harvest|vegetables',
  ),
  concept(
    'space',
    '場所・用地',
    'space',
    '用地|土地|空き地|遊休地|耕作放棄地|スペース|空き店舗|場所|land|plot|space|spaces|sites|premises|venue',
  ),
  concept(
    'community',
    '地域住民',
    'local community',
    '住民|地元|町内|community|residents|neighbours|neighbors|local people',
  ),
  concept(
    'drone',
    'ドローン・空撮',
    'drones',
    'ドローン|空撮|測量|三次元|3d|drone|drones|aerial|survey|surveying|mapping',
  ),
  concept(
    'infrastructure',
    'インフラ',
    'infrastructure',
    'インフラ|橋|トンネル|公共事業|道路|infrastructure|bridge|bridges|tunnel|tunnels|roads|public works',
  ),
  concept('safety', '安全', 'safety', '安全|事故|労災|safety|accident|accidents|injury|hazard'),
];

/**
 * Concepts that meet each other in alliances, though they are not synonyms: a shortage of hands is
 * met by automation, a need for trust by a track record, overseas visitors by languages. A card
 * with either concept of a pair carries the pair's bridge, so the two cards share something,
 * weighted below a shared concept.
 */
export const RELATED_CONCEPTS: readonly (readonly [string, string])[] = [
  ['talent', 'automation'],
  ['graduates', 'talent'],
  ['reskilling', 'training'],
  ['energy', 'battery'],
  ['drone', 'infrastructure'],
  ['drone', 'tracking'],
  ['drone', 'inspection'],
  ['insurance', 'safety'],
  ['young', 'app'],
  ['seniors', 'credibility'],
  ['foreign-visitors', 'language'],
  ['lodging', 'booking'],
  ['smb', 'reach'],
  ['credibility', 'corporate'],
  ['forecast', 'data'],
  ['forecast', 'iot'],
  ['fitness', 'wearable'],
  ['retention', 'loyalty'],
  ['space', 'real-estate'],
  ['nlp', 'support'],
  ['cash', 'payment'],
  ['lending', 'capital'],
  ['stores', 'smb'],
];

const LATIN_TERM = /^[a-z0-9][a-z0-9&+' -]*$/;

/** A concept term prepared for matching: latin terms as stemmed word sequences, others as text. */
export type PreparedTerm = { concept: Concept; surface: string } & (
  { latin: true; words: string[] } | { latin: false; text: string }
);

export function prepareConcepts(stem: (word: string) => string): PreparedTerm[] {
  const prepared: PreparedTerm[] = [];
  for (const c of CONCEPTS) {
    for (const term of c.terms) {
      const text = term.normalize('NFKC').toLowerCase();
      if (LATIN_TERM.test(text)) {
        prepared.push({ concept: c, surface: term, latin: true, words: text.split(/\s+/).map(stem) });
      } else prepared.push({ concept: c, surface: term, latin: false, text });
    }
  }
  return prepared;
}
