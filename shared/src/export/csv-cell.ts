// One CSV cell, safe to open in a spreadsheet: text that a spreadsheet would read as a formula
// (CSV injection) gets a leading apostrophe as OWASP advises, and the cell is quoted per RFC 4180
// when it holds a separator, a quote or a line break.

/**
 * Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (or, for tab
 * and line breaks, hide what follows): `= + - @`, tab, CR, LF, and the full-width and small forms
 * Japanese input produces (＝＋－＠, ﹦﹢﹣﹫), which Japanese Excel also accepts.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;
/** Leading blanks are looked through: some spreadsheets trim them before reading a formula. */
const LEADING_BLANKS = /^[ \u00A0\u3000]+/;

/** True when a spreadsheet could read the text as a formula. */
export const looksLikeFormula = (text: string): boolean =>
  FORMULA_START.test(text.replace(LEADING_BLANKS, ''));

/** The text with a leading `'` when a spreadsheet could read it as a formula. */
export const neutraliseFormula = (text: string): string => (looksLikeFormula(text) ? `'${text}` : text);

/** RFC 4180 quoting: fields holding `,` `"` CR or LF are quoted, with quotes doubled. */
export const quoteCsv = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/** A cell of text someone typed: without the blank lines and spaces around it (a trailing Enter
 * would make the cell two lines), neutralised, line breaks made LF (a line break inside a cell in
 * Excel), quoted as needed. */
export const csvText = (text: string): string =>
  quoteCsv(neutraliseFormula(text.trim()).replace(/\r\n?/g, '\n'));

/** A number the report computed itself (never typed by anyone), written as it is. */
export const csvNumber = (value: number): string => String(value);

/** One record; lines end with CRLF (RFC 4180). */
export const csvRecord = (cells: readonly string[]): string => `${cells.join(',')}\r\n`;
