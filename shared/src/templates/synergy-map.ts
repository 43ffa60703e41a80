// Synergy map: what each company brings, side by side, above one wide area for what they can
// only do together.
import {
  area,
  cardsHigh,
  cardsWide,
  columnsWidth,
  columnX,
  GAP_Y,
  say,
  sheet,
  type LayoutItem,
  type TemplateLayout,
} from './common.js';

const COLUMN_W = cardsWide(2);

export const synergyMap: TemplateLayout = ({ companies, locale }) => {
  const width = Math.max(columnsWidth(companies.length, COLUMN_W), cardsWide(4));
  const bringH = cardsHigh(2);
  const items: LayoutItem[] = companies.map((company, i) =>
    area(
      columnX(i, COLUMN_W),
      0,
      COLUMN_W,
      bringH,
      say(locale, { ja: `${company.name}が持ち寄るもの`, en: `What ${company.name} brings` }),
      'asset',
      company,
    ),
  );
  items.push(
    area(
      0,
      bringH + GAP_Y,
      width,
      cardsHigh(3),
      say(locale, { ja: 'シナジー：一緒だからできること', en: 'Synergies: what we can only do together' }),
      'synergy',
    ),
  );
  return sheet(
    say(locale, { ja: 'シナジーマップ', en: 'Synergy map' }),
    say(locale, {
      ja: '上段に各社が持ち寄れるものを。組み合わせて生まれる価値を下の枠に書き、線でつなぎます。',
      en: 'Top: what each company brings. Below: what you can only do together; connect the cards with lines.',
    }),
    items,
  );
};
