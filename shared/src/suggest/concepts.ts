// A small bilingual dictionary of the things alliance cards talk about, so that a Japanese asset
// ("全国の販売網") meets an English gap ("no sales channel in Japan") and synonyms meet in one
// language ("配送" and "物流"). Each concept is matched in a card by any of its terms: terms in
// Japanese as substrings of the normalised text, terms in latin letters as whole (stemmed) words.
// The concepts first written for the matcher are below; the broader thesaurus is in concepts/, by
// area (value chain, markets, industries), and assembled here; every concept belongs to one
// area (concepts/define.ts), which relates cards that share no concept, weakly.
//
// Writing terms: a Japanese term matches anywhere in a card, so it must not be a common piece of
// unrelated words (a single kanji almost never works: 足 is in 不足, 宿 in 新宿); nor should it
// contain another term of the same concept, which would count one word twice. A latin term is
// stemmed (english.ts) and matched as whole words, so its stem must not be a common word of
// another sense ("tracking" stems to "track", as in "track record"); inflections the stemmer
// merges may be listed for readability, they count once.
import { concept, type Area, type Concept } from './concepts/define.js';
import { INDUSTRY_CONCEPTS } from './concepts/industries.js';
import { MARKET_CONCEPTS } from './concepts/markets.js';
import { RELATED_BY_AREA } from './concepts/related.js';
import { VALUE_CHAIN_CONCEPTS } from './concepts/value-chain.js';

export type { Area, Concept } from './concepts/define.js';
export { AREA_LABELS } from './concepts/define.js';

