// The joint action plan as a report (plan.csv, plan.md, the plan pages of the PDF): every synergy
// point on the plan with whether its plan is agreed as it stands, its progress and KPI, and its
// actions with the owner on each side, due date, status and whether it is overdue. Plain text in
// the chosen language; each renderer escapes for its format.
import { companyName, type Company } from '../companies.js';
import type { CompanyKey } from '../ids.js';
import { csvRecord, csvText } from '../export/csv-cell.js';
import { formatExportTime } from '../export/export-time.js';
import type { ExportInput } from '../export/input.js';
import { markdownText } from '../export/markdown-text.js';
import { synergyPoints } from '../synergy/points.js';
import type { Locale } from '../templates.js';
import type { PlanStatus } from './plan-fields.js';
import { isOverdueAction, kpiProgress, planItems } from './plan-view.js';

export interface PlanLabels {
  title: string;
  point: string;
  agreement: string;
  agreed: string;
  needsAgreement: string;
  progress: string;
  action: string;
  ownerOf: (company: string) => string;
  due: string;
  status: string;
  overdue: string;
  helper: string;
  kpi: string;
  target: string;
  actual: string;
  statuses: Record<PlanStatus, string>;
  /** A point's own progress: "done" reads as shipped. */
  pointStatuses: Record<PlanStatus, string>;
  none: string;
  noActions: string;
  exported: string;
  yes: string;
}

export const PLAN_LABELS: Record<Locale, PlanLabels> = {
  ja: {
    title: '共同アクションプラン',
    point: 'シナジー',
    agreement: '合意',
    agreed: '全社合意済み',
    needsAgreement: '変更あり・再合意待ち',
    progress: '進捗',
    action: 'アクション',
    ownerOf: (company) => `担当（${company}）`,
    due: '期日',
    status: '状況',
    overdue: '期限超過',
    helper: '伴走',
    kpi: 'KPI',
    target: '目標',
    actual: '実績',
    statuses: { notStarted: '未着手', inProgress: '進行中', blocked: '停滞', done: '完了' },
    pointStatuses: { notStarted: '未着手', inProgress: '進行中', blocked: '停滞', done: '実現' },
    none: '合意したシナジーはまだありません。',
    noActions: 'アクション未設定',
    exported: '出力日時',
    yes: 'はい',
  },
  en: {
    title: 'Joint action plan',
    point: 'Synergy point',
    agreement: 'Agreement',
    agreed: 'Agreed by every company',
    needsAgreement: 'Changed: waiting to be agreed again',
    progress: 'Progress',
    action: 'Action',
    ownerOf: (company) => `Owner (${company})`,
    due: 'Due',
    status: 'Status',
    overdue: 'Overdue',
    helper: 'Helper',
    kpi: 'KPI',
    target: 'Target',
    actual: 'Actual',
    statuses: { notStarted: 'Not started', inProgress: 'In progress', blocked: 'Blocked', done: 'Done' },
    pointStatuses: {
      notStarted: 'Not started',
      inProgress: 'In progress',
      blocked: 'Blocked',
      done: 'Shipped',
    },
    none: 'No synergy point has been agreed yet.',
    noActions: 'No actions yet',
    exported: 'Exported',
    yes: 'yes',
  },
};

export interface PlanReportAction {
  title: string;
  owners: Record<CompanyKey, string>;
  due: string;
  status: PlanStatus;
  statusLabel: string;
  overdue: boolean;
  /** "Name (Company)" of who stands by a blocked action, or ''. */
  helper: string;
}

export interface PlanReportPoint {
  title: string;
  agreed: boolean;
  agreementLabel: string;
  progressLabel: string;
  /** "新規顧客数: 10 / 40 社 (25%)", or '' without a KPI. */
  kpi: string;
  actions: PlanReportAction[];
}

export interface PlanReport {
  locale: Locale;
  labels: PlanLabels;
  boardTitle: string;
  exportedAt: string;
  timeZone: string;
  companies: Company[];
  points: PlanReportPoint[];
}

const figure = (value: number | null): string => (value === null ? '—' : String(value));

