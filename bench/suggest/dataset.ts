// The labelled set for the suggest benchmark: five workshop boards written the way people
// write cards (short, Japanese, English or both), each with assets, gaps and goals, distractor
// cards (assets nobody needs, needs nobody meets, values and ideas) and the asset→need pairs a
// facilitator would accept as synergy candidates. Labels were written from the business sense of
// each pair, not from the words they share; several pairs share no word at all on purpose.
import type { SuggestCard } from '@kyoso/shared';

export type Language = 'ja' | 'en' | 'mixed';

export interface LabelledCard extends SuggestCard {
  language: Language;
}

export interface Scenario {
  name: string;
  cards: LabelledCard[];
  /** need id → the asset ids that meet it. */
  labels: Record<string, string[]>;
}

type Row = [id: string, kind: SuggestCard['kind'], text: string];

const cards = (company: string, language: Language, rows: Row[]): LabelledCard[] =>
  rows.map(([id, kind, text]) => ({ id, company, kind, text, language }));

const railEv: Scenario = {
  name: '東和電鉄 × VoltGrid (railway × EV charging)',
  cards: [
    ...cards('rail', 'ja', [
      ['r-a1', 'asset', '沿線42駅の駅前駐車場と遊休地'],
      ['r-a2', 'asset', '交通系ICカード会員 120万人の顧客基盤'],
      ['r-a3', 'asset', '駅構内・駅ビルの広告枠'],
      ['r-a4', 'asset', '電気設備の保守・点検を担う技術者300名'],
      ['r-a5', 'asset', '沿線自治体との長年の信頼関係'],
      ['r-a6', 'asset', '車両基地の見学ツアー運営'],
      ['r-g1', 'gap', '駅の脱炭素化を進める技術がない'],
      ['r-g2', 'gap', 'EV充電器の設置・運用ノウハウがない'],
      ['r-g3', 'goal', '沿線でEVカーシェアなど新しいモビリティサービスを始めたい'],
      ['r-g4', 'gap', 'ソフトウェアエンジニアの採用が難しい'],
      ['r-g5', 'gap', '定期券収入の減少'],
      ['r-v1', 'value', '地域とともに100年'],
      ['r-i1', 'idea', '駅をまちのハブに'],
    ]),
    ...cards('volt', 'en', [
      ['v-a1', 'asset', 'Fast-charging hardware and charge point software (150 kW DC)'],
      ['v-a2', 'asset', 'Battery storage that shifts solar power to peak hours and cuts CO2 emissions'],
      ['v-a3', 'asset', 'Team of 40 software engineers with fleet charging experience'],
      ['v-a4', 'asset', 'Remote monitoring platform for charger uptime'],
      ['v-a5', 'asset', 'Offices in Berlin and Amsterdam'],
      ['v-g1', 'gap', 'No sites in Japan: we need land and parking to install chargers'],
      ['v-g2', 'gap', 'Low brand awareness among Japanese drivers'],
      ['v-g3', 'gap', 'Need a local maintenance partner for on-site repairs'],
      ['v-g4', 'goal', 'Reach 1 million EV drivers as app members by 2028'],
      ['v-g5', 'gap', 'No relationships with local governments for permits'],
      ['v-g6', 'gap', 'Not enough certified electricians and installers'],
      ['v-g7', 'goal', 'Let drivers pay with the transit IC card they already carry'],
      ['v-g8', 'gap', 'Series B funding round is delayed'],
      ['v-v1', 'value', 'Open standards, no lock-in'],
    ]),
  ],
  labels: {
    'r-g1': ['v-a2'],
    'r-g2': ['v-a1', 'v-a4'],
    'r-g3': ['v-a1', 'v-a3'],
    'r-g4': ['v-a3'],
    'v-g1': ['r-a1'],
    'v-g2': ['r-a3'],
    'v-g3': ['r-a4'],
    'v-g4': ['r-a2'],
    'v-g5': ['r-a5'],
    'v-g6': ['r-a4'],
    'v-g7': ['r-a2'],
  },
};

