// The synergy report's rows, shared by the CSV and Markdown renderers: one row per synergy point
// with its fields, linked cards and owners per company, who agreed and when, and the votes of the
// latest revealed round. Values are plain (unescaped) text in the chosen language; each renderer
// escapes them for its own format.
import { ownValue } from '../id-records.js';
import { companyName, type Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import type { PlanAction, PlanFields } from '../plan/plan-fields.js';
import {
  latestRevealedTotals,
  synergyPoints,
  type SynergyPoint,
  type SynergyStatus,
} from '../synergy/points.js';
import type { Locale } from '../templates.js';
import type { ExportInput } from './input.js';
import {
  changeFieldLabel,
  changeValueLabel,
  effortLabel,
  REPORT_LABELS,
  typeLabel,
  type ReportLabels,
} from './report-labels.js';

/** The report's order: what was agreed first, then what is still open, parked last. */
export const REPORT_STATUS_ORDER: readonly SynergyStatus[] = ['agreed', 'candidate', 'idea', 'parked'];

export interface ReportAgreement {
  name: string;
  /** ISO time of the company's latest agreement. */
  at: string;
}

export interface ReportRow {
  id: ShapeId;
  /** The synergy card's text (trimmed), or the "untitled" label. */
  title: string;
  status: SynergyStatus;
  /** The status's label, saying "changed since agreed" when agreements were given to earlier content. */
  statusLabel: string;
  /** The type's label; '' when nobody chose one (CSV: an empty cell, Markdown: a dash). */
  type: string;
  expectedValue: string;
  effort: string;
  /** Owner's name per company of the board ('' when none); with `nextStep` and `due`, the point's
   * own next step, or its plan's next open action when the point names none (nextStepOf). */
  owners: Record<CompanyKey, string>;
  nextStep: string;
  /** YYYY-MM-DD or ''. */
  due: string;
  /** Texts of the linked cards per company of the board (trimmed). */
  linked: Record<CompanyKey, string[]>;
  /** Texts of linked cards that belong to no company of the board. */
  unassigned: string[];
  /** Who agreed to the current content for each company and when; others are absent. */
  agreed: Partial<Record<CompanyKey, ReportAgreement>>;
  /** Agreements to content that has changed since: they no longer count (re-agreement needed). */
  changedSince: Partial<Record<CompanyKey, ReportAgreement>>;
  /** What changed since then, labelled: "期日", "2025-09-30", "2027-03-31". */
  changes: { field: string; before: string; after: string }[];
  /** Companies whose agreement is missing, in board order. */
  waitingFor: CompanyKey[];
  /** Votes in the latest revealed round, or null when no round was revealed. */
  votes: number | null;
  /** The synergy card's tags. */
  tags: readonly string[];
}

export interface SynergyReport {
  locale: Locale;
  labels: ReportLabels;
  boardTitle: string;
  exportedAt: string;
  /** The zone the report's times are printed in (IANA name). */
  timeZone: string;
  companies: Company[];
  rows: ReportRow[];
  counts: Record<SynergyStatus, number>;
  /** Points not agreed now that had agreements to content changed since (re-agreement needed). */
  changedSinceAgreed: number;
  /** Some row has linked cards of no company (the CSV then gets a column for them). */
  hasUnassigned: boolean;
}

/** What the joint plan does next: the first action not done, soonest due first, then in order. */
function nextPlanAction(plan: PlanFields | undefined): PlanAction | null {
  const open = (plan?.actions ?? []).filter((action) => action.status !== 'done');
  const due = (action: PlanAction) => action.due ?? '9999-99-99';
  open.sort((a, b) => (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : a.order - b.order));
  return open[0] ?? null;
}

/**
 * Who does what next, by when: the point's own next step, or when it has none of those fields,
 * its plan's next action, so that the report's action list never says "—" of a point whose joint
 * plan names the work (the handout prints both).
 */
function nextStepOf(
  point: SynergyPoint,
  companies: readonly Company[],
): { owners: Record<CompanyKey, string>; nextStep: string; due: string } {
  const { fields } = point;
  const action =
    fields.nextStep === '' && fields.due === null && Object.values(fields.owners).every((name) => !name)
      ? nextPlanAction(point.card.plan)
      : null;
  const owners: Record<CompanyKey, string> = {};
  for (const company of companies)
    owners[company.key] = (action ? action.owners[company.key] : fields.owners[company.key]) ?? '';
  return action
    ? { owners, nextStep: action.title, due: action.due ?? '' }
    : { owners, nextStep: fields.nextStep, due: fields.due ?? '' };
}

function rowOf(
  point: SynergyPoint,
  companies: readonly Company[],
  labels: ReportLabels,
  totals: Readonly<Record<ShapeId, number>> | null,
): ReportRow {
  const { owners, nextStep, due } = nextStepOf(point, companies);
  const linked: Record<CompanyKey, string[]> = {};
  for (const company of companies) linked[company.key] = [];
  const unassigned: string[] = [];
  for (const entry of point.linked) {
    // Blank lines and spaces around a card's text (the Enter that closed a draft) are no part of
    // what it says, and would make a cell or a list item of two lines.
    const typed = entry.card.text.trim();
    const text = withTags(typed === '' ? labels.emptyCard : typed, entry.card.tags);
    const list = entry.card.company === null ? undefined : linked[entry.card.company];
    (list ?? unassigned).push(text);
  }
  const agreed: Partial<Record<CompanyKey, ReportAgreement>> = {};
  for (const mark of point.agreedBy) agreed[mark.company] = { name: mark.name, at: mark.at };
  const changedSince: Partial<Record<CompanyKey, ReportAgreement>> = {};
  for (const mark of point.changedSince) changedSince[mark.company] = { name: mark.name, at: mark.at };
  return {
    id: point.id,
    title: point.title.trim() || labels.untitled,
    status: point.status,
    statusLabel:
      point.status !== 'agreed' && point.changedSince.length > 0
        ? labels.statusChanged(labels.statuses[point.status])
        : labels.statuses[point.status],
    type: typeLabel(point.fields.synergyType, point.fields.synergyTypeLabel, labels),
    expectedValue: point.fields.expectedValue,
    effort: effortLabel(point.fields.effort, labels),
    owners,
    nextStep,
    due,
    linked,
    unassigned,
    agreed,
    changedSince,
    changes: point.changes.map((change) => ({
      field: changeFieldLabel(change.field, labels, (key) => companyName(companies, key)),
      before: changeValueLabel(change.field, change.before, labels, (key) => companyName(companies, key)),
      after: changeValueLabel(change.field, change.after, labels, (key) => companyName(companies, key)),
    })),
    waitingFor: point.agreement.waitingFor,
    votes: totals === null ? null : (ownValue(totals, point.id) ?? 0),
    tags: point.card.tags ?? [],
  };
}

/** A linked card's text with its tags after it: "大手小売との取引基盤 (#優先 #PoC)". */
const withTags = (text: string, tags: readonly string[] | undefined): string =>
  tags && tags.length > 0 ? `${text} (${tags.map((tag) => `#${tag}`).join(' ')})` : text;

/** Tags as one line of text: "#優先 #PoC". */
export const tagLine = (tags: readonly string[]): string => tags.map((tag) => `#${tag}`).join(' ');

/** Agreed first, then candidate, idea, parked; within a status most votes first, then the
 * soonest due date; otherwise the board's order. */
function compareRows(a: ReportRow, b: ReportRow): number {
  const status = REPORT_STATUS_ORDER.indexOf(a.status) - REPORT_STATUS_ORDER.indexOf(b.status);
  if (status !== 0) return status;
  const votes = (b.votes ?? 0) - (a.votes ?? 0);
  if (votes !== 0) return votes;
  if (a.due !== b.due) return a.due === '' ? 1 : b.due === '' ? -1 : a.due < b.due ? -1 : 1;
  return 0;
}

/** The report's rows from an export input, labelled in `locale`. */
export function buildSynergyReport(input: ExportInput, locale: Locale): SynergyReport {
  const labels = REPORT_LABELS[locale];
  const companies = input.board.companies;
  const totals = latestRevealedTotals(input.ledger);
  const rows = synergyPoints(input.shapes, input.ledger, companies, totals)
    .map((point) => rowOf(point, companies, labels, totals))
    .sort(compareRows);
  const counts: Record<SynergyStatus, number> = { agreed: 0, candidate: 0, idea: 0, parked: 0 };
  for (const row of rows) counts[row.status] += 1;
  return {
    locale,
    labels,
    boardTitle: input.board.title,
    exportedAt: input.exportedAt,
    timeZone: input.timeZone ?? 'UTC',
    companies,
    rows,
    counts,
    changedSinceAgreed: rows.filter(
      (row) => row.status !== 'agreed' && Object.keys(row.changedSince).length > 0,
    ).length,
    hasUnassigned: rows.some((row) => row.unassigned.length > 0),
  };
}
