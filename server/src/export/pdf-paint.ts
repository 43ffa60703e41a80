// Painting PDF pages with pdfkit: the export scene as vectors (with Noto Sans JP embedded, so
// Japanese text is real, selectable, searchable text), and each page's header (board title, page
// title, the companies) and footer (export time in the reader's zone, Kyoso, n / N). The page
// plans are pdf.ts (the board, its frames) and pdf-handout.ts (the executive handout).
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import {
  baselineOf,
  ellipsize,
  formatExportTime,
  itemBounds,
  overlaps,
  roundedRectPath,
  safeColor,
  type ExportInput,
  type Locale,
  type PaperSize,
  type Scene,
  type SceneItem,
} from '@kyoso/shared';
import { fontFiles } from './fonts.js';

/** Landscape page sizes in points. */
export const PAPER: Record<PaperSize, { w: number; h: number }> = {
  a4: { w: 841.89, h: 595.28 },
  a3: { w: 1190.55, h: 841.89 },
};
export const MARGIN = 28;
export const HEADER_H = 44;
export const FOOTER_H = 22;
export const INK = '#1d2430';
export const MUTED = '#5a6474';
export const RULE = '#d8dde5';
export const REGULAR = 'kyoso-regular';
export const BOLD = 'kyoso-bold';

export const WORDS: Record<Locale, { wholeBoard: string; exported: string }> = {
  ja: { wholeBoard: 'ボード全体', exported: '出力日時' },
  en: { wholeBoard: 'Whole board', exported: 'Exported' },
};

let fontBytes: { regular: Buffer; bold: Buffer } | null = null;

/** The TTFs, read once: every PDF embeds a subset of them. */
function fonts(): { regular: Buffer; bold: Buffer } {
  if (!fontBytes) {
    const files = fontFiles();
    fontBytes = { regular: readFileSync(files.regular), bold: readFileSync(files.bold) };
  }
  return fontBytes;
}

export type Doc = PDFKit.PDFDocument;

function paintItem(doc: Doc, item: SceneItem): void {
  switch (item.type) {
    case 'rect': {
      if (item.roundBottom)
        doc.roundedRect(item.x, item.y, item.w, item.h, Math.min(item.radius, item.w / 2, item.h / 2));
      else doc.path(roundedRectPath(item));
      paintArea(doc, item.fill, item.fillOpacity, item.stroke, item.strokeWidth);
      return;
    }
    case 'ellipse':
      doc.ellipse(item.cx, item.cy, item.rx, item.ry);
      paintArea(doc, item.fill, 1, item.stroke, item.strokeWidth);
      return;
    case 'line': {
      const [first, ...rest] = item.points;
      if (!first) return;
      doc.moveTo(first.x, first.y);
      for (const point of rest) doc.lineTo(point.x, point.y);
      doc
        .lineWidth(item.width)
        .lineCap('round')
        .lineJoin('round')
        .strokeOpacity(1)
        .stroke(safeColor(item.stroke, INK));
      return;
    }
    case 'polygon': {
      const [first, ...rest] = item.points;
      if (!first) return;
      doc.moveTo(first.x, first.y);
      for (const point of rest) doc.lineTo(point.x, point.y);
      doc.closePath().fillOpacity(1).fill(safeColor(item.fill, INK));
      return;
    }
    case 'text': {
      doc
        .font(item.weight === 700 ? BOLD : REGULAR)
        .fontSize(item.size)
        .fillColor(safeColor(item.color, INK), 1);
      item.lines.forEach((line, i) => {
        if (!line) return;
        // Aligned by the embedded font's real widths, which the layout only approximated.
        const width = item.align === 'left' ? 0 : doc.widthOfString(line);
        const x =
          item.align === 'left' ? item.x : item.align === 'center' ? item.x - width / 2 : item.x - width;
        doc.text(line, x, baselineOf(item, i), { lineBreak: false, baseline: 'alphabetic' });
      });
      return;
    }
  }
}

