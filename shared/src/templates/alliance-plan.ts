// Alliance plan: the agreement in one sheet. Each section is an area with its checklist or
// prompts written inside, and room below for cards.
import type { CardKind } from '../model/shapes/fields.js';
import {
  area,
  cardsHigh,
  cardsWide,
  checklist,
  columnX,
  GAP_Y,
  sheet,
  PAD,
  say,
  text,
  type LayoutItem,
  type Phrase,
  type TemplateLayout,
} from './common.js';
import type { Company } from '../companies.js';
import type { Locale } from '../templates.js';

interface Section {
  kind: CardKind;
  title: Phrase;
  body: (companies: readonly Company[], locale: Locale) => string;
}

const fixed =
  (lines: readonly Phrase[], box = true) =>
  (_companies: readonly Company[], locale: Locale): string => {
    const said = lines.map((line) => say(locale, line));
    return box ? checklist(said) : said.join('\n');
  };

const SECTIONS: readonly Section[][] = [
  [
    {
      kind: 'note',
      title: { ja: '提携の形', en: 'Type of alliance' },
      body: fixed([
        { ja: '業務提携', en: 'Business alliance' },
        { ja: '資本提携', en: 'Capital alliance' },
        { ja: '資本業務提携', en: 'Capital and business alliance' },
      ]),
    },
    {
      kind: 'goal',
      title: { ja: 'KGI（最終目標）', en: 'KGI (the goal that counts)' },
      body: fixed(
        [
          { ja: '何を：', en: 'What:' },
          { ja: 'いつまでに：', en: 'By when:' },
        ],
        false,
      ),
    },
    {
      kind: 'goal',
      title: { ja: 'KPI（途中の指標）', en: 'KPIs (leading measures)' },
      body: fixed(
        [
          { ja: '1.', en: '1.' },
          { ja: '2.', en: '2.' },
          { ja: '3.', en: '3.' },
        ],
        false,
      ),
    },
  ],
  [
    {
      kind: 'goal',
      title: { ja: '成功とみなすファネル段階', en: 'The funnel stage that counts as success' },
      body: fixed([
        { ja: 'リード獲得', en: 'Lead passed on' },
        { ja: '初回面談', en: 'First meeting held' },
        { ja: '提案', en: 'Proposal made' },
        { ja: '成約', en: 'Contract signed' },
        { ja: '初回入金', en: 'First payment received' },
      ]),
    },
    {
      kind: 'note',
      title: { ja: '手数料', en: 'Commission' },
      body: fixed(
        [
          { ja: '料率：＿＿％', en: 'Rate: ___ %' },
          { ja: '計算の基準：', en: 'Calculated on:' },
          { ja: '支払う側 → 受け取る側：', en: 'Paid by → to:' },
          { ja: '支払時期：', en: 'Paid when:' },
        ],
        false,
      ),
    },
    {
      kind: 'issue',
      title: { ja: '契約チェックリスト', en: 'Contract checklist' },
      body: fixed([
        { ja: '契約条件（範囲・期間・地域）', en: 'Terms (scope, period, territory)' },
        { ja: '成功の判定方法', en: 'How success is judged' },
        { ja: '支払日', en: 'Payment dates' },
        { ja: '禁止事項', en: 'Prohibited acts' },
        { ja: '違反時のペナルティ', en: 'Penalties' },
      ]),
    },
  ],
  [
    {
      kind: 'note',
      title: { ja: 'イネーブルメント・チェックリスト', en: 'Enablement checklist' },
      body: fixed([
        { ja: '商品・サービスの勉強会', en: 'Product training held' },
        { ja: '営業資料・トークスクリプト', en: 'Sales material and talk track' },
        { ja: '窓口担当者の紹介', en: 'Contact people introduced' },
        { ja: 'リード共有のルール', en: 'Rules for passing on leads' },
        { ja: '定例の振り返り会', en: 'Regular review meeting' },
      ]),
    },
    {
      kind: 'note',
      title: { ja: '三者合意（署名）', en: 'Three-party sign-off' },
      body: (companies, locale) =>
        checklist([
          ...companies.map((company) =>
            say(locale, {
              ja: `${company.name}：署名＿＿＿＿ 日付＿＿`,
              en: `${company.name}: signed ______ date ____`,
            }),
          ),
          say(locale, {
            ja: 'ファシリテーター：署名＿＿＿＿ 日付＿＿',
            en: 'Facilitator: signed ______ date ____',
          }),
        ]),
    },
  ],
];

const COLUMN_W = cardsWide(3);

export const alliancePlan: TemplateLayout = ({ companies, locale }) => {
  const items: LayoutItem[] = [];
  let y = 0;
  for (const row of SECTIONS) {
    const bodies = row.map((section) => text(0, 0, COLUMN_W - 2 * PAD, section.body(companies, locale)));
    const bodyH = Math.max(...bodies.map((body) => body.h));
    const rowH = PAD + bodyH + cardsHigh(1);
    row.forEach((section, i) => {
      const x = columnX(i, COLUMN_W);
      items.push(area(x, y, COLUMN_W, rowH, say(locale, section.title), section.kind));
      const body = bodies[i];
      if (body) items.push({ ...body, x: x + PAD, y: y + PAD });
    });
    y += rowH + GAP_Y;
  }
  return sheet(
    say(locale, { ja: '提携プラン', en: 'Alliance plan' }),
    say(locale, {
      ja: '合意した内容を書き込み、チェック項目を一つずつ確認します。付箋は各枠の下の余白へ。',
      en: 'Write down what was agreed and tick each item together. Cards go in the space below the text.',
    }),
    items,
  );
};
