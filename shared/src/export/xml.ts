// Writing text and attribute values into XML (the SVG export): every character that means
// something in markup is escaped, and characters XML 1.0 forbids are dropped, so any card text
// comes out as inert text in a document that still parses.
import { cleanText } from './text-layout.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** `value` safe as XML character data or as a quoted attribute value. */
export const escapeXml = (value: string): string =>
  cleanText(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? '');

/** A number as an attribute: finite, at most two decimals, no exponent. */
export function xmlNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