export function buildPlanReport(input: ExportInput, locale: Locale): PlanReport {
  const labels = PLAN_LABELS[locale];
  const companies = input.board.companies;
  const nameOf = (key: CompanyKey) => companyName(companies, key);
  const timeZone = input.timeZone ?? 'UTC';
  // Overdue as of the day of the export in the reader's zone.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(input.exportedAt));
  const items = planItems(synergyPoints(input.shapes, input.ledger, companies), today);
  return {
    locale,
    labels,
    boardTitle: input.board.title,
    exportedAt: input.exportedAt,
    timeZone,
    companies,
    points: items.map((item) => {
      const { kpi } = item.plan;
      const share = kpiProgress(item.plan);
      const kpiText =
        kpi.name === '' && kpi.target === null && kpi.actual === null
          ? ''
          : `${kpi.name === '' ? labels.kpi : kpi.name}: ${figure(kpi.actual)} / ${figure(kpi.target)}${kpi.unit === '' ? '' : ` ${kpi.unit}`}${share === null ? '' : ` (${Math.round(share * 100)}%)`}`;
      return {
        title: item.point.title,
        agreed: item.agreed,
        agreementLabel: item.agreed ? labels.agreed : labels.needsAgreement,
        progressLabel: labels.pointStatuses[item.plan.progress],
        kpi: kpiText,
        actions: item.plan.actions.map((action) => ({
          title: action.title,
          owners: { ...action.owners },
          due: action.due ?? '',
          status: action.status,
          statusLabel: labels.statuses[action.status],
          overdue: isOverdueAction(action, today),
          helper: action.helper ? `${action.helper.name} (${nameOf(action.helper.company)})` : '',
        })),
      };
    }),
  };
}

const BOM = '\uFEFF';

/** plan.csv: one row per action (a point without actions gets one row), UTF-8 with a BOM, CRLF. */
export function renderPlanCsv(input: ExportInput, locale: Locale): string {
  const report = buildPlanReport(input, locale);
  const { labels, companies } = report;
  const header = [
    labels.point,
    labels.agreement,
    labels.progress,
    labels.kpi,
    labels.action,
    ...companies.map((company) => labels.ownerOf(company.name)),
    labels.due,
    labels.status,
    labels.overdue,
    labels.helper,
  ];
  const rows = report.points.flatMap((point) => {
    const lead = [point.title, point.agreementLabel, point.progressLabel, point.kpi];
    if (point.actions.length === 0) return [[...lead, '', ...companies.map(() => ''), '', '', '', '']];
    return point.actions.map((action) => [
      ...lead,
      action.title,
      ...companies.map((company) => action.owners[company.key] ?? ''),
      action.due,
      action.statusLabel,
      action.overdue ? labels.yes : '',
      action.helper,
    ]);
  });
  return BOM + [header, ...rows].map((cells) => csvRecord(cells.map(csvText))).join('');
}

/** plan.md: a section per point with its KPI and a table of its actions. */
export function renderPlanMarkdown(input: ExportInput, locale: Locale): string {
  const report = buildPlanReport(input, locale);
  const { labels, companies } = report;
  const cell = (text: string) => markdownText(text) || '—';
  const lines = [
    `# ${markdownText(report.boardTitle)}: ${labels.title}`,
    '',
    `${labels.exported}: ${formatExportTime(report.exportedAt, report.timeZone)}`,
    '',
  ];
  if (report.points.length === 0) lines.push(labels.none, '');
  for (const point of report.points) {
    lines.push(`## ${markdownText(point.title)}`, '');
    lines.push(`- ${labels.agreement}: ${point.agreementLabel}`);
    lines.push(`- ${labels.progress}: ${point.progressLabel}`);
    if (point.kpi !== '') lines.push(`- ${labels.kpi}: ${markdownText(point.kpi)}`);
    lines.push('');
    if (point.actions.length === 0) {
      lines.push(labels.noActions, '');
      continue;
    }
    const header = [
      labels.action,
      ...companies.map((company) => labels.ownerOf(company.name)),
      labels.due,
      labels.status,
      labels.helper,
    ];
    lines.push(`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
    for (const action of point.actions)
      lines.push(
        `| ${[
          action.title,
          ...companies.map((company) => action.owners[company.key] ?? ''),
          action.due === '' ? '' : action.overdue ? `${action.due} (${labels.overdue})` : action.due,
          action.statusLabel,
          action.helper,
        ]
          .map(cell)
          .join(' | ')} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}
