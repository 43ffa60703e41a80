// GET /api/boards/<id>/plan.<format> (docs/API.md): the joint action plan as csv, md or pdf, and
// its due dates as an iCalendar file (ics), for everyone or one company (`company`). Any board
// token: the plan is read from the board and the ledger, which everyone on the board reads.
import { Type } from 'typebox';
import {
  asCompanyKey,
  defaultTimeZone,
  isTimeZone,
  LOCALES,
  PAPER_SIZES,
  renderPlanCsv,
  renderPlanMarkdown,
  type CompanyKey,
} from '@kyoso/shared';
import { HttpError } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { attachmentName } from './file-name.js';
import { loadExportInput } from './load-board.js';
import { renderPdf } from './pdf.js';
import { planCalendar } from './plan-calendar.js';
import type { RenderSlots } from './render-slots.js';
import type { ExportDeps } from './routes.js';

export const PLAN_FORMATS = ['csv', 'md', 'pdf', 'ics'] as const;
type PlanFormat = (typeof PLAN_FORMATS)[number];
const isPlanFormat = (value: string): value is PlanFormat => PLAN_FORMATS.some((format) => format === value);

const CONTENT_TYPES: Record<PlanFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  ics: 'text/calendar; charset=utf-8',
};

const PlanParams = Type.Object({
  board: BoardParams.properties.board,
  format: Type.String({ description: `One of ${PLAN_FORMATS.join(', ')}` }),
});

const PlanQuery = Type.Object({
  lang: Type.Optional(Type.Enum([...LOCALES], { description: "Labels' language (default the board's)" })),
  tz: Type.Optional(
    Type.String({
      maxLength: 64,
      description: 'The reader’s IANA time zone (what is overdue, printed times)',
    }),
  ),
  paper: Type.Optional(Type.Enum([...PAPER_SIZES], { description: 'PDF paper (default a4)' })),
  company: Type.Optional(
    Type.String({ maxLength: 40, description: 'ics only: the dates one company owns (default everyone’s)' }),
  ),
});

export function planExportRoute(deps: ExportDeps, slots: RenderSlots): Route {
  return defineRoute({
    method: 'GET',
    url: '/api/boards/:board/plan.:format',
    summary: 'The joint action plan as csv, md or pdf, or its due dates as an iCalendar file (ics)',
    tag: 'exports',
    auth: 'board',
    schema: { params: PlanParams, querystring: PlanQuery },
    responses: {
      200: 'The file, as an attachment',
      400: 'A query parameter is not valid, or a company that is not on the board',
      401: 'No valid token',
      404: 'No such format',
      503: 'Too many exports waiting; retry',
    },
    handler: async ({ req, res, params, query }) => {
      const caller = await deps.authorize(req, params.board);
      const format = params.format;
      if (!isPlanFormat(format))
        throw new HttpError(
          404,
          `no plan format ${JSON.stringify(format)}; one of ${PLAN_FORMATS.join(', ')}`,
        );
      if (query.tz !== undefined && !isTimeZone(query.tz))
        throw new HttpError(400, 'tz must be an IANA time zone such as Asia/Tokyo');
      let company: CompanyKey | null = null;
      if (query.company !== undefined) {
        company = asCompanyKey(query.company);
        if (!company || !caller.board.companies.some((entry) => entry.key === company))
          throw new HttpError(400, `company ${JSON.stringify(query.company)} is not on this board`);
      }
      const loaded = await loadExportInput(deps.rooms, caller.board, caller.principal);
      const locale = query.lang ?? loaded.board.locale;
      const input = { ...loaded, timeZone: query.tz ?? defaultTimeZone(loaded.board.locale) };
      const draw = async (): Promise<string | Buffer> => {
        const started = performance.now();
        try {
          switch (format) {
            case 'csv':
              return renderPlanCsv(input, locale);
            case 'md':
              return renderPlanMarkdown(input, locale);
            case 'ics':
              return planCalendar(input, locale, company);
            case 'pdf':
              return renderPdf(input, { frame: null, paper: query.paper ?? 'a4', pages: 'plan', locale });
          }
        } finally {
          deps.exportDuration.observe({ format: `plan.${format}` }, (performance.now() - started) / 1000);
        }
      };
      const body = await slots.run(draw);
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      const part = company === null ? 'plan' : `plan-${company}`;
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[format],
        'content-length': bytes.byteLength,
        'content-disposition': attachmentName(
          input.board.title,
          input.exportedAt,
          format,
          part,
          input.timeZone,
        ),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(bytes);
    },
  });
}