const CORE_CONCEPTS: readonly Concept[] = [
  concept(
    'sales-channel',
    '販路',
    'sales channel',
    '販路|販売網|販売チャネル|営業網|代理店|販売店|流通網|卸売|卸業|仲卸|問屋|ディストリビューター|sales channel|distribution|distributor|reseller|dealer|sales network|route to market|sales agent|agency|wholesale|wholesaler|wholesalers|channel partner|channel partners',
  ),
  concept(
    'logistics',
    '物流',
    'logistics',
    '物流|配送|配達|輸送|運送|倉庫|保管|ピッキング|在庫|ラストワンマイル|logistics|delivery|deliver|shipping|warehouse|warehousing|fulfillment|fulfilment|last mile|last-mile|inventory|transport|freight|trucking|truck|trucks|haulage|courier|couriers|parcel|parcels|3pl',
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
    '人工知能|機械学習|深層学習|画像認識|画像解析|大規模言語モデル|アルゴリズム|予測モデル|ai|machine learning|artificial intelligence|deep learning|computer vision|llm|llms|genai|chatgpt|gpt|algorithm|algorithms|neural network|neural networks',
  ),
  concept('data', 'データ', 'data', 'データ|分析|data|analytics|dataset|insight'),
  concept(
    'customer-base',
    '顧客基盤',
    'customer base',
    '顧客|会員|ユーザー|利用者|契約者|customer|member|membership|users|subscriber|client base|installed base|crm',
  ),
  concept(
    'capital',
    '資金',
    'funding',
    '資金|出資|投資|資本|融資|増資|ファンド|クラウドファンディング|クラファン|vc|cvc|funding|capital|investment|investor|finance|financing|fundraising|fund-raising|fund|funds|equity|crowdfunding',
  ),
  concept(
    'overseas',
    '海外',
    'overseas',
    '海外|国際|グローバル|輸出|アジア|欧州|北米|欧米|越境|新興国|中国|台湾|韓国|ベトナム|インドネシア|インド市場|インド進出|タイ市場|タイ進出|シンガポール|米国|アメリカ|overseas|global|international|export|asia|europe|north america|abroad|cross-border|worldwide|foreign market|foreign markets|emerging markets|asean|eu|china|taiwan|korea|vietnam|thailand|india|indonesia|singapore|usa|united states',
  ),
  concept('japan', '国内市場', 'Japan market', '国内|日本市場|japan|japanese market|domestic'),
  concept(
    'charging',
    '充電',
    'charging',
    '充電|ev charging|charging station|charging stations|charging infrastructure|charging network|charging point|charging points|fast charging|charger|chargers|charge point',
  ),
  concept(
    'ev',
    'EV',
    'EV',
    '電気自動車|電動車|電動化|ev|evs|bev|phev|electric vehicle|electric vehicles|electric car|electric cars|electric truck|electric trucks|electric bus|electric buses|e-mobility|electrification',
  ),
  concept(
    'brand',
    '認知度',
    'brand awareness',
    '認知度|知名度|ブランド|認知拡大|認知向上|認知獲得|認知されて|認知が|認知を|brand|awareness|recognition|reputation',
  ),
  concept(
    'marketing',
    'マーケティング',
    'marketing',
    'マーケティング|広告|宣伝|販促|プロモーション|集客|ブランディング|リスティング|seo|marketing|advertising|promotion|campaign|lead generation|ads',
  ),
  concept(
    'rnd',
    '研究開発',
    'R&D',
    '研究|技術開発|r&d|research|lab|labs|laboratory|laboratories|scientist|scientists',
  ),
  concept(
    'manufacturing',
    '製造',
    'manufacturing',
    '製造|生産|工場|量産|ものづくり|メーカー|manufacturing|manufacture|manufacturer|manufacturers|production|factory|factories',
  ),
  concept(
    'stores',
    '店舗',
    'stores',
    '店舗|店頭|コンビニ|小売|チェーン店|チェーン展開|直営店|フランチャイズ|スーパーマーケット|食品スーパー|スーパーの|スーパーや|スーパーで|ドラッグストア|百貨店|ホームセンター|量販店|専門店|商業施設|ショッピングモール|store|shop|retail|retailer|retailers|outlet|franchise|franchising|franchisee|franchisees|supermarket|supermarkets|drugstore|drugstores|mall|malls|brick-and-mortar',
  ),
  concept(
    'ecommerce',
    'EC',
    'e-commerce',
    'ec|通販|ネット販売|オンライン販売|ネットショップ|オンラインショップ|楽天市場|アマゾン|d2c|dtc|e-commerce|ecommerce|online sales|online store|online shop|online retail|online shopping|webshop|amazon|shopify|marketplace|marketplaces|direct-to-consumer',
  ),
  concept('app', 'アプリ', 'app', 'アプリ|スマホ|スマートフォン|app|apps|smartphone|smartphones|ios|android'),
  concept(
    'platform',
    'システム基盤',
    'IT platform',
    'システム|プラットフォーム|クラウドサービス|クラウド型|クラウド基盤|saas|system|platform|cloud|software',
  ),
  concept(
    'payment',
    '決済',
    'payments',
    '決済|支払|キャッシュレス|電子マネー|クレジットカード|送金|フィンテック|payment|checkout|cashless|billing|fintech|wallet|wallets|e-wallet|credit card|credit cards|remittance|remittances',
  ),
  concept(
    'energy',
    'エネルギー',
    'energy',
    'エネルギー|電力|再エネ|太陽光|都市ガス|ガス会社|vpp|デマンドレスポンス|マイクログリッド|energy|electricity|grid|renewable|solar|microgrid|demand response|virtual power plant|power company|power companies|utility company|utility companies',
  ),
  concept(
    'battery',
    '蓄電池',
    'batteries',
    'バッテリー|電池|蓄電設備|蓄電システム|リチウムイオン|全固体|battery|batteries|energy storage|lithium|lithium-ion|bess',
  ),
  concept(
    'healthcare',
    '医療・介護',
    'healthcare',
    '医療|病院|介護|ヘルスケア|健康|healthcare|medical|hospital|clinic|elderly care|health|medtech|healthtech',
  ),
  concept(
    'regulation',
    '許認可',
    'licences',
    '許認可|許可|規制|免許|薬事|薬機法|コンプライアンス|法令|届出|行政手続|license|licence|regulatory|regulation|regulated|regulator|regulators|approval|approvals|permit|permits|compliance|legislation|law|laws|authorisation|authorization',
  ),
  concept(
    'security',
    'セキュリティ',
    'security',
    'セキュリティ|サイバー|不正検知|不正利用|不正アクセス|本人確認|ekyc|生体認証|顔認証|個人情報|プライバシー|security|cybersecurity|cyber|cyberattack|cyberattacks|ransomware|privacy|fraud|authentication|identity verification|kyc|data protection|gdpr|encryption|zero trust',
  ),
  concept(
    'real-estate',
    '不動産・用地',
    'real estate',
    '不動産|用地|土地|駐車場|遊休地|物件|賃貸|オフィスビル|デベロッパー|ディベロッパー|テナント|real estate|land|parking|property|properties|site|landlord|landlords|tenant|tenants|office buildings|building owner|building owners',
  ),
  concept(
    'regional',
    '地域',
    'regional',
    '地方|地域|自治体|地元|regional|local|rural|municipality|municipalities',
  ),
  concept(
    'food',
    '食品',
    'food',
    '食品|食材|農産物|農業|飲食|食料品|food|foods|agriculture|farm|fresh produce|local produce|restaurant|groceries|grocery',
  ),
  concept(
    'sustainability',
    '脱炭素',
    'decarbonisation',
    '脱炭素|カーボンニュートラル|co2|環境負荷|環境配慮|環境対策|環境保全|環境問題|環境経営|環境性能|環境に優しい|環境にやさしい|温室効果ガス|ネットゼロ|カーボンオフセット|カーボンフットプリント|排出量|低炭素|気候変動|サステナビリティ|esg|gx|decarbonization|decarbonisation|carbon neutral|carbon neutrality|sustainability|emission|emissions|environmental|environmentally|eco-friendly|net zero|net-zero|carbon offset|carbon offsets|carbon footprint|carbon credit|carbon credits|low-carbon|greenhouse gas|greenhouse gases|climate|ghg',
  ),
  concept(
    'operations',
    '保守・運用',
    'maintenance',
    '保守|運用|メンテナンス|アフターサービス|点検|サービス網|修理|maintenance|after-sales|field service|operation|repair|repairs|technician|technicians|service network',
  ),
  concept(
    'iot',
    'IoT',
    'IoT',
    'iot|センサ|センシング|遠隔監視|リモート監視|スマートメーター|テレメトリ|m2m|lpwa|sensor|sensors|telemetry|remote monitoring|smart meter|smart meters',
  ),
  concept(
    'telecom',
    '通信',
    'connectivity',
    '通信|5g|回線|衛星|wi-fi|wifi|telecom|telecoms|connectivity|satellite|satellites|broadband|mobile network|mobile networks',
  ),
  concept(
    'training',
    '教育・研修',
    'training',
    '教育|研修|トレーニング|育成|eラーニング|ojt|training|education|upskilling|upskill|course|e-learning|elearning|teaching|instructor|instructors',
  ),
  concept(
    'cost',
    'コスト',
    'cost',
    'コスト|費用|原価|低価格|安価|cost|costs|price|prices|pricing|affordable|cheap|cheaper|inexpensive',
  ),
  concept(
    'corporate',
    '法人顧客',
    'corporate clients',
    '法人|企業顧客|取引先|企業向け|事業者向け|corporate client|corporate clients|enterprise|b2b|business customer|business customers|business clients|business-to-business|corporate sales|key accounts|corporate accounts',
  ),
  concept(
    'consumer',
    '消費者',
    'consumers',
    '消費者|個人顧客|個人向け|生活者|エンドユーザー|consumer|consumers|b2c|household|households|shoppers|end users|end-users',
  ),
  concept(
    'tourism',
    '観光',
    'tourism',
    '観光|訪日|インバウンド|旅行|旅館業|tourism|tourist|tourists|travel|traveller|travellers|traveler|travelers|inbound|sightseeing|destination|destinations',
  ),
  concept(
    'mobility',
    'モビリティ',
    'mobility',
    'モビリティ|交通|車両|移動サービス|乗り物|mobility|vehicle|vehicles|fleet|fleets|ride-hailing|transportation',
  ),
  concept(
    'media',
    'メディア',
    'media',
    'メディア|コンテンツ|動画|sns|インフルエンサー|インスタグラム|ユーチューバー|テレビ|新聞|雑誌|出版|放送|ラジオ|記事|発信力|情報発信|フォロワー|口コミ|拡散|バズ|撮影|映像制作|クリエイター|media|content|video|influencer|influencers|instagram|tiktok|youtube|youtuber|tv|television|newspaper|newspapers|magazine|magazines|publisher|publishers|publishing|broadcaster|broadcasting|radio|podcast|podcasts|followers|word of mouth|word-of-mouth|viral|ugc|creator|creators',
  ),
  concept(
    'quality',
    '品質管理',
    'quality control',
    '品質|haccp|歩留まり|歩留り|トレーサビリティ|qa|qc|quality|food safety|traceability|yield rate|yield rates|defect rate|defect rates',
  ),
  concept('design', 'デザイン', 'design', 'デザイン|ux|設計|design'),
  concept(
    'automation',
    '自動化',
    'automation',
    '自動化|省人化|省力化|ロボット|ロボティクス|無人化|無人店舗|自動搬送|セルフレジ|rpa|agv|agvs|amr|amrs|automation|automate|automated|robot|robots|robotics|cobot|cobots|unmanned|labor-saving|labour-saving|self-service|self-checkout',
  ),
  concept(
    'inspection',
    '検査',
    'inspection',
    '検査|点検|検品|計測|非破壊|不良|欠陥|精度|公差|inspection|inspect|inspecting|defect|defects|precision|accuracy|metrology|ndt|non-destructive|quality check|quality checks',
  ),
  concept(
    'automotive',
    '自動車',
    'automotive',
    '自動車|カーメーカー|完成車|ディーラー|automotive|carmaker|carmakers|car maker|car makers|automaker|automakers|automobile|automobiles|tier 1|tier-1',
  ),
  concept(
    'exhibition',
    '展示会',
    'trade fairs',
    '展示会|見本市|出展|ショールーム|デモ|商談会|trade fair|trade fairs|trade show|trade shows|exhibition|exhibitions|expo|showroom|booth|booths|demo day',
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
    '多言語|翻訳|通訳|外国語|英語|中国語|韓国語|日本語対応|language|languages|translation|translate|multilingual|interpreter|interpreters|bilingual|english-speaking|japanese-speaking|native speakers',
  ),
  concept('booking', '予約', 'booking', '予約|booking|bookings|reservation|reservations'),
  concept(
    'foreign-visitors',
    '外国人客',
    'overseas visitors',
    '外国人旅行者|外国人客|外国人観光|訪日外国人|訪日客|海外客|インバウンド客|foreign visitors|travellers|travelers|tourists|international guests|international visitors|inbound visitors|overseas visitors',
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
    '二次交通|送迎|移動|交通の足|シャトル|ライドシェア|airport transfer|airport transfers|hotel transfer|hotel transfers|transfer service|transfer services|shuttle|shuttles|ride-sharing|ride sharing|rideshare|get around|getting around',
  ),
  concept(
    'lodging',
    '宿泊',
    'lodging',
    '旅館|ホテル|温泉|宿泊|民宿|民泊|ゲストハウス|inn|ryokan|hotel|hotels|onsen|accommodation|accommodations|guesthouse|guesthouses|overnight stay|overnight stays|longer stays',
  ),
  concept(
    'experience',
    '体験',
    'experiences',
    '体験|祭り|伝統|日本文化|食文化|文化財|郷土|local experience|local experiences|unique experiences|authentic experiences|travel experiences|visitor experience|guest experience|cultural|tradition|traditions|traditional|festival|festivals|guided tour|guided tours',
  ),
  concept(
    'young',
    '若い世代',
    'young people',
    '若い世代|若者|若年|若手|20代|30代|学生|z世代|ミレニアル|young|younger|youth|millennial|millennials|gen z|gen-z|generation z|students|teenagers|teens',
  ),
  concept(
    'seniors',
    '高齢者',
    'older people',
    '高齢者|高齢世帯|高齢の方|高齢夫婦|高齢化社会|超高齢|シニア|お年寄り|老後|older people|older adults|older customers|older users|elderly|senior|seniors|over 50|retirees|retirement|pensioners|aging population|ageing population|silver market',
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
    '運動|健康増進|フィットネス|ジム|トレーナー|歩数|介護予防|フレイル|未病|予防医療|疾病予防|fitness|gym|exercise|workout|trainer|trainers|physical activity|active lifestyle|active lifestyles|preventive care|preventive health|prevention',
  ),
  concept(
    'retention',
    '継続・定着',
    'retention',
    '退会|解約|定着|継続率|継続利用|離脱|リピート|churn|retention|retain|engage|engagement|loyal|repeat customers|repeat purchase|repeat purchases|lifetime value|ltv',
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
    '保険|補償|引受|損保|生保|共済|保障|insurtech|インシュアテック|insurance|insurer|insurers|underwriting|liability|claims handling|policyholders',
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
    'カスタマーサポート|サポートセンター|サポートデスク|テクニカルサポート|ユーザーサポート|コールセンター|問い合わせ|窓口|相談|カスタマーサクセス|customer support|technical support|tech support|user support|support desk|support center|support centre|call center|call centre|contact center|contact centre|help desk|helpdesk|customer service|customer success',
  ),
  concept(
    'credibility',
    '実績と信用',
    'track record',
    '実績|信用力|信用度|社会的信用|信用が|信用を|信用の|信頼|大手|大企業|老舗|事例|track record|credibility|trust|trusted|reference customers|proven|reliable|reliability|reputable|case study|case studies',
  ),
  concept(
    'smb',
    '中小企業・商店',
    'small businesses',
    '中小企業|商店|加盟店|店主|個人店|小規模事業者|個人事業主|零細|町工場|中堅企業|small business|small businesses|sme|smes|merchant|merchants|shopkeepers|small firms|mid-sized|midsize|micro businesses|local businesses|mom-and-pop|independent stores|independent shops',
  ),
  concept(
    'reach',
    '全国・地方への広がり',
    'reach',
    '全国|地方|拠点網|県内|支店|都道府県|nationwide|countryside|rural areas|branches|across the country|regions|national network|across japan|all over japan|throughout japan|every prefecture',
  ),
  concept(
    'disaster',
    '防災',
    'disaster response',
    '防災|災害|被災|bcp|事業継続|非常用電源|備蓄|避難|地震|水害|豪雨|disaster|disasters|emergency|emergencies|resilience|business continuity|backup power|evacuation|earthquake|earthquakes|flood|floods|flooding',
  ),
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
    '追跡|位置情報|可視化|見える化|リアルタイム|状況把握|稼働状況|在庫状況|配送状況|shipment tracking|track shipments|track and trace|asset tracking|fleet tracking|location tracking|real time|real-time|visibility|dashboard|dashboards|gps',
  ),
  concept(
    'paperless',
    'ペーパーレス',
    'paperless',
    '受発注|伝票|紙ベース|紙の帳票|紙で管理|紙媒体|手書き|ファックス|ファクス|ペーパーレス|fax|paperwork|paperless|order processing|order management|order entry|ordering system|purchase orders|order forms|onboarding',
  ),
  concept(
    'lending',
    '融資',
    'lending',
    '融資|資金繰り|運転資金|ローン|与信|借入|loan|loans|lending|credit line|credit lines|line of credit|credit facility|credit facilities|cash flow|working capital|debt financing',
  ),
  concept(
    'succession',
    '事業承継',
    'succession',
    '事業承継|後継者|跡継ぎ|後継ぎ|事業譲渡|事業引継ぎ|廃業|m&a|succession|successor|successors|retiring owner|retiring owners|business transfer|ageing owners|aging owners',
  ),
  concept(
    'loyalty',
    'ポイント・会員特典',
    'loyalty',
    'ポイント制度|ポイントカード|ポイントプログラム|ポイント還元|ポイント付与|ポイントサービス|共通ポイント|クーポン|会員特典|スタンプ|loyalty|point card|points card|points program|points programme|point system|points system|coupon|coupons|rewards|reward|cashback',
  ),
  concept('cash', '現金', 'cash', '現金|atm|口座|預金|cash|atms|bank account|deposits'),
  concept(
    'farming',
    '農業',
    'farming',
    '農家|農業|作物|栽培|収穫|耕作|野菜|果物|果樹|畜産|酪農|牧場|農地|稲作|farm|farms|farmer|farmers|farming|crop|crops|grower|growers|harvest|vegetables|fruit|fruits|livestock|dairy|cattle|orchard|orchards|farmland|agricultural land',
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
    'ドローン|空撮|測量|三次元計測|3次元計測|点群|drone|drones|aerial|survey|surveying|mapping|point cloud',
  ),
  concept(
    'infrastructure',
    'インフラ',
    'infrastructure',
    'インフラ|橋梁|橋脚|トンネル|公共事業|道路|水道|老朽化|infrastructure|bridge|bridges|tunnel|tunnels|roads|public works|water supply|sewer|sewers|sewage|dams|water pipes',
  ),
  concept('safety', '安全', 'safety', '安全|事故|労災|safety|accident|accidents|injury|hazard'),
];

