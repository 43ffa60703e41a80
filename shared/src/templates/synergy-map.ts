// Synergy map: a lane per company with what it brings, what it lacks and what it aims for, above
// one wide area for what they can only do together: a synergy links one side's strength to the
// other's need, so both have a place on the map (a revealed gap or goal lands in its lane).
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
  type Phrase,
  type TemplateLayout,
} from './common.js';
import { KIND_NAMES } from '../model/kind-names.js';
import type { CardKind } from '../model/shapes/fields.js';

// Room for six cards a kind at full size (twelve shrunk, reveal-layout.ts): a company publishes
// more than the three a one-row area held, and the rest landed outside the map.
const AREA_W = cardsWide(3);
const AREA_H = cardsHigh(2);

/** Each lane's areas, left to right, titled with the kinds' one name (as its cards are labelled). */
const AREAS: readonly { kind: CardKind; title: Phrase }[] = (['asset', 'gap', 'goal'] as const).map(
  (kind) => ({
    kind,
    title: { ja: KIND_NAMES.ja[kind], en: KIND_NAMES.en[kind] },
  }),
);

export const synergyMap: TemplateLayout = ({ companies, locale }) => {
  const laneW = AREAS.length * AREA_W + (AREAS.length - 1) * GAP_X + 2 * PAD;
  const items: LayoutItem[] = [];
  let y = 0;
  for (const company of companies) {
    const row = lane(y, laneW, AREA_H, company);
    items.push(row);
    AREAS.forEach(({ kind, title }, i) =>
      items.push(
        area(PAD + i * (AREA_W + GAP_X), y + LANE_TOP, AREA_W, AREA_H, say(locale, title), kind, company),
      ),
    );
    y += row.h + GAP_Y;
  }
  items.push(
    area(
      0,
      y,
      laneW,
      cardsHigh(3),
      say(locale, { ja: 'シナジー：一緒だからできること', en: 'Synergies: what we can only do together' }),
      'synergy',
    ),
  );
  return sheet(
    say(locale, { ja: 'シナジーマップ', en: 'Synergy map' }),
    say(locale, {
      ja: '各社のレーンに、持ち寄れるもの・足りないもの・目指す姿を書きます。\n一方の強みが他方のニーズに応える組み合わせを下の枠に書き、線でつなぎます。',
      en: "Each company's lane: what it brings, what it lacks and what it aims for.\nBelow: where one side's strength meets the other's need; connect the cards with lines.",
    }),
    items,
  );
};