const foodCommerce: Scenario = {
  name: 'みのりフーズ × ShopLink × 日本クールロジ (food × SEA e-commerce × cold-chain logistics)',
  cards: [
    ...cards('food', 'ja', [
      ['f-a1', 'asset', '北海道産の乳製品・冷凍スイーツの製造工場'],
      ['f-a2', 'asset', 'HACCP対応の品質管理体制'],
      ['f-a3', 'asset', '道内スーパー800店舗への卸ルート'],
      ['f-a4', 'asset', '年間50品目を出す商品開発チーム'],
      ['f-a5', 'asset', '創業100年の歴史'],
      ['f-g1', 'gap', '海外の販路がない（特に東南アジア）'],
      ['f-g2', 'gap', '越境ECの運営ノウハウがない'],
      ['f-g3', 'gap', '冷凍配送のコストが高い'],
      ['f-g4', 'goal', '海外の消費者データを商品開発に活かしたい'],
      ['f-g5', 'gap', 'InstagramなどSNSでの発信力がない'],
      ['f-g6', 'gap', '経理業務の属人化'],
      ['f-v1', 'value', '北海道の酪農を次の世代へ'],
    ]),
    ...cards('shop', 'en', [
      ['s-a1', 'asset', 'Marketplace with 8 million shoppers in Singapore, Thailand and Vietnam'],
      [
        's-a2',
        'asset',
        'Cross-border e-commerce operations: listing, payments and customer service in 5 languages',
      ],
      ['s-a3', 'asset', 'Purchase and search data on Southeast Asian consumers'],
      ['s-a4', 'asset', 'Influencer marketing network on TikTok and Instagram'],
      ['s-a5', 'asset', 'Engineering hub in Ho Chi Minh City'],
      ['s-g1', 'goal', 'Premium Japanese dairy and sweets for our Japan Fair campaign'],
      ['s-g2', 'gap', 'Cold-chain delivery to customers is unreliable'],
      ['s-g3', 'gap', 'No quality certification process for imported food'],
      ['s-g4', 'gap', 'Customs delays on food imports from Japan'],
      ['s-g5', 'goal', 'IPO in 2027'],
      ['s-i1', 'idea', 'Hokkaido week livestream'],
    ]),
    ...cards('logi', 'mixed', [
      ['l-a1', 'asset', '冷凍・冷蔵の cold chain 物流網（全国 + Bangkok の倉庫）'],
      ['l-a2', 'asset', '通関 customs clearance の専門チーム'],
      ['l-a3', 'asset', '共同配送で配送コストを30%削減した実績'],
      ['l-g1', 'goal', '食品メーカーの荷主 (shippers) を増やしたい'],
      ['l-g2', 'gap', 'EC事業者との接点がなく、last mile の需要データがない'],
      ['l-g3', 'gap', 'Bangkok 倉庫の稼働率が低い'],
      ['l-g4', 'gap', 'ドライバー不足'],
    ]),
  ],
  labels: {
    'f-g1': ['s-a1'],
    'f-g2': ['s-a2'],
    'f-g3': ['l-a1', 'l-a3'],
    'f-g4': ['s-a3'],
    'f-g5': ['s-a4'],
    's-g1': ['f-a1', 'f-a4'],
    's-g2': ['l-a1'],
    's-g3': ['f-a2'],
    's-g4': ['l-a2'],
    'l-g1': ['f-a1'],
    'l-g2': ['s-a2', 's-a3'],
    'l-g3': ['s-a1'],
  },
};

const careAi: Scenario = {
  name: 'さくら医療グループ × MedLens AI × みらい銀行 (hospitals × medical AI × regional bank)',
  cards: [
    ...cards('care', 'ja', [
      ['c-a1', 'asset', '県内12病院・30介護施設のネットワーク'],
      ['c-a2', 'asset', '匿名化済みの電子カルテ・CT画像データ 20年分'],
      ['c-a3', 'asset', '看護師・介護職の研修プログラム'],
      ['c-a4', 'asset', '訪問診療の送迎車両150台'],
      ['c-g1', 'gap', '読影医が足りず、画像診断が遅れている'],
      ['c-g2', 'gap', '介護記録の作成に時間がかかり、職員の負担が大きい'],
      ['c-g3', 'gap', '新病棟建設の資金調達'],
      ['c-g4', 'goal', '一人暮らしの高齢者を地域で見守りたい'],
      ['c-g5', 'gap', '外来の駐車場が狭い'],
      ['c-v1', 'value', '患者さんの一生に寄り添う'],
    ]),
    ...cards('medai', 'en', [
      ['m-a1', 'asset', 'Deep learning model that reads CT and X-ray images (97% sensitivity)'],
      ['m-a2', 'asset', 'Speech-to-text AI that drafts care records'],
      ['m-a3', 'asset', 'Regulatory approval experience (FDA, CE)'],
      ['m-a4', 'asset', 'Fall-detection sensors for elderly people living alone'],
      ['m-a5', 'asset', 'Offices in Boston'],
      ['m-g1', 'gap', 'No access to Japanese medical imaging data for training models'],
      ['m-g2', 'gap', 'Need hospitals in Japan to run clinical pilots'],
      ['m-g3', 'gap', 'Lack of PMDA approval know-how'],
      ['m-g4', 'gap', 'Need funding for the Japan launch'],
      ['m-g5', 'goal', 'Sales channel to regional clinics'],
      ['m-i1', 'idea', 'Radiology as a service'],
    ]),
    ...cards('bank', 'mixed', [
      ['b-a1', 'asset', '医療・介護向け融資 (healthcare finance) の実績'],
      ['b-a2', 'asset', '取引先の clinic・中小企業 5,000社'],
      ['b-a3', 'asset', '自治体と組んだ高齢者の見守りサービス'],
      ['b-a4', 'asset', '60 branches の窓口ネットワーク'],
      ['b-g1', 'gap', '取引先クリニックへの AI 導入支援メニューがない'],
      ['b-g2', 'gap', '若年層の顧客が少ない'],
      ['b-g3', 'goal', '地域医療を守る (regional healthcare)'],
    ]),
  ],
  labels: {
    'c-g1': ['m-a1'],
    'c-g2': ['m-a2'],
    'c-g3': ['b-a1'],
    'c-g4': ['m-a4', 'b-a3'],
    'm-g1': ['c-a2'],
    'm-g2': ['c-a1'],
    'm-g4': ['b-a1'],
    'm-g5': ['c-a1', 'b-a2'],
    'b-g1': ['m-a1', 'm-a2'],
    'b-g3': ['c-a1'],
  },
};

