// The joint action plan in a PDF: a table of every action of every synergy point on the plan
// (the point with its agreement and KPI, the action, the owner on each side, the due date, red
// when overdue, the status and the helper). `plan.pdf` is these pages alone; the handout adds
// them after its action list when the board has a plan.
import {
  buildPlanReport,
  type ExportInput,
  type Locale,
  type PdfOptions,
  type PlanReport,
} from '@kyoso/shared';
import {
  contentBox,
  openPdf,
  paintFooter,
  paintHeader,
  PAPER,
  type Doc,
  type PageInfo,
} from './pdf-paint.js';
import { paintTable, type TableColumn } from './pdf-table.js';

const OVERDUE = '#c62828';

interface PlanRow {
  point: PlanReport['points'][number];
  action: PlanReport['points'][number]['actions'][number] | null;
}

function planColumns(report: PlanReport): TableColumn<PlanRow>[] {
  const { labels, companies } = report;
  const share = 0.34 / Math.max(1, companies.length);
  return [
    {
      title: labels.point,
      share: 0.24,
      bold: true,
      cell: ({ point }) =>
        [point.title, point.agreementLabel, `${labels.progress}: ${point.progressLabel}`, point.kpi]
          .filter((line) => line !== '')
          .join('\n'),
    },
    { title: labels.action, share: 0.2, cell: ({ action }) => action?.title ?? labels.noActions },
    ...companies.map((company): TableColumn<PlanRow> => ({
      title: labels.ownerOf(company.name),
      share,
      cell: ({ action }) => action?.owners[company.key] ?? '',
    })),
    {
      title: labels.due,
      share: 0.08,
      cell: ({ action }) =>
        action && action.due !== '' ? `${action.due}${action.overdue ? `\n${labels.overdue}` : ''}` : '',
      tint: ({ action }) => (action?.overdue ? OVERDUE : null),
    },
    { title: labels.status, share: 0.07, cell: ({ action }) => action?.statusLabel ?? '' },
    { title: labels.helper, share: 0.07, cell: ({ action }) => action?.helper ?? '' },
  ];
}

const rowsOf = (report: PlanReport): PlanRow[] =>
  report.points.flatMap((point): PlanRow[] =>
    point.actions.length === 0
      ? [{ point, action: null }]
      : point.actions.map((action) => ({ point, action })),
  );

/** The plan's table, starting on a page of its own (`newPage` paints one and says where to draw). */
export function paintPlan(doc: Doc, report: PlanReport, newPage: () => ReturnType<typeof contentBox>): void {
  paintTable(doc, planColumns(report), rowsOf(report), report.labels.none, newPage);
}

/** plan.pdf: the plan's pages, headed and numbered like every Kyoso PDF. */
export async function drawPlanPdf(input: ExportInput, options: PdfOptions): Promise<Buffer> {
  const paper = PAPER[options.paper];
  const locale: Locale = options.locale ?? input.board.locale;
  const report = buildPlanReport(input, locale);
  const title = `${input.board.title}: ${report.labels.title}`;
  const { doc, bytes } = openPdf(paper, input, title, { bufferPages: true });
  paintPlan(doc, report, () => {
    doc.addPage({ size: [paper.w, paper.h], margin: 0 });
    return contentBox(paper);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const info: PageInfo = {
      title: input.board.title,
      pageTitle: report.labels.title,
      number: i + 1,
      count: range.count,
    };
    paintHeader(doc, input, info, paper);
    paintFooter(doc, input, info, paper, locale);
  }
  doc.end();
  return bytes;
}
