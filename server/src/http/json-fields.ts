// What a schema cannot say of a text field: the text as stored is NFC and trimmed, so it is
// checked again after that (a name of spaces is empty; NFC may change its length).
import { HttpError } from './http-error.js';

/** The text as stored; its type, length and characters were checked by the route's schema. */
export function cleanText(value: string, field: string, max: number): string {
  const text = value.normalize('NFC').trim();
  if (text.length === 0) throw new HttpError(400, `${field} must not be empty`);
  if ([...text].length > max) throw new HttpError(400, `${field} must be at most ${max} characters`);
  return text;
}
