// The synergy report as CSV (export.csv): one row per synergy point, columns per company where a
// value is per company. UTF-8 with a BOM so Excel on Japanese Windows reads it as UTF-8, not
// Shift_JIS; RFC 4180 quoting and CRLF line ends; every typed text neutralised against formulas.
import type { Locale } from '../templates.js';
import { csvNumber, csvRecord, csvText } from './csv-cell.js';
import { formatExportTime, isoInZone } from './export-time.js';
import type { ExportInput } from './input.js';
import { buildSynergyReport, tagLine, type ReportRow, type SynergyReport } from './report.js';

const BOM = '\uFEFF';
/** Several linked cards in one cell: one per line (Excel shows a cell's line breaks), each after a
 * bullet, so no line of the cell starts with what a careless importer could take for a formula. */
const cardList = (cards: readonly string[], bullet: string): string =>
  cards.length <= 1 ? (cards[0] ?? '') : cards.map((card) => bullet + card).join('\n');

function header(report: SynergyReport): string[] {
  const { labels, companies } = report;
  return [
    labels.title,
    ...companies.map((company) => labels.linkedOf(company.name)),
    ...(report.hasUnassigned ? [labels.linkedOf(labels.noCompany)] : []),
    labels.type,
    labels.expectedValue,
    labels.effort,
    ...companies.map((company) => labels.ownerOf(company.name)),
    labels.nextStep,
    labels.due,
    labels.status,
    ...companies.flatMap((company) => [labels.agreedByOf(company.name), labels.agreedAtOf(company.name)]),
    labels.changedSince,
    labels.changes,
    labels.votes,
    labels.tags,
  ].map(csvText);
}

function record(row: ReportRow, report: SynergyReport): string[] {
  const { companies, labels } = report;
  return [
    csvText(row.title),
    ...companies.map((company) => csvText(cardList(row.linked[company.key] ?? [], labels.bullet))),
    ...(report.hasUnassigned ? [csvText(cardList(row.unassigned, labels.bullet))] : []),
    csvText(row.type),
    csvText(row.expectedValue),
    csvText(row.effort),
    ...companies.map((company) => csvText(row.owners[company.key] ?? '')),
    csvText(row.nextStep),
    csvText(row.due),
    csvText(row.statusLabel),
    ...companies.flatMap((company) => {
      const agreed = row.agreed[company.key];
      return [csvText(agreed?.name ?? ''), csvText(agreed ? isoInZone(agreed.at, report.timeZone) : '')];
    }),
    csvText(
      companies
        .flatMap((company) => {
          const mark = row.changedSince[company.key];
          return mark
            ? [`${company.name}: ${mark.name} (${formatExportTime(mark.at, report.timeZone)})`]
            : [];
        })
        .join(labels.separator),
    ),
    // One change per line of the cell, as the linked cards are.
    csvText(row.changes.map((change) => `${change.field}: ${change.before} → ${change.after}`).join('\n')),
    row.votes === null ? '' : csvNumber(row.votes),
    csvText(tagLine(row.tags)),
  ];
}

/** The synergy report as CSV text, labelled in `locale`. */
export function renderCsv(input: ExportInput, locale: Locale): string {
  const report = buildSynergyReport(input, locale);
  return BOM + [header(report), ...report.rows.map((row) => record(row, report))].map(csvRecord).join('');
}
