// GET /api/boards/<id>/export.<format> (docs/API.md): the board as json, svg, png, pdf, or the
// synergy report as csv or md. Any board token; the export holds only what its role may read.
import type { ServerResponse } from 'node:http';
import { Type, type Static } from 'typebox';
import {
  asShapeId,
  defaultTimeZone,
  isTimeZone,
  isExportFormat,
  LOCALES,
  PAPER_SIZES,
  PDF_PAGES,
  EXPORT_FORMATS,
  renderCsv,
  renderMarkdown,
  renderSvg,
  writeBoardFile,
  type ExportFormat,
  type ExportInput,
  type Locale,
  type PdfOptions,
  type ShapeId,
} from '@kyoso/shared';
import type { Authorize } from '../http/authorize.js';
import { HttpError } from '../http/http-error.js';
import { sealExport } from '../ledger/export-seal.js';
import type { LedgerSigner } from '../ledger/signing-key.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import { ShapeIdText } from '../http/schemas.js';
import type { RoomRegistry } from '../sync/rooms.js';
import { attachmentName } from './file-name.js';
import { loadExportInput, type LoadedExport } from './load-board.js';
import { renderPdf } from './pdf.js';
import { renderPng } from './png.js';
import { RenderSlots } from './render-slots.js';
import { planExportRoute } from './plan-route.js';
import { breakJapaneseByPhrase } from './japanese-phrases.js';

export interface ExportDeps {
  rooms: RoomRegistry;
  authorize: Authorize;
  /** Seals the ledger a board file carries. */
  ledgerSigner: LedgerSigner;
  /** How long each export took to draw, by format (waiting for a slot not counted). */
  exportDuration: { observe(labels: { format: string }, seconds: number): void };
}

/** Exports made at once per node (every format), and how many may wait for one. */
const DRAWING_SLOTS = 2;
const DRAWING_QUEUE = 50;

interface ExportQuery extends PdfOptions {
  locale: Locale;
  timeZone: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

const ExportParams = Type.Object({
  board: BoardParams.properties.board,
  format: Type.String({ description: `One of ${EXPORT_FORMATS.join(', ')}` }),
});

const ExportQuerySchema = Type.Object({
  frame: Type.Optional(ShapeIdText('Only this frame (svg, png, pdf of the board)')),
  paper: Type.Optional(Type.Enum([...PAPER_SIZES], { description: 'PDF paper (default a4)' })),
  pages: Type.Optional(
    Type.Enum([...PDF_PAGES], { description: 'PDF pages: the board, one per frame, or the handout' }),
  ),
  lang: Type.Optional(Type.Enum([...LOCALES], { description: "Labels' language (default the board's)" })),
  tz: Type.Optional(
    Type.String({
      maxLength: 64,
      description: "The reader's IANA time zone for printed times, e.g. Asia/Tokyo",
    }),
  ),
});

function parseQuery(query: Static<typeof ExportQuerySchema>, input: ExportInput): ExportQuery {
  let frame: ShapeId | null = null;
  if (query.frame !== undefined) {
    frame = asShapeId(query.frame);
    if (!frame || !input.shapes.some((shape) => shape.id === frame && shape.type === 'frame'))
      throw new HttpError(400, `frame ${JSON.stringify(query.frame)} is not a frame on this board`);
  }
  const locale = query.lang ?? input.board.locale;
  if (query.tz !== undefined && !isTimeZone(query.tz))
    throw new HttpError(400, 'tz must be an IANA time zone such as Asia/Tokyo');
  return {
    frame,
    paper: query.paper ?? 'a4',
    pages: query.pages ?? 'board',
    locale,
    timeZone: query.tz ?? defaultTimeZone(input.board.locale),
  };
}

/** The board file: the ledger as stored, sealed by this server as exported. */
function boardFile(input: LoadedExport, signer: LedgerSigner): string {
  const entries = input.ledgerEntries;
  const seal = sealExport(input.board, entries, input.exportedAt, signer);
  return JSON.stringify(writeBoardFile(input, { entries, seal }), null, 2);
}

async function render(
  format: ExportFormat,
  input: LoadedExport,
  query: ExportQuery,
  signer: LedgerSigner,
): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return boardFile(input, signer);
    case 'svg':
      await breakJapaneseByPhrase();
      return renderSvg(input, query);
    case 'png':
      return renderPng(input, query);
    case 'pdf':
      return renderPdf(input, query);
    case 'csv':
      return renderCsv(input, query.locale);
    case 'md':
      return renderMarkdown(input, query.locale);
  }
}

function sendFile(res: ServerResponse, format: ExportFormat, fileName: string, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[format],
    'content-length': bytes.byteLength,
    'content-disposition': fileName,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // An SVG opened straight from the API must not run anything, whatever it holds.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
  });
  res.end(bytes);
}

export function exportRoutes(deps: ExportDeps): Route[] {
  const slots = new RenderSlots(DRAWING_SLOTS, DRAWING_QUEUE);
  return [
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/export.:format',
      summary: 'The board as json, svg, png or pdf, or the synergy report as csv or md',
      tag: 'exports',
      auth: 'board',
      schema: { params: ExportParams, querystring: ExportQuerySchema },
      responses: {
        200: 'The file, as an attachment; it holds only what the token may read',
        400: 'A query parameter is not valid',
        401: 'No valid token',
        404: 'No such format',
        503: 'Too many exports waiting; retry',
      },
      handler: async ({ req, res, params, query: rawQuery }) => {
        const rawFormat = params.format;
        const caller = await deps.authorize(req, params.board);
        if (!isExportFormat(rawFormat))
          throw new HttpError(
            404,
            `no export format ${JSON.stringify(rawFormat)}; one of ${EXPORT_FORMATS.join(', ')}`,
          );
        const input = await loadExportInput(deps.rooms, caller.board, caller.principal);
        const query = parseQuery(rawQuery, input);
        const draw = async () => {
          const started = performance.now();
          try {
            return await render(rawFormat, { ...input, timeZone: query.timeZone }, query, deps.ledgerSigner);
          } finally {
            deps.exportDuration.observe({ format: rawFormat }, (performance.now() - started) / 1000);
          }
        };
        // Every format takes its turn: an SVG or a board file of a large board is work too.
        const body = await slots.run(draw);
        sendFile(
          res,
          rawFormat,
          attachmentName(input.board.title, input.exportedAt, rawFormat, '', query.timeZone),
          body,
        );
      },
    }),
    planExportRoute(deps, slots),
  ];
}
