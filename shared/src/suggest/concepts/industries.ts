// Concepts of the industries alliances happen in: sustainability and energy, healthcare and care,
// tourism and food, agriculture, construction and housing, mobility, media and entertainment,
// education. Written from how companies describe their strengths and needs in general, in
// Japanese and English.
import { concept, inArea, type Concept } from './define.js';

const SUSTAINABILITY_AND_ENERGY: readonly Concept[] = [
  concept(
    'renewables',
    '再生可能エネルギー',
    'renewables',
    '再エネ|再生可能エネルギー|太陽光|風力|地熱|バイオマス|小水力|水力発電|グリーン電力|非化石|ppa|renewable|renewables|solar|wind power|wind farm|wind farms|wind energy|offshore wind|geothermal|biomass|hydropower|hydroelectric|green power|green electricity|photovoltaic|pv',
  ),
  concept(
    'energy-saving',
    '省エネ',
    'energy efficiency',
    '省エネ|節電|省電力|エネルギー効率|断熱|電気代|光熱費|電力削減|bems|hems|fems|ヒートポンプ|led照明|zeb|zeh|energy saving|energy savings|energy-saving|energy efficiency|energy-efficient|energy efficient|power saving|electricity bill|electricity bills|energy bills|energy costs|energy management|insulation|heat pump|heat pumps|led lighting',
  ),
  concept(
    'hydrogen',
    '水素',
    'hydrogen',
    '水素|燃料電池|アンモニア|hydrogen|fuel cell|fuel cells|ammonia|e-fuel|e-fuels',
  ),
  concept(
    'recycling',
    'リサイクル・資源循環',
    'recycling',
    'リサイクル|リユース|アップサイクル|資源循環|循環型|サーキュラー|再生材|再生プラスチック|再資源化|廃棄物|産廃|廃材|回収網|回収ルート|資源回収|使用済み|中古|リセール|recycling|recycle|recycled|recyclable|reuse|reused|upcycling|upcycle|upcycled|circular|waste|scrap|take-back|remanufacturing|refurbished|second-hand|secondhand|pre-owned|resale',
  ),
  concept(
    'food-waste',
    '食品ロス',
    'food waste',
    '食品ロス|フードロス|廃棄ロス|食品廃棄|売れ残り|規格外|余剰食品|賞味期限|food loss|food waste|food wastage|surplus food|unsold food|leftover|leftovers|ugly produce|imperfect produce|expiry dates|best-before',
  ),
  concept(
    'esg',
    'ESG・SDGs',
    'ESG',
    'esg|sdgs|sdg|csr|サステナブル|持続可能|社会課題|社会貢献|社会的インパクト|インパクト投資|統合報告|非財務|tcfd|csrd|sustainable|sustainably|social impact|impact investing|sustainability report|sustainability reporting|non-financial|b corp',
  ),
  concept(
    'packaging',
    '包装・容器',
    'packaging',
    '包装|梱包|容器|パッケージデザイン|パッケージング|脱プラ|生分解|バイオプラ|packaging|biodegradable|bioplastic|bioplastics|compostable|plastic-free|single-use plastic|single-use plastics|plastic waste',
  ),
];

const HEALTH_AND_CARE: readonly Concept[] = [
  concept(
    'medical',
    '医療機関',
    'medical',
    '医療機関|病院|クリニック|診療所|医師|看護師|薬局|調剤|医薬品|製薬|医療機器|治験|患者|hospital|hospitals|clinic|clinics|doctor|doctors|physician|physicians|nurse|nurses|pharmacy|pharmacies|pharmaceutical|pharmaceuticals|pharma|medical device|medical devices|drug|drugs|patient|patients|clinical trial|clinical trials',
  ),
  concept(
    'elderly-care',
    '介護',
    'elderly care',
    '介護|デイサービス|老人ホーム|高齢者施設|訪問看護|見守り|ケアマネ|福祉|nursing care|elderly care|care home|care homes|nursing home|nursing homes|caregiver|caregivers|carer|carers|home care|aged care|assisted living|eldercare|care workers|care facility|care facilities',
  ),
  concept(
    'health-data',
    '健康・医療データ',
    'health data',
    '健康データ|医療データ|健診|健康診断|人間ドック|バイタル|phr|カルテ|レセプト|診療データ|health data|medical data|medical records|health records|ehr|emr|vitals|biomarkers|checkup|checkups|health checks',
  ),
  concept(
    'telemedicine',
    'オンライン診療',
    'telemedicine',
    'オンライン診療|遠隔医療|遠隔診療|オンライン服薬指導|オンライン医療相談|テレヘルス|telemedicine|telehealth|remote consultation|remote consultations|virtual care|online consultation|online consultations|remote diagnosis|remote care',
  ),
  concept(
    'mental-health',
    'メンタルヘルス',
    'mental health',
    'メンタル|ストレスチェック|心の健康|休職|mental health|wellbeing|well-being|burnout|mental wellness',
  ),
];

