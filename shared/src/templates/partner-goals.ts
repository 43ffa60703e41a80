// Partner goals: a lane per company: its goals, and beside them how the others could help.
import {
  area,
  cardsHigh,
  cardsWide,
  GAP_X,
  GAP_Y,
  lane,
  LANE_TOP,
  PAD,
  say,
  sheet,
  type LayoutItem,
  type TemplateLayout,
} from './common.js';

const AREA_W = cardsWide(3);
const AREA_H = cardsHigh(2);

export const partnerGoals: TemplateLayout = ({ companies, locale }) => {
  const laneW = 2 * AREA_W + GAP_X + 2 * PAD;
  const items: LayoutItem[] = [];
  let y = 0;
  for (const company of companies) {
    const row = lane(y, laneW, AREA_H, company);
    items.push(
      row,
      area(PAD, y + LANE_TOP, AREA_W, AREA_H, say(locale, { ja: '目標', en: 'Goals' }), 'goal', company),
      // No company: a helping card stays the helper's.
      area(
        PAD + AREA_W + GAP_X,
        y + LANE_TOP,
        AREA_W,
        AREA_H,
        say(locale, {
          ja: `他社が${company.name}に貢献できること`,
          en: `How the others could help ${company.name}`,
        }),
        'idea',
      ),
    );
    y += row.h + GAP_Y;
  }
  return sheet(
    say(locale, { ja: 'パートナーの目標', en: 'Partner goals' }),
    say(locale, {
      ja: '左に各社の目標を。右には、他の会社がその目標にどう貢献できるかを、貢献する会社の付箋で。',
      en: "Left: each company's goals. Right: how the others could help, on the helping company's cards.",
    }),
    items,
  );
};
