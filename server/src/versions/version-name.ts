// The names of versions: the facilitator's (checked like any title) and the server's own.
import { Type } from 'typebox';
import { cleanText } from '../http/json-fields.js';
import { Text } from '../http/schemas.js';

export const MAX_VERSION_NAME = 100;

export const SaveVersionBody = Type.Object({ name: Text(MAX_VERSION_NAME, "The version's name") });

/** The name as stored: 1 to 100 characters after trimming. */
export const parseVersionName = (name: string): string => cleanText(name, 'name', MAX_VERSION_NAME);

/** The name of the version saved just before a restore (docs/API.md); kept whole, however long. */
export const beforeRestoringName = (name: string): string => `before restoring "${name}"`;

/** The name of automatic versions; the client labels them by kind. */
export const AUTO_VERSION_NAME = 'automatic';