/** The areas the first-written concepts belong to (the thesaurus's are given by its lists). */
const CORE_AREAS: Readonly<Record<string, Area>> = {
  manufacturing: 'production',
  quality: 'production',
  automation: 'production',
  inspection: 'production',
  rnd: 'rnd',
  design: 'rnd',
  logistics: 'operations',
  operations: 'operations',
  optimization: 'operations',
  tracking: 'operations',
  paperless: 'operations',
  forecast: 'operations',
  talent: 'people',
  training: 'people',
  graduates: 'people',
  reskilling: 'people',
  succession: 'people',
  language: 'people',
  capital: 'finance',
  payment: 'finance',
  currency: 'finance',
  lending: 'finance',
  cash: 'finance',
  cost: 'finance',
  insurance: 'finance',
  ai: 'it-data',
  app: 'it-data',
  data: 'it-data',
  platform: 'it-data',
  security: 'it-data',
  iot: 'it-data',
  telecom: 'it-data',
  nlp: 'it-data',
  corporate: 'trust',
  credibility: 'trust',
  evidence: 'trust',
  'sales-channel': 'selling',
  brand: 'promoting',
  marketing: 'promoting',
  ecommerce: 'selling',
  stores: 'selling',
  media: 'promoting',
  exhibition: 'selling',
  reach: 'selling',
  retention: 'customers',
  loyalty: 'customers',
  'customer-base': 'customers',
  support: 'customers',
  consumer: 'segments',
  young: 'segments',
  seniors: 'segments',
  smb: 'segments',
  employer: 'segments',
  overseas: 'places',
  japan: 'places',
  regional: 'places',
  community: 'places',
  'real-estate': 'places',
  space: 'places',
  regulation: 'public',
  infrastructure: 'public',
  disaster: 'public',
  safety: 'public',
  charging: 'energy',
  ev: 'energy',
  energy: 'energy',
  battery: 'energy',
  sustainability: 'energy',
  healthcare: 'health',
  fitness: 'health',
  wearable: 'health',
  food: 'tourism-food',
  tourism: 'tourism-food',
  'foreign-visitors': 'tourism-food',
  occupancy: 'tourism-food',
  lodging: 'tourism-food',
  booking: 'tourism-food',
  experience: 'tourism-food',
  farming: 'tourism-food',
  mobility: 'mobility',
  automotive: 'mobility',
  transfer: 'mobility',
  drone: 'mobility',
};

