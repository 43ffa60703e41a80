// The synergy report's words in Japanese and English: column names, headings and the labels of
// stored values (status, type, effort). Kept in shared/ because the server renders the report;
// the wording follows the client's synergy panel (client/src/i18n/synergy.ts).
import type { SynergyType } from '../synergy/fields.js';
import type { SynergyStatus } from '../synergy/points.js';
import type { Locale } from '../templates.js';
import { KIND_NAMES } from '../model/kind-names.js';
import type { CardKind } from '../model/shapes/fields.js';

/** The fields `agreedChanges` reports, but an owner's (`owner:<company>`). */
export type ChangeField =
  | 'text'
  | 'kind'
  | 'company'
  | 'synergyType'
  | 'synergyTypeLabel'
  | 'expectedValue'
  | 'effort'
  | 'nextStep'
  | 'due'
  | 'linked'
  | 'action'
  | 'kpi';

export interface ReportLabels {
  reportTitle: string;
  exportedAt: string;
  companies: string;
  summary: string;
  points: string;
  total: string;
  count: string;
  field: string;
  value: string;
  none: string;
  untitled: string;
  emptyCard: string;
  noCompany: string;
  /** Joins several values in one cell or line. */
  separator: string;
  /** Starts each of several linked cards in one CSV cell (one per line). */
  bullet: string;
  title: string;
  type: string;
  expectedValue: string;
  effort: string;
  owners: string;
  nextStep: string;
  due: string;
  status: string;
  agreement: string;
  /** Agreements to content that changed since (they no longer count). */
  changedSince: string;
  /** A point's status when agreements were given to content that has changed since. */
  statusChanged: (status: string) => string;
  /** What changed since then, field by field (before → after). */
  changes: string;
  /** A value that was or became empty, in "before → after". */
  emptyValue: string;
  /** Each field "changed since agreed" names (an owner's is `ownerOf`). */
  changeFields: Record<ChangeField, string>;
  /** Card kinds by name, for a kind that changed. */
  kinds: Readonly<Record<CardKind, string>>;
  waitingFor: string;
  votes: string;
  tags: string;
  linked: string;
  /** Per-company column names of the CSV. */
  linkedOf: (company: string) => string;
  ownerOf: (company: string) => string;
  agreedByOf: (company: string) => string;
  agreedAtOf: (company: string) => string;
  statuses: Record<SynergyStatus, string>;
  types: Record<SynergyType, string>;
  efforts: Record<'low' | 'medium' | 'high', string>;
}

const ja: ReportLabels = {
  reportTitle: 'シナジーレポート',
  exportedAt: '出力日時',
  companies: '参加企業',
  summary: 'サマリー',
  points: 'シナジーポイント',
  total: '合計',
  count: '件数',
  field: '項目',
  value: '内容',
  none: 'シナジーポイントはまだありません。',
  untitled: '（無題のシナジー）',
  emptyCard: '（空のカード）',
  noCompany: '企業なし',
  separator: '、',
  bullet: '・',
  title: 'タイトル',
  type: 'タイプ',
  expectedValue: '期待効果',
  effort: '工数',
  owners: '担当者',
  nextStep: '次のアクション',
  due: '期日',
  status: 'ステータス',
  agreement: '合意',
  changedSince: '合意後に変更あり（再合意待ち）',
  statusChanged: (status) => `${status}（合意後に変更あり）`,
  changes: '合意後の変更内容',
  emptyValue: '（空）',
  changeFields: {
    text: 'タイトル',
    kind: '種類',
    company: '企業',
    synergyType: 'タイプ',
    synergyTypeLabel: 'タイプ名',
    expectedValue: '期待効果',
    effort: '工数',
    nextStep: '次のアクション',
    due: '期日',
    linked: 'つながっているカード',
    action: 'アクション',
    kpi: 'KPIと目標',
  },
  kinds: KIND_NAMES.ja,
  waitingFor: '合意待ち',
  votes: '票数',
  tags: 'タグ',
  linked: 'つながっているカード',
  linkedOf: (company) => `つながっているカード（${company}）`,
  ownerOf: (company) => `担当者（${company}）`,
  agreedByOf: (company) => `合意者（${company}）`,
  agreedAtOf: (company) => `合意日時（${company}）`,
  statuses: { agreed: '合意済み', candidate: '候補', idea: 'アイデア段階', parked: '保留' },
  types: {
    complement: '強みの補完',
    sharedChannel: 'チャネル共有',
    coDevelopment: '共同開発',
    scale: 'スケールメリット',
    newMarket: '新市場開拓',
    custom: 'その他',
  },
  efforts: { low: '小', medium: '中', high: '大' },
};