const busDrugstore: Scenario = {
  name: 'さくら交通 × げんきドラッグ (regional bus × drugstore chain, both in Japanese)',
  cards: [
    ...cards('bus', 'ja', [
      ['bus-a1', 'asset', '県内全域を走る路線バス300台と運転手'],
      ['bus-a2', 'asset', 'バス停・営業所の空きスペース'],
      ['bus-a3', 'asset', '利用者の6割が65歳以上の高齢者'],
      ['bus-a4', 'asset', '車内モニター広告'],
      ['bus-g1', 'gap', '乗客が減り、路線の維持が難しい'],
      ['bus-g2', 'gap', '運賃以外の収益源がない'],
      ['bus-g3', 'goal', '通院・買い物の足として地域に欠かせない存在になりたい'],
      ['bus-g4', 'gap', '車両の老朽化'],
    ]),
    ...cards('drug', 'ja', [
      ['drug-a1', 'asset', '県内120店舗と広い駐車場'],
      ['drug-a2', 'asset', '会員アプリ80万人の購買データ'],
      ['drug-a3', 'asset', '薬剤師による健康相談'],
      ['drug-a4', 'asset', '自社物流センターと店舗配送トラック'],
      ['drug-g1', 'gap', '車を持たない高齢者が来店できない'],
      ['drug-g2', 'gap', '過疎地には採算が合わず出店できない'],
      ['drug-g3', 'goal', '地域の健康拠点として認知されたい'],
      ['drug-g4', 'gap', '配送ドライバーが足りない'],
      ['drug-v1', 'value', 'まちの保健室'],
    ]),
  ],
  labels: {
    'bus-g1': ['drug-a1'],
    'bus-g2': ['drug-a4'],
    'bus-g3': ['drug-a1', 'drug-a3'],
    'drug-g1': ['bus-a1', 'bus-a3'],
    'drug-g2': ['bus-a2'],
    'drug-g3': ['bus-a4'],
    'drug-g4': ['bus-a1'],
  },
};

const insuranceFitness: Scenario = {
  name: 'Northwind Insurance × Brightpath (insurer × fitness app, both in English)',
  cards: [
    ...cards('insure', 'en', [
      ['n-a1', 'asset', '2 million life insurance policyholders in the UK'],
      ['n-a2', 'asset', 'Actuarial team and claims data on chronic disease'],
      ['n-a3', 'asset', 'Nationwide network of 900 independent brokers'],
      ['n-g1', 'gap', 'Policyholders rarely engage with us between renewals'],
      ['n-g2', 'goal', 'Price policies on real activity data'],
      ['n-g3', 'gap', 'No digital product for younger customers'],
    ]),
    ...cards('fit', 'en', [
      ['p-a1', 'asset', 'Fitness app with 3 million monthly active users aged 20-40'],
      ['p-a2', 'asset', 'Wearable step and heart-rate data, shared with user consent'],
      ['p-a3', 'asset', 'Gamified rewards engine for healthy habits'],
      ['p-g1', 'gap', 'Users churn after the first three months'],
      ['p-g2', 'gap', 'Need a trusted health brand to reach older users'],
      ['p-g3', 'gap', 'No B2B sales channel to employers'],
    ]),
  ],
  labels: {
    'n-g1': ['p-a3', 'p-a1'],
    'n-g2': ['p-a2'],
    'n-g3': ['p-a1'],
    'p-g2': ['n-a1'],
    'p-g3': ['n-a3'],
  },
};

export const SCENARIOS: readonly Scenario[] = [railEv, foodCommerce, careAi, busDrugstore, insuranceFitness];
