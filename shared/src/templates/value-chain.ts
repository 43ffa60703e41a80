// Value chain: a heading frame per stage across the top (renamed by editing its title), a lane
// per company to mark where it sits today, and a lane for the chain they build together.
import {
  area,
  CARD_W,
  cardsHigh,
  GAP_Y,
  PAD,
  say,
  sheet,
  type LayoutItem,
  type Phrase,
  type TemplateLayout,
} from './common.js';

const STAGES: readonly Phrase[] = [
  { ja: '研究開発', en: 'R&D' },
  { ja: '調達', en: 'Sourcing' },
  { ja: '製造', en: 'Production' },
  { ja: '物流', en: 'Logistics' },
  { ja: '販売', en: 'Sales' },
  { ja: '保守・サービス', en: 'Service' },
];
// Wide enough that a stage's title stays whole at "zoom to fit".
const STAGE_W = CARD_W + 3 * PAD;
const HEADING_H = 40;

export const valueChain: TemplateLayout = ({ companies, locale }) => {
  const width = STAGES.length * STAGE_W;
  const items: LayoutItem[] = STAGES.map((stage, i) =>
    area(i * STAGE_W + PAD / 2, 0, STAGE_W - PAD, HEADING_H, say(locale, stage), null),
  );
  let y = HEADING_H + GAP_Y;
  const laneH = cardsHigh(1);
  for (const company of companies) {
    items.push(area(0, y, width, laneH, company.name, 'note', company));
    y += laneH + GAP_Y;
  }
  items.push(
    area(
      0,
      y,
      width,
      cardsHigh(2),
      say(locale, { ja: '一緒につくる未来のバリューチェーン', en: 'The future chain we build together' }),
      'synergy',
    ),
  );
  return sheet(
    say(locale, { ja: 'バリューチェーン', en: 'Value chain' }),
    say(locale, {
      ja: '各社のレーンで、今いる段階の下に付箋を置きます。最下段は一緒につくる未来のチェーンです。\n段階の名前は、上の見出しの枠のタイトルを書き換えて業界に合わせます。',
      en: 'In its lane, each company places cards under the stages it works in today. The bottom lane is the chain you build together.\nRename the stages by editing the titles of the heading frames at the top.',
    }),
    items,
  );
};
