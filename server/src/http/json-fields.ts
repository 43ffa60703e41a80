// Checks for fields of untrusted JSON bodies: every problem is named, nothing is guessed.
import { HttpError } from './http-error.js';

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The body as an object, or a 400. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (!isObject(body)) throw new HttpError(400, 'body must be a JSON object');
  return body;
}

/** Trims and refuses control characters, which have no place in a title or a name. */
export function cleanText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw new HttpError(400, `${field} must be a string`);
  const text = value.normalize('NFC').trim();
  if (text.length === 0) throw new HttpError(400, `${field} must not be empty`);
  if ([...text].length > max) throw new HttpError(400, `${field} must be at most ${max} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    throw new HttpError(400, `${field} must not contain control characters`);
  return text;
}
