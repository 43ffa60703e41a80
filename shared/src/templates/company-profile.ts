// Company profile: a lane per company in its colour, with an area per question (assets, gaps,
// goals, values/vision, position in the value chain) side by side.
import { KIND_NAMES } from '../model/kind-names.js';
import type { CardKind } from '../model/shapes/fields.js';
import {
  area,
  cardsHigh,
  cardsWide,
  columnsWidth,
  columnX,
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

/** A kind's area is titled with the kind's one name (KIND_NAMES), as its cards are labelled. */
const kindArea = (kind: CardKind) => ({ kind, title: { ja: KIND_NAMES.ja[kind], en: KIND_NAMES.en[kind] } });

const SECTIONS: readonly { kind: CardKind; title: Phrase }[] = [
  kindArea('asset'),
  kindArea('gap'),
  kindArea('goal'),
  kindArea('value'),
  { kind: 'note', title: { ja: 'バリューチェーン上の位置', en: 'Position in the value chain' } },
];

const SECTION_W = cardsWide(2);
const SECTION_H = cardsHigh(2);

export const companyProfile: TemplateLayout = ({ companies, locale }) => {
  const laneW = columnsWidth(SECTIONS.length, SECTION_W) + 2 * PAD;
  const items: LayoutItem[] = [];
  let y = 0;
  for (const company of companies) {
    const row = lane(y, laneW, SECTION_H, company);
    items.push(row);
    SECTIONS.forEach((section, i) =>
      items.push(
        area(
          PAD + columnX(i, SECTION_W),
          y + LANE_TOP,
          SECTION_W,
          SECTION_H,
          say(locale, section.title),
          section.kind,
          company,
        ),
      ),
    );
    y += row.h + GAP_Y;
  }
  return sheet(
    say(locale, { ja: '企業プロフィール', en: 'Company profile' }),
    say(locale, {
      ja: '各社が自社のレーンに付箋を貼ります。枠に置いた付箋は、その枠の種類と会社になります。',
      en: "Each company fills its own lane. A card placed in an area takes that area's kind and company.",
    }),
    items,
  );
};
