// Branded ids: a board id can never be passed where a shape id is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type BoardId = Brand<string, 'BoardId'>;
export type ShapeId = Brand<string, 'ShapeId'>;
export type CompanyKey = Brand<string, 'CompanyKey'>;
/** A person on a board, issued by the server with their participant token. */
export type ParticipantId = Brand<string, 'ParticipantId'>;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random id of `length` characters from [a-z0-9], using the platform's CSPRNG. */
export function randomId(length = 16): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ID_ALPHABET[b % ID_ALPHABET.length];
  return out;
}

const BOARD_ID_PATTERN = /^[a-z0-9]{8,32}$/;
const COMPANY_KEY_PATTERN = /^[a-z0-9]{1,16}$/;
const SHAPE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const newBoardId = (): BoardId => randomId(16) as BoardId;
export const newShapeId = (): ShapeId => randomId(16) as ShapeId;
export const newParticipantId = (): ParticipantId => randomId(16) as ParticipantId;

export function asBoardId(value: string): BoardId | null {
  return BOARD_ID_PATTERN.test(value) ? (value as BoardId) : null;
}
export function asCompanyKey(value: string): CompanyKey | null {
  return COMPANY_KEY_PATTERN.test(value) ? (value as CompanyKey) : null;
}
/**
 * Ids are keys of plain objects (vote totals, the board file): `__proto__` is the one name such an
 * object cannot hold as a key (Yjs's and JSON's decoders would set the prototype instead), so it
 * is no shape id. Other names of Object.prototype's members are plain ids (see id-records.ts).
 */
export function asShapeId(value: string): ShapeId | null {
  return SHAPE_ID_PATTERN.test(value) && value !== '__proto__' ? (value as ShapeId) : null;
}
export function asParticipantId(value: string): ParticipantId | null {
  return BOARD_ID_PATTERN.test(value) ? (value as ParticipantId) : null;
}