const TOURISM_AND_FOOD: readonly Concept[] = [
  concept(
    'travel-trade',
    '旅行会社',
    'travel trade',
    '旅行会社|旅行代理店|ota|ツアー|旅行商品|ランドオペレーター|dmo|dmc|着地型|travel agency|travel agencies|travel agent|travel agents|tour|tours|itinerary|itineraries',
  ),
  concept(
    'restaurant',
    '飲食店',
    'restaurants',
    '飲食店|レストラン|外食|居酒屋|カフェ|食堂|料理店|ダイニング|キッチンカー|restaurant|restaurants|cafe|cafes|dining|eatery|eateries|food service|foodservice|food truck|food trucks|catering',
  ),
  concept(
    'local-products',
    '特産品',
    'local specialities',
    '特産|名産|地場産|地域産品|土産|ご当地|工芸|地酒|日本酒|銘菓|local specialty|local specialties|local speciality|local specialities|local products|regional products|regional specialties|souvenir|souvenirs|handicrafts|craftwork|traditional crafts',
  ),
  concept(
    'fisheries',
    '水産',
    'fisheries',
    '漁業|漁師|漁協|水産|養殖|鮮魚|漁港|fish|fishing|fishery|fisheries|fishermen|fisherman|seafood|aquaculture',
  ),
  concept(
    'food-processing',
    '食品加工',
    'food processing',
    '食品加工|加工食品|加工品|食品工場|食品製造|食品メーカー|惣菜|冷凍食品|レトルト|缶詰|food processing|processed food|processed foods|food manufacturing|food manufacturer|food manufacturers|food factory|food factories|ready meals|ready-to-eat|prepared foods|prepared meals|canned food|canned goods',
  ),
  concept(
    'sixth-industry',
    '6次産業化',
    'farm-to-market',
    '6次産業|六次産業|6次化|農商工連携|農産加工|加工販売|直売所|産直|farm-to-table|farm to table|farm-to-fork|farm shop|farm shops|farmers market|farmers markets|value-added products',
  ),
  concept(
    'agritech',
    'スマート農業',
    'agritech',
    'スマート農業|農業ドローン|植物工場|水耕栽培|精密農業|アグリテック|施設園芸|ビニールハウス|smart farming|smart agriculture|agritech|agtech|agri-tech|vertical farm|vertical farms|vertical farming|precision agriculture|precision farming|hydroponic|hydroponics|indoor farming|greenhouse farming|greenhouse cultivation',
  ),
];

const BUILDINGS_AND_MOBILITY: readonly Concept[] = [
  concept(
    'construction',
    '建設・施工',
    'construction',
    '建設|施工|工事|ゼネコン|工務店|建築|土木|リフォーム|リノベーション|改修|内装|construction|contractor|contractors|builder|builders|building works|renovation|renovations|refurbishment|retrofit|retrofitting|civil engineering|fit-out|interior works',
  ),
  concept(
    'housing',
    '住宅',
    'housing',
    '住宅|住まい|マンション|戸建|ハウスメーカー|分譲|入居者|housing|houses|homebuilder|homebuilders|apartment|apartments|condominium|condominiums|condo|condos|residential',
  ),
  concept(
    'public-transport',
    '公共交通',
    'public transport',
    '公共交通|路線バス|バス路線|バス会社|バス事業者|コミュニティバス|乗合バス|高速バス|デマンド交通|オンデマンドバス|鉄道|電車|駅前|駅ナカ|駅構内|タクシー|maas|public transport|public transportation|transit|bus|buses|railway|railways|rail|railroad|taxi|taxis|on-demand transport|demand-responsive transport|commuter|commuters',
  ),
  concept(
    'autonomous',
    '自動運転',
    'autonomous driving',
    '自動運転|無人運転|自動走行|自律走行|レベル4|autonomous|self-driving|driverless|robotaxi|robotaxis|robo-taxi',
  ),
  concept(
    'sharing-mobility',
    'シェアリング移動',
    'shared mobility',
    'カーシェア|シェアサイクル|サイクルシェア|シェアモビリティ|レンタカー|レンタサイクル|電動キックボード|電動自転車|グリーンスローモビリティ|car sharing|car-sharing|carsharing|bike sharing|bike-sharing|bike share|rental car|rental cars|rental bike|rental bikes|e-bike|e-bikes|e-scooter|e-scooters|scooter sharing|micromobility|micro-mobility',
  ),
];

const MEDIA_AND_EDUCATION: readonly Concept[] = [
  concept(
    'entertainment',
    'エンタメ・IPコンテンツ',
    'entertainment',
    'エンタメ|エンターテインメント|エンターテイメント|アニメ|漫画|マンガ|ゲーム|キャラクター|映画|音楽|anime|manga|gaming|game|games|entertainment|movie|movies|music',
  ),
  concept(
    'sports',
    'スポーツ',
    'sports',
    'スポーツ|球団|クラブチーム|アスリート|スタジアム|アリーナ|競技|sport|sports|athlete|athletes|stadium|stadiums|arena|arenas|league|club team|professional team',
  ),
  concept(
    'academia',
    '大学・研究機関',
    'universities & research',
    '大学|研究機関|研究者|産学連携|産学官|共同研究|教授|研究室|高専|university|universities|academic|academics|academia|researcher|researchers|professor|professors|research institute|research institutes|research institution|joint research|spin-off|spinout|spin-out|industry-academia',
  ),
  concept(
    'schools',
    '学校',
    'schools',
    '学校|高校|教育機関|教育委員会|教員|教師|学習塾|児童|生徒|school|schools|teacher|teachers|pupils|k-12|edtech|エドテック|classroom|classrooms',
  ),
];

export const INDUSTRY_CONCEPTS: readonly Concept[] = [
  ...inArea('energy', SUSTAINABILITY_AND_ENERGY),
  ...inArea('health', HEALTH_AND_CARE),
  ...inArea('tourism-food', TOURISM_AND_FOOD),
  ...inArea('mobility', BUILDINGS_AND_MOBILITY),
  ...inArea('media-education', MEDIA_AND_EDUCATION),
];
