// Issue board: one column per status; each problem is a card naming its owner pair.
import {
  area,
  cardsHigh,
  cardsWide,
  columnX,
  sheet,
  say,
  type LayoutItem,
  type Phrase,
  type TemplateLayout,
} from './common.js';

const STATUSES: readonly Phrase[] = [
  { ja: '未着手', en: 'Open' },
  { ja: '対応中', en: 'In progress' },
  { ja: '解決済み', en: 'Resolved' },
];
const COLUMN_W = cardsWide(2);

export const issueBoard: TemplateLayout = ({ companies, locale }) => {
  const pair = companies
    .slice(0, 2)
    .map((company) => company.name)
    .join(' × ');
  const items: LayoutItem[] = STATUSES.map((status, i) =>
    area(columnX(i, COLUMN_W), 0, COLUMN_W, cardsHigh(4), say(locale, status), 'issue'),
  );
  return sheet(
    say(locale, { ja: '課題ボード', en: 'Issue board' }),
    say(locale, {
      ja: `課題を1枚に1つ。担当ペア（例：${pair}）をカードに書き、状況に合わせて列を移します。`,
      en: `One problem per card. Write its owner pair on it (e.g. ${pair}) and move it as its status changes.`,
    }),
    items,
  );
};
