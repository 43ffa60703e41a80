// Concepts of reaching customers: selling and promoting, the segments companies sell to, the places
// they work in, and the public sector. Written from how companies describe their strengths and
// needs in general, in Japanese and English.
import { concept, inArea, type Concept } from './define.js';

/** Selling: the people, places and events through which a company sells. */
const SELLING: readonly Concept[] = [
  concept(
    'sales-force',
    '営業力',
    'sales force',
    '営業力|営業体制|営業部隊|営業担当|営業人員|営業チーム|営業マン|営業パーソン|営業拠点|営業活動|営業代行|営業ノウハウ|営業リソース|営業人材|法人営業|ルート営業|セールス|sales force|sales team|sales teams|sales rep|sales reps|sales representatives|field sales|inside sales|sales staff|salespeople|salesperson|account managers|account executives|direct sales|door-to-door',
  ),
  concept(
    'events',
    'イベント',
    'events',
    'イベント|催事|催し|フェス|マルシェ|ポップアップ|物産展|event|events|pop-up|popup|conference|conferences|concert|concerts',
  ),
  concept(
    'matching',
    'マッチング・仲介',
    'matching',
    'マッチング|仲介|取次|ブローカー|matching|matchmaking|brokerage|broker|brokers|intermediary|intermediaries|two-sided',
  ),
];

/** Promoting: making a company and its products known. */
const PROMOTING: readonly Concept[] = [
  concept(
    'pr',
    '広報・PR',
    'PR',
    '広報|pr|プレスリリース|パブリシティ|メディア露出|メディア掲載|取材|press release|press releases|publicity|media coverage|press coverage|public relations|media exposure|earned media',
  ),
  concept(
    'fans',
    'ファン・コミュニティ',
    'fans & community',
    'ファン層|ファンが|ファンを|ファンの|ファンに|ファンと|ファンベース|ファンクラブ|ファンコミュニティ|ファンマーケティング|固定ファン|愛好家|サポーター|オンラインコミュニティ|ユーザーコミュニティ|fan|fans|fanbase|superfan|superfans|enthusiast|enthusiasts|online community|user community|brand community',
  ),
  concept(
    'market-research',
    '市場調査',
    'market research',
    '市場調査|マーケティングリサーチ|市場リサーチ|消費者調査|顧客調査|アンケート|ニーズ調査|テストマーケティング|モニター調査|ユーザー調査|ユーザーテスト|消費者インサイト|market research|consumer research|customer research|user research|consumer survey|consumer surveys|customer survey|customer surveys|online survey|online surveys|questionnaire|questionnaires|focus group|focus groups|test marketing|consumer insights|customer insights|user testing',
  ),
];

/** Winning and keeping customers. */
const CUSTOMERS: readonly Concept[] = [
  concept(
    'acquisition',
    '新規顧客獲得',
    'customer acquisition',
    '新規顧客|新規開拓|顧客獲得|顧客開拓|新規客|送客|見込み客|リード獲得|クロスセル|customer acquisition|acquire customers|acquiring customers|new customers|new clients|new users|lead generation|sales leads|prospects|prospective customers|cross-selling|cross-sell|referral|referrals',
  ),
];

const SEGMENTS: readonly Concept[] = [
  concept(
    'families',
    '子育て世帯',
    'families with children',
    '子育て|ファミリー層|ファミリー向け|親子|子ども|子供|こども|乳幼児|保育|育児|ママ|パパ|保護者|young families|family-friendly|childcare|child care|kids|children|toddlers|moms|mums|mothers|fathers',
  ),
  concept(
    'affluent',
    '富裕層',
    'affluent customers',
    '富裕層|高所得|ハイエンド|高級|ラグジュアリー|高価格帯|プレミアム|affluent|wealthy|high-net-worth|hnwi|luxury|high-end|premium|upscale|high-income',
  ),
  concept('women', '女性', 'women', '女性|主婦|women|woman|female|females|housewives'),
];

const PLACES: readonly Concept[] = [
  concept(
    'market-entry',
    '市場参入',
    'market entry',
    '海外展開|海外進出|現地進出|市場参入|新規参入|参入障壁|参入支援|進出支援|現地化|ローカライズ|ローカライゼーション|market entry|market-entry|enter the market|entering the market|market access|go-to-market|go to market|localization|localisation|localize|localise|localized|localised|new market|new markets',
  ),
  concept(
    'overseas-network',
    '海外拠点・現地パートナー',
    'overseas network',
    '海外拠点|海外支社|海外子会社|海外法人|現地法人|現地拠点|現地パートナー|現地企業|現地スタッフ|現地ネットワーク|海外ネットワーク|駐在|overseas office|overseas offices|overseas subsidiary|overseas subsidiaries|local subsidiary|local subsidiaries|local partner|local partners|local office|local offices|local presence|on-the-ground|in-country|offices abroad|global network|international network',
  ),
  concept(
    'trade',
    '貿易・商社',
    'trade',
    '貿易|輸出入|輸入|通関|商社|インポーター|import|imports|imported|importer|importers|importing|customs clearance|customs broker|trading company|trading companies|trading house|trading houses|shosha|exporter|exporters|export agent|freight forwarder|freight forwarders|freight forwarding',
  ),
  concept(
    'depopulation',
    '過疎・中山間地域',
    'depopulated areas',
    '過疎|中山間|離島|限界集落|山間部|へき地|僻地|人口減少|無医地区|交通空白|depopulation|depopulated|remote areas|remote area|remote islands|isolated communities|shrinking population|population decline|declining population|mountain villages|rural communities',
  ),
  concept(
    'metro',
    '都市部',
    'cities',
    '都市部|都心|首都圏|大都市|都市圏|東京|大阪|名古屋|福岡|関東|関西|urban|metropolitan|tokyo|osaka|nagoya|fukuoka|kanto|kansai|big cities|major cities|city centre|city center|downtown',
  ),
  concept(
    'vacant-property',
    '空き家・遊休資産',
    'vacant property',
    '空き家|空き店舗|空き物件|空きビル|空き施設|空きスペース|遊休資産|遊休不動産|遊休施設|廃校|古民家|空室|vacant|empty houses|abandoned houses|empty buildings|unused buildings|unused space|unused spaces|disused|closed schools|akiya|idle assets|idle land',
  ),
];

const PUBLIC_SECTOR: readonly Concept[] = [
  concept(
    'public-sector',
    '行政・自治体',
    'public sector',
    '自治体|行政|官公庁|役所|役場|県庁|省庁|国交省|経産省|総務省|厚労省|農水省|環境省|公共機関|公共サービス|公共施設|公共調達|官民連携|公民連携|pfi|ppp|指定管理|入札|government|governments|governmental|municipal|municipality|municipalities|public sector|city hall|ministry|ministries|public agencies|public procurement|public-private|tender|tenders',
  ),
  concept(
    'subsidy',
    '補助金',
    'subsidies',
    '補助金|助成金|交付金|補助事業|公的支援|公的資金|grant|grants|subsidy|subsidies|subsidise|subsidised|subsidize|subsidized|public funding|government funding',
  ),
];

export const MARKET_CONCEPTS: readonly Concept[] = [
  ...inArea('selling', SELLING),
  ...inArea('promoting', PROMOTING),
  ...inArea('customers', CUSTOMERS),
  ...inArea('segments', SEGMENTS),
  ...inArea('places', PLACES),
  ...inArea('public', PUBLIC_SECTOR),
];