const en: ReportLabels = {
  reportTitle: 'Synergy report',
  exportedAt: 'Exported',
  companies: 'Companies',
  summary: 'Summary',
  points: 'Synergy points',
  total: 'Total',
  count: 'Count',
  field: 'Field',
  value: 'Value',
  none: 'No synergy points yet.',
  untitled: '(untitled synergy)',
  emptyCard: '(empty card)',
  noCompany: 'no company',
  separator: '; ',
  bullet: '• ',
  title: 'Title',
  type: 'Type',
  expectedValue: 'Expected value',
  effort: 'Effort',
  owners: 'Owners',
  nextStep: 'Next step',
  due: 'Due date',
  status: 'Status',
  agreement: 'Agreed by',
  changedSince: 'Changed since agreed (re-agreement needed)',
  statusChanged: (status) => `${status} (changed since agreed)`,
  changes: 'What changed since agreed',
  emptyValue: '(empty)',
  changeFields: {
    text: 'Title',
    kind: 'Kind',
    company: 'Company',
    synergyType: 'Type',
    synergyTypeLabel: 'Type name',
    expectedValue: 'Expected value',
    effort: 'Effort',
    nextStep: 'Next step',
    due: 'Due date',
    linked: 'Linked card',
    action: 'Action',
    kpi: 'KPI and target',
  },
  kinds: KIND_NAMES.en,
  waitingFor: 'Waiting for',
  votes: 'Votes',
  tags: 'Tags',
  linked: 'Linked cards',
  linkedOf: (company) => `Linked cards (${company})`,
  ownerOf: (company) => `Owner (${company})`,
  agreedByOf: (company) => `Agreed by (${company})`,
  agreedAtOf: (company) => `Agreed at (${company})`,
  statuses: { agreed: 'Agreed', candidate: 'Candidate', idea: 'Idea', parked: 'Parked' },
  types: {
    complement: 'Complementary strengths',
    sharedChannel: 'Shared channel',
    coDevelopment: 'Co-development',
    scale: 'Scale',
    newMarket: 'New market',
    custom: 'Custom',
  },
  efforts: { low: 'Low', medium: 'Medium', high: 'High' },
};

export const REPORT_LABELS: Readonly<Record<Locale, ReportLabels>> = { ja, en };

/** The effort's label when it is one of the presets (low, medium, high), else the text as typed. */
export function effortLabel(effort: string, labels: ReportLabels): string {
  return effort === 'low' || effort === 'medium' || effort === 'high' ? labels.efforts[effort] : effort;
}

/** A field of "changed since agreed" by its name in the report ("担当者（A社）" for an owner's). */
export function changeFieldLabel(
  field: string,
  labels: ReportLabels,
  company: (key: string) => string,
): string {
  const [kind = '', key = ''] = field.split(':');
  if (kind === 'owner') return labels.ownerOf(company(key));
  return kind in labels.changeFields ? labels.changeFields[kind as ChangeField] : kind;
}

/**
 * A value before or after a change as the report says it: a type's, an effort's, a kind's or a
 * company's name, "(empty)", else as written.
 */
export function changeValueLabel(
  field: string,
  value: string,
  labels: ReportLabels,
  company: (key: string) => string,
): string {
  if (value === '') return labels.emptyValue;
  const kind = field.split(':')[0];
  if (kind === 'synergyType' && value in labels.types) return labels.types[value as SynergyType];
  if (kind === 'effort') return effortLabel(value, labels);
  if (kind === 'kind' && value in labels.kinds) return labels.kinds[value as CardKind];
  if (kind === 'company') return company(value);
  return value;
}

/** A custom type shows the name the team gave it, when there is one; a type not set is ''. */
export function typeLabel(type: SynergyType | null, customLabel: string, labels: ReportLabels): string {
  if (type === null) return '';
  return type === 'custom' && customLabel.trim() !== '' ? customLabel : labels.types[type];
}
