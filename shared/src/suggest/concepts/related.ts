// Kinds of need and the kinds of strength that typically answer them, across industries: general
// alliance reasoning, not any one story. Each pair is a bridge (tokenize.ts): a card with either
// concept carries it, so keep them few and firm. A concept that bridges to many others makes
// every card that mentions it look alike; none here has more than four.

type Pair = readonly [string, string];

const PEOPLE: readonly Pair[] = [
  ['labor-shortage', 'automation'],
  ['labor-shortage', 'outsourcing'],
  ['labor-shortage', 'foreign-workers'],
  ['labor-shortage', 'staffing'],
  ['succession', 'know-how-transfer'],
  ['skilled-workers', 'know-how-transfer'],
  ['know-how-transfer', 'training'],
  ['digital-talent', 'reskilling'],
  ['digital-talent', 'system-development'],
  ['foreign-workers', 'language'],
  ['back-office', 'outsourcing'],
  ['back-office', 'cloud'],
];

const MONEY: readonly Pair[] = [
  ['capital', 'subsidy'],
  ['capital', 'leasing'],
  ['lending', 'bank'],
  ['equipment', 'leasing'],
  ['credit-risk', 'payment'],
  ['insurance', 'disaster'],
  ['insurance', 'health-data'],
];

const MARKETS: readonly Pair[] = [
  ['market-entry', 'sales-channel'],
  ['market-entry', 'overseas-network'],
  ['market-entry', 'trade'],
  ['overseas', 'overseas-network'],
  ['overseas', 'language'],
  ['japan', 'reach'],
  ['sales-force', 'sales-channel'],
  ['brand', 'media'],
  ['brand', 'pr'],
  ['brand', 'fans'],
  ['young', 'media'],
  ['acquisition', 'customer-base'],
  ['market-research', 'customer-base'],
  ['local-products', 'ecommerce'],
  ['local-products', 'tourism'],
  ['trade', 'currency'],
  ['procurement', 'trade'],
  ['certification', 'credibility'],
  ['regulation', 'legal'],
  ['events', 'space'],
];

const OPERATIONS: readonly Pair[] = [
  ['forecast', 'sales-data'],
  ['inventory', 'forecast'],
  ['food-waste', 'recycling'],
  ['food', 'cold-chain'],
  ['fisheries', 'cold-chain'],
  ['ecommerce', 'logistics'],
  ['quality', 'inspection'],
  ['inspection', 'ai'],
  ['equipment-maintenance', 'iot'],
  ['prototyping', 'mass-production'],
  ['mass-production', 'capacity'],
  ['mass-production', 'oem'],
  ['farming', 'food-processing'],
  ['packaging', 'recycling'],
];

const DIGITAL: readonly Pair[] = [
  ['dx', 'system-development'],
  ['dx', 'digital-talent'],
  ['paperless', 'dx'],
  ['ai', 'data'],
];

const ENERGY_AND_MOBILITY: readonly Pair[] = [
  ['sustainability', 'renewables'],
  ['sustainability', 'energy-saving'],
  ['sustainability', 'ev'],
  ['ev', 'charging'],
  ['ev', 'battery'],
  ['charging', 'real-estate'],
  ['disaster', 'battery'],
  ['transfer', 'sharing-mobility'],
  ['transfer', 'public-transport'],
];

const LIFE_AND_PLACE: readonly Pair[] = [
  ['seniors', 'elderly-care'],
  ['seniors', 'home-delivery'],
  ['seniors', 'public-transport'],
  ['depopulation', 'home-delivery'],
  ['depopulation', 'telemedicine'],
  ['health-data', 'wearable'],
  ['employer', 'mental-health'],
  ['employer', 'fitness'],
  ['occupancy', 'travel-trade'],
  ['experience', 'travel-trade'],
  ['foreign-visitors', 'payment'],
  ['rnd', 'academia'],
  ['rnd', 'ip'],
  ['pilot', 'evidence'],
  ['public-sector', 'subsidy'],
];

export const RELATED_BY_AREA: readonly Pair[] = [
  ...PEOPLE,
  ...MONEY,
  ...MARKETS,
  ...OPERATIONS,
  ...DIGITAL,
  ...ENERGY_AND_MOBILITY,
  ...LIFE_AND_PLACE,
];
