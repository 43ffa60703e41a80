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
