// Typed text made inert inside Markdown: whatever a card says, it renders as that text, never as
// a link, an image, raw HTML, a heading, a list, emphasis or a broken table, in CommonMark, GFM and
// the usual renderers. The text becomes one line, so it fits a table cell, a list item or a heading.

/** Line breaks, tabs and the Unicode line and paragraph separators become one space. */
const BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;
/** Other control characters render as nothing useful (NUL even as U+FFFD): dropped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F]/g;
/**
 * ASCII punctuation with a meaning inline: escapes and code (\ `), emphasis and strikethrough
 * (* _ ~), links and images ([ ] ( )), headings' closing #, table cells (|), MDX/attribute
 * braces ({ }) and math ($). CommonMark lets a backslash escape any ASCII punctuation.
 */
const INLINE = /[\\`*_~[\]()#|{}$]/g;
/** HTML: `<` and `>` become entities so no tag, comment or autolink can start; `&` too, so an
 * entity someone typed shows as typed. */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** The text as one line of inert Markdown. Japanese punctuation (、。「」（）) is left as it is. */
export function markdownText(text: string): string {
  const line = text.replace(BREAKS, ' ').replace(CONTROLS, '').replace(/ {2,}/g, ' ').trim();
  const escaped = line.replace(/[&<>]/g, (char) => HTML[char] ?? char).replace(INLINE, '\\$&');
  // At the start of a list item or a line a marker would open a block: a list (- + 1. 1)),
  // a setext underline (=); # * > ` are escaped above wherever they are.
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
