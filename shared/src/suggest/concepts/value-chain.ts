// Concepts along a company's value chain: making things, R&D and IP, operations and supply,
// people, money, IT and data, and what makes a partner trusted. Written from how companies
// describe their strengths and needs in general, in Japanese and English.
import { concept, inArea, type Concept } from './define.js';

const PRODUCTION: readonly Concept[] = [
  concept(
    'mass-production',
    '量産',
    'mass production',
    '量産|大量生産|mass production|mass-production|mass-produce|mass-produced|mass produce|mass producing|volume production|high-volume production|scale-up production',
  ),
  concept(
    'capacity',
    '生産余力',
    'production capacity',
    '生産能力|生産余力|生産キャパ|余剰設備|遊休設備|空きライン|production capacity|spare capacity|idle capacity|excess capacity|unused capacity|manufacturing capacity',
  ),
  concept(
    'prototyping',
    '試作',
    'prototyping',
    '試作|プロトタイプ|モックアップ|3dプリンタ|3dプリンティング|prototype|prototypes|prototyping|mock-up|mockup|3d printing|3d printer|3d printers|additive manufacturing',
  ),
  concept(
    'components',
    '部品',
    'parts & components',
    '部品|部材|パーツ|component|components|spare parts|auto parts|machine parts|precision parts|car parts|parts supplier|parts suppliers|parts maker|parts makers|parts manufacturer',
  ),
  concept(
    'tooling',
    '金型・成形',
    'moulds & forming',
    '金型|成形|ダイカスト|鋳造|鍛造|プレス加工|mold|molds|mould|moulds|molding|moulding|die casting|die-casting|diecasting|metal casting|metal forging|metal stamping|metal forming',
  ),
  concept(
    'machining',
    '精密加工',
    'precision machining',
    '精密加工|切削|研削|研磨|板金|溶接|微細加工|表面処理|めっき|塗装|cnc|precision machining|machining centre|machining center|welding|sheet metal|precision engineering|surface treatment|electroplating|grinding|metalworking',
  ),
  concept(
    'production-line',
    '生産ライン',
    'production lines',
    '生産ライン|製造ライン|組立|組み立て|工程|ライン設計|セル生産|production line|production lines|manufacturing line|assembly|assemble|assembling|manufacturing process|production process|process engineering',
  ),
  concept(
    'equipment',
    '設備・機械',
    'machinery & equipment',
    '生産設備|製造設備|産業機械|工作機械|機械設備|設備投資|製造装置|装置メーカー|機械メーカー|machinery|equipment|machine tool|machine tools|capex|capital expenditure',
  ),
  concept(
    'equipment-maintenance',
    '設備保全',
    'equipment maintenance',
    '設備保全|予知保全|予防保全|故障予知|故障予測|設備点検|ダウンタイム|稼働監視|predictive maintenance|preventive maintenance|preventative maintenance|condition monitoring|downtime|equipment failure|equipment failures|unplanned stoppages',
  ),
  concept(
    'electronics',
    '電子・半導体',
    'electronics & semiconductors',
    '半導体|電子部品|電子機器|エレクトロニクス|ウェハ|semiconductor|semiconductors|chip|chips|wafer|wafers|pcb|printed circuit|consumer electronics|electronic components|electronic devices',
  ),
  concept(
    'oem',
    'OEM・受託製造',
    'contract manufacturing',
    'oem|odm|受託製造|受託生産|製造委託|生産委託|委託生産|委託製造|製造受託|pb商品|プライベートブランド|contract manufacturing|contract manufacturer|contract manufacturers|private label|private-label|white label|white-label|outsourced manufacturing|outsourced production|co-manufacturing|co-packing|co-packer',
  ),
  concept(
    'customization',
    'カスタマイズ・多品種少量',
    'customisation',
    'カスタマイズ|オーダーメイド|オーダーメード|特注|一品一様|多品種少量|受注生産|小ロット|customization|customisation|customize|customise|customized|customised|custom-made|bespoke|tailor-made|made-to-order|small-batch|small batch|small batches|small lots|low-volume',
  ),
  concept(
    'lead-time',
    '納期',
    'lead time',
    '納期|リードタイム|即納|即日出荷|lead time|lead times|lead-time|turnaround|delivery time|delivery times|time to market|time-to-market|quick delivery',
  ),
];

