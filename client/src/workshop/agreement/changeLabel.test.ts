import {
  agreedChanges,
  type AgreedContent,
  type Company,
  type CompanyKey,
  type ShapeId,
} from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageVars } from '../../i18n/messages';
import { kindLabels } from '../../canvas/kindLabels';
import { changeLabel, changeValue, changeValues } from './changeLabel';

const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;
const companies: Company[] = [
  { key: a, name: '株式会社あさひ', color: '#2f6fde' },
  { key: b, name: 'Blue Ocean Inc.', color: '#e0572b' },
];

/** A synergy point's content; `v` changes every field's value. */
const content = (v: string): AgreedContent => ({
  text: `共同配送 ${v}`,
  kind: v === '1' ? 'synergy' : 'idea',
  company: v === '1' ? a : b,
  synergy: {
    synergyType: v === '1' ? 'sharedChannel' : 'custom',
    synergyTypeLabel: `type ${v}`,
    expectedValue: `value ${v}`,
    effort: `effort ${v}`,
    owners: { [a]: `佐藤 ${v}`, [b]: `Smith ${v}` },
    nextStep: `step ${v}`,
    due: `2027-0${v}-01`,
  },
  linked: [{ id: 'card1' as ShapeId, side: 'from', company: a, text: `全国配送網 ${v}` }],
  plan: {
    actions: [{ id: 'act1', title: `PoC ${v}`, owners: { [a]: `佐藤 ${v}` }, due: null }],
    kpi: { name: '月間出荷件数', unit: '件', target: Number(v) * 1000 },
  },
});

describe('the fields of "changed since agreed"', () => {
  const changes = agreedChanges(content('1'), content('2'));

  it('has a name, in both languages, for every field a change can be to', () => {
    expect(changes.length).toBeGreaterThanOrEqual(14);
    for (const locale of ['ja', 'en'] as const) {
      const t = (key: MessageKey, vars?: MessageVars) => translate(locale, key, vars);
      for (const { field } of changes) {
        const label = changeLabel(field, companies, t);
        expect(label, field).not.toBe('');
        expect(label, field).not.toBe(field.split(':')[0]);
        expect(label, field).not.toContain('agreement.changes');
      }
    }
  });

  it('writes a KPI and its target without the arrow that joins before and after', () => {
    const kpi = changes.find((change) => change.field === 'kpi')!;
    expect(kpi.before).toBe('月間出荷件数: 1000 件');
    expect(kpi.after).not.toContain('→');
  });

  it('names a synergy type, and a type not set, in the reader’s language', () => {
    const t = (key: MessageKey, vars?: MessageVars) => translate('ja', key, vars);
    const kinds = kindLabels(t);
    const cleared = agreedChanges(content('1'), {
      ...content('1'),
      synergy: { ...content('1').synergy!, synergyType: null },
    });
    expect(cleared).toEqual([{ field: 'synergyType', before: 'sharedChannel', after: '' }]);
    const [{ field, before, after }] = cleared as [(typeof cleared)[number]];
    expect(changeValue(field, before, companies, kinds, t)).toBe('チャネル共有');
    expect(changeValue(field, after, companies, kinds, t)).toBe('未設定');
    expect(changeValue('kind', 'synergy', companies, kinds, t)).toBe(kinds.synergy);
    expect(changeValue('owner:a', '', companies, kinds, t)).toBe('（空）');
  });
});

describe('a long text changed past what its excerpt shows', () => {
  const t = (key: MessageKey, vars?: MessageVars) => translate('en', key, vars);
  const kinds = kindLabels(t);
  const card =
    'Demand forecasting platform using machine learning, proven with 40 retail clients in North America and Europe';

  it('starts shortly before the first difference, so the change is what shows', () => {
    const added = `${card}; Japanese language support planned for 2027`;
    const [before, after] = changeValues('linked:card1', card, added, companies, kinds, t);
    expect(after).toContain('Japanese language support planned for 2027');
    expect(before).toMatch(/^…\S/);
    expect(before).toContain('Europe');
    expect(after.startsWith(before)).toBe(true);
    // Whole words: the shared part is cut at a space.
    expect(before).toBe('…America and Europe');
  });

  it('in Japanese too, where there is no space to cut at', () => {
    const text =
      '全国120拠点の物流センターと自社トラック2,000台による当日配送網を持ち、関東・関西・九州の主要都市で翌日配送を行っている。さらに冷蔵・冷凍の温度帯管理にも対応しており';
    const [before, after] = changeValues(
      'text',
      text,
      `${text}、医薬品の配送実績もある`,
      companies,
      kinds,
      t,
    );
    expect(after).toContain('医薬品の配送実績もある');
    expect(before.startsWith('…')).toBe(true);
    expect(before.length).toBeLessThan(40);
  });

  it('leaves a change it already shows, and a kind or a type, as they are', () => {
    expect(changeValues('text', '共同配送 1', '共同配送 2', companies, kinds, t)).toEqual([
      '共同配送 1',
      '共同配送 2',
    ]);
    expect(changeValues('nextStep', card, 'PoC', companies, kinds, t)).toEqual([
      changeValue('nextStep', card, companies, kinds, t),
      'PoC',
    ]);
    expect(changeValues('synergyType', 'sharedChannel', '', companies, kinds, t)).toEqual([
      t('synergy.type.sharedChannel'),
      t('synergy.type.none'),
    ]);
  });
});