/** Every concept: the first-written ones first, as before, then the thesaurus by area. */
export const CONCEPTS: readonly Concept[] = [
  ...CORE_CONCEPTS.map((c) => ({ ...c, area: CORE_AREAS[c.key] })),
  ...VALUE_CHAIN_CONCEPTS,
  ...MARKET_CONCEPTS,
  ...INDUSTRY_CONCEPTS,
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
  // The broader thesaurus's pairs, by area (concepts/related.ts).
  ...RELATED_BY_AREA,
];

/** Each concept's area, by concept key. */
export const AREA_OF: ReadonlyMap<string, Area> = new Map(
  CONCEPTS.flatMap((c) => (c.area ? [[c.key, c.area] as const] : [])),
);

const LATIN_TERM = /^[a-z0-9][a-z0-9&+' -]*$/;

/** A concept term prepared for matching: latin terms as stemmed word sequences, others as text. */
export type PreparedTerm = { concept: Concept; surface: string } & (
  { latin: true; words: string[] } | { latin: false; text: string }
);

/**
 * Inflections a concept lists for readability ("farm", "farms", "farming") stem alike and are
 * prepared once, so that one word of a card counts once; the shortest stands for them, as it is
 * the likeliest to be found inside the card's own word when a reason quotes it.
 */
export function prepareConcepts(stem: (word: string) => string): PreparedTerm[] {
  const prepared: PreparedTerm[] = [];
  for (const c of CONCEPTS) {
    const seen = new Map<string, PreparedTerm>();
    for (const term of c.terms) {
      const text = term.normalize('NFKC').toLowerCase();
      const next: PreparedTerm = LATIN_TERM.test(text)
        ? { concept: c, surface: term, latin: true, words: text.split(/\s+/).map(stem) }
        : { concept: c, surface: term, latin: false, text };
      const key = next.latin ? `en:${next.words.join(' ')}` : `ja:${text}`;
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, next);
      else if (term.length < earlier.surface.length) earlier.surface = term;
    }
    prepared.push(...seen.values());
  }
  return prepared;
}
