// Impact × feasibility: four quadrants for the ideas, high impact at the top, easy on the right.
import {
  area,
  cardsHigh,
  cardsWide,
  GAP_X,
  GAP_Y,
  sheet,
  say,
  text,
  type LayoutItem,
  type Phrase,
  type TemplateLayout,
} from './common.js';

const QUADRANT_W = cardsWide(3);
const QUADRANT_H = cardsHigh(2);

const QUADRANTS: readonly { col: 0 | 1; row: 0 | 1; title: Phrase }[] = [
  { col: 0, row: 0, title: { ja: '大きな賭け：効果大・実現難', en: 'Big bets: high impact, hard to do' } },
  { col: 1, row: 0, title: { ja: '最優先：効果大・実現容易', en: 'Do first: high impact, easy to do' } },
  { col: 0, row: 1, title: { ja: '見送り：効果小・実現難', en: 'Set aside: low impact, hard to do' } },
  {
    col: 1,
    row: 1,
    title: { ja: 'すぐできる：効果小・実現容易', en: 'Quick extras: low impact, easy to do' },
  },
];

export const impactMatrix: TemplateLayout = ({ locale }) => {
  const width = 2 * QUADRANT_W + GAP_X;
  const axisY = text(0, 0, width, say(locale, { ja: '↑ 効果：大', en: '↑ Impact: high' }));
  const items: LayoutItem[] = [axisY];
  const gridTop = axisY.h + GAP_Y;
  for (const q of QUADRANTS)
    items.push(
      area(
        q.col * (QUADRANT_W + GAP_X),
        gridTop + q.row * (QUADRANT_H + GAP_Y),
        QUADRANT_W,
        QUADRANT_H,
        say(locale, q.title),
        'idea',
      ),
    );
  items.push(
    text(
      0,
      gridTop + 2 * QUADRANT_H + GAP_Y + 24,
      width,
      say(locale, { ja: '実現性：難 ← → 実現性：容易', en: 'Feasibility: hard ←   → Feasibility: easy' }),
    ),
  );
  return sheet(
    say(locale, { ja: '効果 × 実現性マトリクス', en: 'Impact × feasibility matrix' }),
    say(locale, {
      ja: 'アイデアを効果（上ほど大きい）と実現性（右ほど容易）で置きます。',
      en: 'Place each idea by impact (higher is bigger) and feasibility (further right is easier).',
    }),
    items,
  );
};
