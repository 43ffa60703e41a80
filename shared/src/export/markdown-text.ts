// Typed text made inert inside Markdown: whatever a card says, it renders as that text, never as
// a link, an image, raw HTML, a heading, a list, emphasis or a broken table, in CommonMark, GFM and
// the usual renderers. The text becomes one line, so it fits a table cell, a list item or a heading.
// Only what Markdown would really read as markup where it stands is escaped: the report is also
// pasted as plain text into minutes, where every backslash shows, so "(SaaS)" and "#PoC" stay bare.

/** Line breaks, tabs and the Unicode line and paragraph separators become one space. */
const BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;
/** Other control characters render as nothing useful (NUL even as U+FFFD): dropped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F]/g;
/** The characters that can be markup somewhere; `escapeAt` decides for each where it stands. */
const CANDIDATES = /[\\`*_~[|$&<#]/g;
/** CommonMark lets a backslash escape any ASCII punctuation, and only that. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
/** An entity or a numeric character reference, which would show as the character it names. */
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Read at `at` only (a sticky match): a card may hold a million "&", each looked at once. */
function entityAt(line: string, at: number): boolean {
  ENTITY.lastIndex = at;
  return ENTITY.test(line);
}

/**
 * `closingHashes`: where the run of "#" that ends the line begins (a heading's closing run), or
 * -1; `paired`: "~" and "$" when the line holds two or more. Both found once per line.
 */
function escapeAt(
  line: string,
  char: string,
  at: number,
  closingHashes: number,
  paired: ReadonlySet<string>,
): boolean {
  const before = line[at - 1] ?? '';
  const after = line[at + 1] ?? '';
  switch (char) {
    case '\\':
      // Before punctuation it would escape it (and vanish); elsewhere it is a backslash.
      return after === '' || ASCII_PUNCTUATION.test(after);
    case '`': // a code span
    case '*': // emphasis, and alone a list marker or a rule
    case '[': // every link, image, footnote and task box opens with one; without it "]" and "(" are text
    case '|': // a table cell (the report builds its cells from several texts, so everywhere)
      return true;
    case '_':
      // Inside a word ("snake_case", 漢字_かな) an underscore cannot open or close emphasis.
      return !(WORD.test(before) && WORD.test(after));
    case '~':
    case '$':
      // Strikethrough and math take a pair: one "~" (10~20名) or "$" ($5M) stays as it is.
      return paired.has(char);
    case '&':
      return entityAt(line, at);
    case '<':
      // A tag, a comment, a declaration or an autolink needs one of these next; "< 10%" is text.
      return /[A-Za-z/!?]/.test(after);
    case '#':
      // A heading's opening run (a space or the end after it), or its closing run at the end.
      return (
        (at === 0 && /^#{1,6}(?: |$)/.test(line)) ||
        (at === closingHashes && (before === '' || before === ' '))
      );
    default:
      return false;
  }
}

/** The text as one line of inert Markdown. Japanese punctuation (、。「」（）) is left as it is. */
export function markdownText(text: string): string {
  const line = text.replace(BREAKS, ' ').replace(CONTROLS, '').replace(/ {2,}/g, ' ').trim();
  // Found once per line (a card may hold a million of them): "~" and "$" that come in pairs.
  const paired = new Set(['~', '$'].filter((char) => line.indexOf(char) !== line.lastIndexOf(char)));
  let closingHashes = line.length;
  while (closingHashes > 0 && line[closingHashes - 1] === '#') closingHashes -= 1;
  if (closingHashes === line.length) closingHashes = -1;
  const escaped = line.replace(CANDIDATES, (char, at: number) =>
    escapeAt(line, char, at, closingHashes, paired) ? `\\${char}` : char,
  );
  // At the start of a list item a marker would open a block: a list (- + 1. 1)) or a quote (>)
  // when a space or nothing follows, a rule (- - -); * # ` are escaped above where they count.
  if (/^[-+](?: |$)/.test(escaped) || /^>/.test(escaped) || /^-(?: *-){2,} *$/.test(escaped))
    return `\\${escaped}`;
  return escaped.replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2');
}