const RND_AND_IP: readonly Concept[] = [
  concept(
    'materials',
    '素材・材料',
    'materials',
    '素材|新材料|材料開発|材料技術|機能性材料|材料メーカー|マテリアル|化学品|樹脂|繊維|セルロース|合金|セラミック|advanced materials|new materials|materials science|material science|polymer|polymers|resin|resins|carbon fiber|carbon fibre|chemical|chemicals|alloy|alloys|ceramic|ceramics|textile|textiles|fabric|fabrics|composite|composites',
  ),
  concept(
    'ip',
    '特許・知財',
    'patents & IP',
    '特許|知財|知的財産|意匠権|商標|ライセンス供与|ライセンス契約|ライセンシング|技術供与|patent|patents|patented|intellectual property|ip|trademark|trademarks|technology licensing|licensing deal|licensing deals|licensing agreement|license agreement|licence agreement|out-licensing|royalty|royalties',
  ),
  concept(
    'core-tech',
    '独自技術',
    'core technology',
    '技術力|独自技術|要素技術|コア技術|基盤技術|技術シーズ|固有技術|proprietary technology|core technology|core technologies|deep tech|deeptech|unique technology|technological edge',
  ),
  concept(
    'product-development',
    '商品開発',
    'product development',
    '商品開発|製品開発|新商品|新製品|商品企画|製品企画|商品化|製品化|product development|new product|new products|product design|product planning|productization|commercialization|commercialisation|product launch|product launches',
  ),
  concept(
    'pilot',
    '実証フィールド',
    'pilots & testbeds',
    '実証実験|実証フィールド|実証の場|テストベッド|フィールド提供|トライアル導入|試験導入|poc|proof of concept|proof-of-concept|pilot|pilots|testbed|testbeds|test bed|field test|field tests|field trial|field trials|living lab|trial run|sandbox',
  ),
  concept(
    'startup',
    'スタートアップ',
    'startups',
    'スタートアップ|ベンチャー企業|新興企業|起業|アクセラレータ|インキュベーション|オープンイノベーション|startup|startups|start-up|start-ups|founder|founders|entrepreneur|entrepreneurs|accelerator|accelerators|incubator|incubators|open innovation|corporate venture|corporate venturing',
  ),
];

const OPERATIONS: readonly Concept[] = [
  concept(
    'procurement',
    '調達・仕入れ',
    'procurement',
    '仕入|部品調達|資材調達|原材料|原料|調達コスト|調達先|調達網|調達ルート|共同購入|共同調達|procurement|raw material|raw materials|bulk buying|bulk purchasing|group purchasing|purchasing department|buying power',
  ),
  concept(
    'supply-chain',
    'サプライチェーン',
    'supply chain',
    'サプライチェーン|供給網|安定供給|供給体制|供給能力|サプライヤー|supply chain|supply chains|supplier|suppliers|stable supply|supply network',
  ),
  concept(
    'inventory',
    '在庫',
    'inventory',
    '在庫|欠品|棚卸|品切れ|inventory|inventories|stockout|stockouts|stock-out|stock-outs|out of stock|out-of-stock|overstock|overstocking|excess stock|stock levels|stock management',
  ),
  concept(
    'cold-chain',
    'コールドチェーン',
    'cold chain',
    '冷凍|冷蔵|チルド|保冷|定温|コールドチェーン|cold chain|cold-chain|refrigerated|refrigeration|frozen|chilled|freezer|freezers|reefer|temperature-controlled|cold storage',
  ),
  concept(
    'home-delivery',
    '宅配・買い物支援',
    'home delivery',
    '宅配|個配|置き配|買い物代行|買い物支援|移動販売|ネットスーパー|買い物難民|買い物弱者|home delivery|doorstep delivery|grocery delivery|same-day delivery|meal delivery|food delivery|mobile shop|mobile shops',
  ),
  concept(
    'outsourcing',
    'アウトソーシング',
    'outsourcing',
    'アウトソーシング|外注|業務委託|代行|bpo|受託|outsourcing|outsource|outsourced|contract work|managed service|managed services|shared services',
  ),
  concept(
    'back-office',
    'バックオフィス',
    'back office',
    'バックオフィス|事務作業|事務処理|経理|会計|請求書|給与計算|勤怠管理|労務|手作業|back office|back-office|accounting software|accounting firm|bookkeeping|invoicing|invoice|invoices|payroll|admin work|administrative work|manual work|manual processes|clerical',
  ),
];

