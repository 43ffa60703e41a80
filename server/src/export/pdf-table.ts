// A table over as many PDF pages as it takes, its column titles repeated on each: the handout's
// action list and the joint action plan. Cells are wrapped here, as the canvas wraps cards:
// Japanese between phrases (pdfkit breaks it between any two characters: 「田中 花／子」).
import { wrapLines } from '@kyoso/shared';
import { BOLD, INK, MUTED, REGULAR, RULE, type Doc } from './pdf-paint.js';

export interface TableColumn<R> {
  title: string;
  /** Share of the table's width. */
  share: number;
  cell: (row: R, index: number) => string;
  bold?: boolean;
  /** A colour for this cell's text (an overdue date in red), or null for the ink. */
  tint?: (row: R) => string | null;
}

const CELL_PAD = 4;
/** The column titles' band: the UI's muted surface. */
const HEADING_FILL = '#eef1f5';
const TABLE_SIZE = 8.5;

/**
 * Paints `rows`; `newPage` starts a page (header painted) and returns where the table may go.
 * With no rows, `none` is printed under the titles.
 */
export function paintTable<R>(
  doc: Doc,
  columns: readonly TableColumn<R>[],
  rows: readonly R[],
  none: string,
  newPage: () => { x: number; y: number; w: number; h: number },
): void {
  let box = newPage();
  const widths = columns.map((column) => column.share * box.w);
  /**
   * A cell's text in the lines it takes, broken as the canvas breaks a card's; each is drawn as a
   * line of its own (pdfkit, left to wrap, measured CJK a little wider and broke them again).
   */
  const wrapped = (text: string, i: number, bold: boolean): string[] => {
    doc.font(bold ? BOLD : REGULAR).fontSize(TABLE_SIZE);
    return wrapLines(text, widths[i]! - 2 * CELL_PAD, (piece) => doc.widthOfString(piece));
  };
  const lineHeight = doc.font(REGULAR).fontSize(TABLE_SIZE).currentLineHeight(true);
  const heightOf = (cells: string[][]) =>
    Math.max(...cells.map((lines) => lines.length)) * lineHeight + 2 * CELL_PAD;
  const paintRow = (
    cells: string[][],
    y: number,
    options: { bold: (i: number) => boolean; fill?: string; tint?: (i: number) => string | null },
  ) => {
    const height = heightOf(cells);
    if (options.fill) doc.rect(box.x, y, box.w, height).fillColor(options.fill, 1).fill();
    let x = box.x;
    cells.forEach((lines, i) => {
      doc
        .font(options.bold(i) ? BOLD : REGULAR)
        .fontSize(TABLE_SIZE)
        .fillColor(options.tint?.(i) ?? INK, 1);
      lines.forEach((line, k) =>
        doc.text(line, x + CELL_PAD, y + CELL_PAD + k * lineHeight, { lineBreak: false }),
      );
      x += widths[i]!;
    });
    doc
      .moveTo(box.x, y + height)
      .lineTo(box.x + box.w, y + height)
      .lineWidth(0.5)
      .strokeColor(RULE, 1)
      .stroke();
    return height;
  };
  const titles = columns.map((column, i) => wrapped(column.title, i, true));
  const heading = () => paintRow(titles, box.y, { bold: () => true, fill: HEADING_FILL });
  let y = box.y + heading();
  if (rows.length === 0) {
    doc
      .font(REGULAR)
      .fontSize(11)
      .fillColor(MUTED, 1)
      .text(none, box.x, y + 12);
    return;
  }
  rows.forEach((row, index) => {
    const bold = (i: number) => columns[i]!.bold === true;
    const cells = columns.map((column, i) => wrapped(column.cell(row, index), i, bold(i)));
    if (y + heightOf(cells) > box.y + box.h) {
      box = newPage();
      y = box.y + heading();
    }
    y += paintRow(cells, y, { bold, tint: (i) => columns[i]!.tint?.(row) ?? null });
  });
}
