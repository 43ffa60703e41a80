// Creating a board's content document. Loading an existing one goes through migrateContentDoc.
import * as Y from 'yjs';
import { isHexColor, MAX_COMPANIES, MAX_COMPANY_NAME, type Company } from '../companies.js';
import { asCompanyKey } from '../ids.js';
import { readMeta } from './meta.js';
import { MAX_TITLE_LENGTH } from '../title.js';
import { CURRENT_SCHEMA_VERSION } from './migrations.js';
import { metaMap } from './roots.js';
import { isWellFormed } from './well-formed.js';

export interface InitContentArgs {
  title: string;
  companies: readonly Company[];
}

export class InitError extends Error {
  override name = 'InitError';
}

/** Checks a board's title and companies; throws InitError saying what is wrong. */
export function assertBoardSetup({ title, companies }: InitContentArgs): void {
  if (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH || !isWellFormed(title))
    throw new InitError(`title must be a string of at most ${MAX_TITLE_LENGTH} characters`);
  if (!Array.isArray(companies) || companies.length > MAX_COMPANIES)
    throw new InitError(`companies must be a list of at most ${MAX_COMPANIES}`);
  const keys = new Set<string>();
  for (const company of companies) {
    if (asCompanyKey(String(company?.key)) === null)
      throw new InitError(`bad company key ${String(company?.key)}`);
    if (keys.has(company.key)) throw new InitError(`duplicate company key ${company.key}`);
    keys.add(company.key);
    if (
      typeof company.name !== 'string' ||
      company.name.length > MAX_COMPANY_NAME ||
      !isWellFormed(company.name)
    )
      throw new InitError(
        `company ${company.key}: name must be a string of at most ${MAX_COMPANY_NAME} characters`,
      );
    if (!isHexColor(company.color)) throw new InitError(`company ${company.key}: color must be #rrggbb`);
  }
}

/**
 * Writes `meta` of a new board (schemaVersion = current, title, companies) in one transaction.
 * Throws InitError on bad input or if the document was already initialised.
 */
export function initContentDoc(doc: Y.Doc, args: InitContentArgs, origin: unknown = null): void {
  assertBoardSetup(args);
  const meta = metaMap(doc);
  if (meta.has('schemaVersion')) throw new InitError('the content document is already initialised');
  doc.transact(() => {
    meta.set('schemaVersion', CURRENT_SCHEMA_VERSION);
    meta.set('title', args.title);
    // Plain objects (not Y.Maps): companies are fixed at creation, so no merge is needed.
    meta.set('companies', Y.Array.from(args.companies.map(({ key, name, color }) => ({ key, name, color }))));
  }, origin);
}

/** What the server's board record says of the board, which `meta` must show. */
export interface BoardIdentity {
  schemaVersion?: number;
  title?: string;
  companies?: readonly Company[];
}

const sameCompanies = (stored: readonly Company[], wanted: readonly Company[]): boolean =>
  stored.length === wanted.length &&
  stored.every(
    (c, i) => c.key === wanted[i]?.key && c.name === wanted[i]?.name && c.color === wanted[i]?.color,
  );

/**
 * Writes the given fields of `meta` from the board record where the document differs (only the
 * server writes `meta`). Returns whether it wrote anything.
 */
export function writeBoardIdentity(doc: Y.Doc, identity: BoardIdentity, origin: unknown = null): boolean {
  const meta = metaMap(doc);
  const stored = readMeta(doc).meta;
  const storedCompanies = meta.get('companies');
  const writes: (() => void)[] = [];
  if (identity.schemaVersion !== undefined && meta.get('schemaVersion') !== identity.schemaVersion)
    writes.push(() => meta.set('schemaVersion', identity.schemaVersion));
  if (identity.title !== undefined && meta.get('title') !== identity.title)
    writes.push(() => meta.set('title', identity.title));
  const companies = identity.companies;
  if (
    companies !== undefined &&
    (!(storedCompanies instanceof Y.Array) ||
      storedCompanies.length !== stored.companies.length ||
      !sameCompanies(stored.companies, companies))
  )
    writes.push(() =>
      meta.set('companies', Y.Array.from(companies.map(({ key, name, color }) => ({ key, name, color })))),
    );
  if (writes.length === 0) return false;
  doc.transact(() => writes.forEach((write) => write()), origin);
  return true;
}