const PEOPLE: readonly Concept[] = [
  concept(
    'labor-shortage',
    '人手不足',
    'labour shortage',
    '人手不足|人材不足|人員不足|人手が不足|人手の不足|人員が不足|担い手|働き手|ドライバー不足|運転手不足|人が足りない|人手が足りない|採用難|2024年問題|離職率|labor shortage|labour shortage|labor shortages|labour shortages|staff shortage|staff shortages|staffing shortage|worker shortage|workforce shortage|shortage of workers|shortage of staff|understaffed|short-staffed|short staffed|driver shortage|hard to hire|hard to recruit|cannot hire',
  ),
  concept(
    'staffing',
    '人材サービス',
    'staffing services',
    '人材紹介|人材派遣|派遣社員|派遣会社|求人媒体|求人サイト|採用支援|採用代行|スカウト|スポットワーク|スキマバイト|副業人材|staffing agency|staffing agencies|recruitment agency|recruitment agencies|recruiting agency|temp staff|temporary staff|temporary workers|job board|job boards|job site|headhunting|headhunter|gig workers|gig work|freelancer|freelancers|side jobs',
  ),
  concept(
    'foreign-workers',
    '外国人材',
    'foreign workers',
    '外国人材|外国人労働者|外国人従業員|技能実習|特定技能|外国籍|foreign workers|foreign worker|migrant workers|foreign talent|foreign nationals|foreign staff|work visa|work visas|visa support',
  ),
  concept(
    'skilled-workers',
    '熟練技能',
    'skilled workers',
    '熟練|職人|技能者|ベテラン|名人|匠の技|craftsman|craftsmen|craftspeople|craftsperson|artisan|artisans|skilled workers|skilled worker|skilled labor|skilled labour|skilled trades|veteran workers|expert workers',
  ),
  concept(
    'know-how-transfer',
    '技能継承',
    'know-how transfer',
    '技能継承|技術継承|技術伝承|技能伝承|ノウハウ継承|ノウハウの継承|暗黙知|形式知|属人化|マニュアル化|標準化|knowledge transfer|skills transfer|skill transfer|know-how transfer|tacit knowledge|knowledge sharing|standardisation|standardization|standard operating procedures|sops',
  ),
  concept(
    'digital-talent',
    'デジタル人材',
    'digital talent',
    'デジタル人材|dx人材|it人材|ai人材|データサイエンティスト|プログラマ|情報システム部|情シス|digital talent|digital skills|tech talent|it staff|it talent|it skills|it department|software engineer|software engineers|data scientist|data scientists|developer|developers|programmer|programmers',
  ),
];

const FINANCE: readonly Concept[] = [
  concept(
    'bank',
    '金融機関',
    'banks',
    '銀行|金融機関|信用金庫|信金|地銀|メガバンク|信用組合|bank|banks|banking|banker|bankers|financial institution|financial institutions|credit union|credit unions',
  ),
  concept(
    'credit-risk',
    '与信・債権',
    'credit & receivables',
    '与信|信用調査|信用リスク|貸し倒れ|貸倒|債権回収|売掛金|売掛債権|ファクタリング|後払い|掛け払い|請求代行|credit check|credit checks|credit scoring|credit risk|credit assessment|credit limit|receivables|invoice factoring|bnpl|buy now pay later|deferred payment|bad debt|bad debts',
  ),
  concept(
    'leasing',
    'リース・レンタル',
    'leasing & rental',
    'リース会社|リース契約|リース料|ファイナンスリース|割賦|レンタル|leasing|lease|leases|leased|rental|rentals|rent|renting|installment|installments|instalment|instalments|equipment finance|asset finance|hire purchase',
  ),
  concept(
    'subscription',
    'サブスク',
    'subscription',
    'サブスク|定期購入|定期便|定額制|月額|会費|subscription|subscriptions|recurring revenue|recurring billing|monthly fee|monthly fees|membership fee|membership fees',
  ),
];