function paintArea(
  doc: Doc,
  fill: string | null,
  opacity: number,
  stroke: string | null,
  width: number,
): void {
  const fillColor = fill === null ? null : safeColor(fill, '#ffffff');
  const strokeColor = stroke === null ? null : safeColor(stroke, INK);
  if (strokeColor) doc.lineWidth(width).strokeColor(strokeColor, 1);
  if (fillColor && strokeColor) doc.fillColor(fillColor, opacity).fillAndStroke();
  else if (fillColor) doc.fillColor(fillColor, opacity).fill();
  else if (strokeColor) doc.stroke();
}

/** Painting gives the event loop a turn this often, so a big board never stalls everyone's sync. */
const ITEMS_PER_TURN = 200;
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The scene scaled to fit the box, centred; never drawn larger than 1 pt per world unit × 1.5. */
/**
 * Draws `scene` centred in `box`, as large as fits (at most 1.5 pt per unit, or `scale` when given,
 * which must fit too: the pages of one map share it). Only what lies within the scene's bounds is
 * drawn: a page of a map cut into pieces shows no slivers of the next piece's cards in its margins,
 * nor their words in the PDF's text.
 */
export async function paintScene(
  doc: Doc,
  scene: Scene,
  box: { x: number; y: number; w: number; h: number },
  scale = fitScale(scene, box),
): Promise<void> {
  const { bounds } = scene;
  const ox = box.x + (box.w - bounds.w * scale) / 2;
  const oy = box.y + (box.h - bounds.h * scale) / 2;
  doc.save();
  doc.rect(ox, oy, bounds.w * scale, bounds.h * scale).clip();
  doc.translate(ox, oy).scale(scale).translate(-bounds.x, -bounds.y);
  const shown = scene.items.filter((item) => overlaps(itemBounds(item), bounds));
  for (const [i, item] of shown.entries()) {
    paintItem(doc, item);
    if ((i + 1) % ITEMS_PER_TURN === 0) await nextTurn();
  }
  doc.restore();
}

/** The scale at which `scene` fills `box` (at most 1.5 pt per world unit). */
export const fitScale = (scene: Scene, box: { w: number; h: number }): number =>
  Math.min(box.w / scene.bounds.w, box.h / scene.bounds.h, 1.5);

export interface PageInfo {
  title: string;
  pageTitle: string;
  number: number;
  count: number;
}

const COMPANY_GAP = 14;

interface CompanyLabel {
  name: string;
  color: string;
  /** Dot and name. */
  width: number;
}

const rowWidth = (row: readonly CompanyLabel[]): number =>
  row.reduce((sum, company) => sum + company.width, 0) + Math.max(0, row.length - 1) * COMPANY_GAP;

/** The companies for the header's right half, in board order: one row at 10 pt when they fit,
 * else two rows at 9 pt; any that still do not fit are counted ("+2"), not dropped silently. */
function companyRows(
  doc: Doc,
  input: ExportInput,
  maxWidth: number,
): { rows: CompanyLabel[][]; hidden: number; size: number } {
  const labels = (size: number): CompanyLabel[] => {
    doc.font(REGULAR).fontSize(size);
    return input.board.companies.map((company) => {
      const name = ellipsize(company.name, 180, size);
      return { name, color: safeColor(company.color, MUTED), width: 10 + doc.widthOfString(name) };
    });
  };
  const one = labels(10);
  if (rowWidth(one) <= maxWidth) return { rows: [one], hidden: 0, size: 10 };
  const all = labels(9);
  const rows: CompanyLabel[][] = [[], []];
  let placed = 0;
  for (const row of rows) {
    while (placed < all.length) {
      const next = all[placed]!;
      // The last row keeps room for the "+N" count of what is left after it.
      const reserve =
        row === rows[1] && placed < all.length - 1 ? doc.widthOfString(`+${all.length}`) + COMPANY_GAP : 0;
      if (row.length > 0 && rowWidth([...row, next]) + reserve > maxWidth) break;
      row.push(next);
      placed += 1;
    }
  }
  return { rows: rows.filter((row) => row.length > 0), hidden: all.length - placed, size: 9 };
}

