// The synergy report as Markdown (export.md): an action list the teams take home. A title with
// the board, the export time and the companies; counts by status; then one section per synergy
// point with its fields in a small table and its linked cards per company. Every typed text goes
// through markdownText, so a card cannot inject links, HTML, headings or table cells.
import { companyName } from '../companies.js';
import type { CompanyKey } from '../ids.js';
import type { Locale } from '../templates.js';
import { formatExportTime } from './export-time.js';
import type { ExportInput } from './input.js';
import { markdownText } from './markdown-text.js';
import {
  buildSynergyReport,
  REPORT_STATUS_ORDER,
  tagLine,
  type ReportRow,
  type SynergyReport,
} from './report.js';

const DASH = '—';

/** A table cell or list value: the escaped text, or a dash when there is none. */
const cell = (text: string): string => markdownText(text) || DASH;

const table = (head: [string, string], rows: [string, string][], alignRight = false): string[] => [
  `| ${head[0]} | ${head[1]} |`,
  `| --- | ${alignRight ? '---:' : '---'} |`,
  ...rows.map(([a, b]) => `| ${a} | ${b} |`),
];

function companyIn(report: SynergyReport, key: CompanyKey): string {
  return markdownText(companyName(report.companies, key));
}

function perCompany(report: SynergyReport, values: [CompanyKey, string][]): string {
  const parts = values.map(([key, value]) => `${companyIn(report, key)}: ${value}`);
  return parts.length > 0 ? parts.join(report.labels.separator) : DASH;
}

function section(row: ReportRow, index: number, report: SynergyReport): string[] {
  const { labels, companies } = report;
  const owners = companies.flatMap((c): [CompanyKey, string][] => {
    const name = row.owners[c.key] ?? '';
    return name === '' ? [] : [[c.key, markdownText(name)]];
  });
  const agreed = companies.flatMap((c): [CompanyKey, string][] => {
    const mark = row.agreed[c.key];
    return mark
      ? [[c.key, `${markdownText(mark.name)} (${formatExportTime(mark.at, report.timeZone)})`]]
      : [];
  });
  const stale = companies.flatMap((c): [CompanyKey, string][] => {
    const mark = row.changedSince[c.key];
    return mark
      ? [[c.key, `${markdownText(mark.name)} (${formatExportTime(mark.at, report.timeZone)})`]]
      : [];
  });
  const fields: [string, string][] = [
    [labels.status, markdownText(row.statusLabel)],
    [labels.type, cell(row.type)],
    [labels.expectedValue, cell(row.expectedValue)],
    [labels.effort, cell(row.effort)],
    [labels.owners, perCompany(report, owners)],
    [labels.nextStep, cell(row.nextStep)],
    [labels.due, cell(row.due)],
    [labels.agreement, perCompany(report, agreed)],
  ];
  if (stale.length > 0) fields.push([labels.changedSince, perCompany(report, stale)]);
  // Before → after, as the companies asked to agree again see it.
  if (row.changes.length > 0)
    fields.push([
      labels.changes,
      row.changes
        .map((change) => `${markdownText(change.field)}: ${cell(change.before)} → ${cell(change.after)}`)
        .join(labels.separator),
    ]);
  if (row.waitingFor.length > 0 && agreed.length > 0)
    fields.push([
      labels.waitingFor,
      row.waitingFor.map((key) => companyIn(report, key)).join(labels.separator),
    ]);
  if (row.votes !== null) fields.push([labels.votes, String(row.votes)]);
  if (row.tags.length > 0) fields.push([labels.tags, cell(tagLine(row.tags))]);
  const groups: [string, string[]][] = companies.map((c) => [markdownText(c.name), row.linked[c.key] ?? []]);
  groups.push([markdownText(labels.noCompany), row.unassigned]);
  const linked = groups.filter(([, cards]) => cards.length > 0);
  return [
    `### ${index + 1}. ${markdownText(row.title)}`,
    '',
    ...table([labels.field, labels.value], fields),
    '',
    `**${labels.linked}**`,
    '',
    ...(linked.length === 0
      ? [`- ${DASH}`]
      : linked.flatMap(([name, cards]) => [`- ${name}`, ...cards.map((card) => `  - ${cell(card)}`)])),
    '',
  ];
}

/** The synergy report as Markdown, labelled in `locale`. */
export function renderMarkdown(input: ExportInput, locale: Locale): string {
  const report = buildSynergyReport(input, locale);
  const { labels } = report;
  const title = markdownText(report.boardTitle);
  const lines = [
    `# ${title === '' ? '' : `${title} — `}${labels.reportTitle}`,
    '',
    `- ${labels.exportedAt}: ${formatExportTime(report.exportedAt, report.timeZone)}`,
    `- ${labels.companies}: ${report.companies.map((c) => markdownText(c.name)).join(labels.separator)}`,
    '',
    `## ${labels.summary}`,
    '',
    ...table(
      [labels.status, labels.count],
      [
        ...REPORT_STATUS_ORDER.map((status): [string, string] => [
          labels.statuses[status],
          String(report.counts[status]),
        ]),
        [`**${labels.total}**`, `**${report.rows.length}**`],
      ],
      true,
    ),
    '',
    ...(report.changedSinceAgreed > 0 ? [`${labels.changedSince}: ${report.changedSinceAgreed}`, ''] : []),
    `## ${labels.points}`,
    '',
    ...(report.rows.length === 0
      ? [labels.none, '']
      : report.rows.flatMap((row, i) => section(row, i, report))),
  ];
  return lines.join('\n').replace(/\n+$/, '\n');
}
