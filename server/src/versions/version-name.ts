// The names of versions: the facilitator's (checked like any title) and the server's own.
import { bodyObject, cleanText } from '../http/json-fields.js';

export const MAX_VERSION_NAME = 100;

/** The name in a `POST .../versions` body: a string of 1 to 100 characters after trimming. */
export function parseVersionName(body: unknown): string {
  return cleanText(bodyObject(body).name, 'name', MAX_VERSION_NAME);
}

/** The name of the version saved just before a restore (docs/API.md); kept whole, however long. */
export const beforeRestoringName = (name: string): string => `before restoring "${name}"`;

/** The name of automatic versions; the client labels them by kind. */
export const AUTO_VERSION_NAME = 'automatic';