export function paintHeader(
  doc: Doc,
  input: ExportInput,
  page: PageInfo,
  paper: { w: number; h: number },
): void {
  const right = paper.w - MARGIN;
  const { rows, hidden, size } = companyRows(doc, input, paper.w / 2 - MARGIN);
  let left = right;
  rows.forEach((row, r) => {
    const baseline = rows.length === 1 ? MARGIN + 13 : MARGIN + 10 + r * 15;
    const more = r === rows.length - 1 && hidden > 0 ? `+${hidden}` : '';
    const width = rowWidth(row) + (more ? doc.widthOfString(more) + COMPANY_GAP : 0);
    let x = right - width;
    left = Math.min(left, x);
    for (const company of row) {
      doc
        .circle(x + 3.5, baseline - size * 0.35, 3.5)
        .fillColor(company.color, 1)
        .fill();
      doc
        .fillColor(MUTED, 1)
        .text(company.name, x + 10, baseline, { lineBreak: false, baseline: 'alphabetic' });
      x += company.width + COMPANY_GAP;
    }
    if (more) doc.fillColor(MUTED, 1).text(more, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  });
  const titleRoom = left - MARGIN - 20;
  doc
    .font(BOLD)
    .fontSize(14)
    .fillColor(INK, 1)
    .text(ellipsize(page.title, titleRoom / 1.02, 14, 700), MARGIN, MARGIN + 14, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor(MUTED, 1)
    .text(ellipsize(page.pageTitle, titleRoom / 1.02, 10), MARGIN, MARGIN + 31, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
  doc
    .moveTo(MARGIN, MARGIN + HEADER_H - 4)
    .lineTo(right, MARGIN + HEADER_H - 4)
    .lineWidth(0.5)
    .strokeColor(RULE, 1)
    .stroke();
}

export function paintFooter(
  doc: Doc,
  input: ExportInput,
  page: PageInfo,
  paper: { w: number; h: number },
  /** The reader's language (the export's `locale`), not necessarily the board's. */
  locale: Locale,
): void {
  const words = WORDS[locale] ?? WORDS.ja;
  const y = paper.h - MARGIN;
  doc
    .moveTo(MARGIN, y - FOOTER_H + 6)
    .lineTo(paper.w - MARGIN, y - FOOTER_H + 6)
    .lineWidth(0.5)
    .strokeColor(RULE, 1)
    .stroke();
  doc.font(REGULAR).fontSize(8).fillColor(MUTED, 1);
  doc.text(`${words.exported}: ${formatExportTime(input.exportedAt, input.timeZone)}`, MARGIN, y - 3, {
    lineBreak: false,
    baseline: 'alphabetic',
  });
  const brand = 'Kyoso';
  doc.text(brand, (paper.w - doc.widthOfString(brand)) / 2, y - 3, {
    lineBreak: false,
    baseline: 'alphabetic',
  });
  const numbers = `${page.number} / ${page.count}`;
  doc.text(numbers, paper.w - MARGIN - doc.widthOfString(numbers), y - 3, {
    lineBreak: false,
    baseline: 'alphabetic',
  });
}

/** A landscape document of `paper` with the fonts registered, and its bytes once it ends. */
export function openPdf(
  paper: { w: number; h: number },
  input: ExportInput,
  title: string,
  options: { bufferPages?: boolean } = {},
): { doc: Doc; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: [paper.w, paper.h],
    margin: 0,
    autoFirstPage: false,
    bufferPages: options.bufferPages ?? false,
    info: { Title: title, Creator: 'Kyoso', Producer: 'Kyoso', CreationDate: new Date(input.exportedAt) },
    lang: input.board.locale,
  });
  const { regular, bold } = fonts();
  doc.registerFont(REGULAR, regular);
  doc.registerFont(BOLD, bold);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** Where a page's content goes: below the header, above the footer. */
export const contentBox = (paper: { w: number; h: number }) => {
  const top = MARGIN + HEADER_H + 6;
  return { x: MARGIN, y: top, w: paper.w - 2 * MARGIN, h: paper.h - MARGIN - FOOTER_H - top - 4 };
};