const IT_AND_DATA: readonly Concept[] = [
  concept(
    'cloud',
    'クラウド・SaaS',
    'cloud & SaaS',
    'saas|paas|iaas|クラウドサービス|クラウド型|クラウド化|クラウド移行|クラウド基盤|クラウド上|クラウドで|クラウドの|クラウドシステム|クラウド会計|クラウド管理|クラウド環境|クラウド連携|クラウドベース|aws|azure|gcp|cloud|cloud-based|software as a service',
  ),
  concept(
    'system-development',
    'システム開発',
    'software development',
    'システム開発|ソフトウェア開発|ソフト開発|アプリ開発|受託開発|web開発|開発会社|システムインテグレーター|sier|内製化|software development|app development|web development|custom software|bespoke software|system integrator|system integrators|systems integration|software house|development partner|dev team|engineering team',
  ),
  concept(
    'api',
    'API・システム連携',
    'APIs & integration',
    'api|apis|システム連携|データ連携|外部連携|基幹システム|erp|integration|integrations|interoperability|webhook|webhooks|connectors',
  ),
  concept(
    'dx',
    'DX・デジタル化',
    'digital transformation',
    'dx|デジタル化|デジタルトランスフォーメーション|it化|電子化|オンライン化|digital transformation|digitalization|digitalisation|digitization|digitisation|digitalize|digitalise|digitize|digitise|digitized|digitised|go digital|going digital|analog|analogue|paper-based',
  ),
  concept(
    'sales-data',
    '購買データ',
    'purchase data',
    '購買データ|購買履歴|販売データ|売上データ|来店データ|レシート|pos|id-pos|purchase data|purchase history|sales data|transaction data|transactional data|point-of-sale|point of sale|receipts|basket data',
  ),
  concept(
    'location-data',
    '人流・位置データ',
    'location data',
    '人流|位置情報|位置データ|地図データ|gps|foot traffic|footfall|people flow|location data|geolocation|geospatial|map data|mapping data',
  ),
  concept(
    'hardware',
    'ハードウェア',
    'hardware',
    'ハードウェア|ハードウエア|デバイス|端末|機器|組込み|組込システム|組み込みシステム|hardware|device|devices|embedded',
  ),
  concept(
    'xr',
    'XR・メタバース',
    'XR',
    'vr|ar|xr|メタバース|バーチャル|仮想空間|デジタルツイン|virtual reality|augmented reality|mixed reality|metaverse|digital twin|digital twins',
  ),
];

const TRUST: readonly Concept[] = [
  concept(
    'certification',
    '認証・規格',
    'certification',
    '認証取得|第三者認証|規格認証|認定取得|認証制度|規格適合|iso|jis|jas|gmp|ul規格|ceマーク|ハラール認証|certification|certifications|certified|certificate|certificates|accredited|accreditation|industry standards|safety standards',
  ),
  concept(
    'legal',
    '法務',
    'legal',
    '法務|弁護士|法律事務所|司法書士|行政書士|社労士|社会保険労務士|税理士|士業|契約書|リーガル|legal|lawyer|lawyers|attorney|attorneys|law firm|law firms|contract review|tax advisor|tax accountant',
  ),
  concept(
    'large-enterprise',
    '大企業',
    'large enterprises',
    '大企業|大手|上場企業|一部上場|プライム上場|グローバル企業|large enterprise|large enterprises|large corporation|large corporations|large companies|major corporations|major companies|major clients|major customers|blue-chip|fortune 500|listed company|listed companies|multinational|multinationals',
  ),
  concept(
    'consulting',
    'コンサルティング',
    'consulting',
    'コンサル|伴走支援|経営支援|経営相談|アドバイザリー|専門家派遣|consulting|consultancy|consultant|consultants|advisory|advisor|advisors|adviser|advisers|mentoring|mentor|mentors',
  ),
];

export const VALUE_CHAIN_CONCEPTS: readonly Concept[] = [
  ...inArea('production', PRODUCTION),
  ...inArea('rnd', RND_AND_IP),
  ...inArea('operations', OPERATIONS),
  ...inArea('people', PEOPLE),
  ...inArea('finance', FINANCE),
  ...inArea('it-data', IT_AND_DATA),
  ...inArea('trust', TRUST),
];
