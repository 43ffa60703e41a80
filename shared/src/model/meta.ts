// Root `meta`: the board's schema version, title and companies, read safely.
import * as Y from 'yjs';
import { isHexColor, MAX_COMPANY_NAME, type Company } from '../companies.js';
import { asCompanyKey } from '../ids.js';
import { metaMap } from './roots.js';
import { MAX_TITLE_LENGTH } from '../title.js';

export interface BoardMeta {
  /** null when missing or not a positive integer (an uninitialised or corrupt document). */
  schemaVersion: number | null;
  title: string;
  companies: Company[];
}

export interface MetaSnapshot {
  meta: BoardMeta;
  /** What was wrong and skipped (a bad company entry, a title that is not a string, ...). */
  problems: string[];
}

export const isSchemaVersion = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/** A company entry as stored: a plain object {key, name, color}; null when malformed. */
export function parseCompany(value: unknown): Company | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Y.AbstractType)
    return null;
  const { key, name, color } = value as Record<string, unknown>;
  const companyKey = typeof key === 'string' ? asCompanyKey(key) : null;
  if (companyKey === null || typeof name !== 'string' || name.length > MAX_COMPANY_NAME || !isHexColor(color))
    return null;
  return { key: companyKey, name, color };
}

/** Never throws: bad fields read as defaults and are listed in `problems`. */
export function readMeta(doc: Y.Doc): MetaSnapshot {
  const problems: string[] = [];
  const meta: BoardMeta = { schemaVersion: null, title: '', companies: [] };
  let map: Y.Map<unknown>;
  try {
    map = metaMap(doc);
  } catch (error) {
    return { meta, problems: [`meta: ${error instanceof Error ? error.message : 'unreadable'}`] };
  }

  const version = map.get('schemaVersion');
  if (isSchemaVersion(version)) meta.schemaVersion = version;
  else
    problems.push(version === undefined ? 'schemaVersion: missing' : 'schemaVersion: not a positive integer');

  const title = map.get('title');
  if (typeof title === 'string' && title.length <= MAX_TITLE_LENGTH) meta.title = title;
  else if (title !== undefined)
    problems.push(`title: not a string of at most ${MAX_TITLE_LENGTH} characters`);

  const companies = map.get('companies');
  if (companies instanceof Y.Array) {
    const seen = new Set<string>();
    companies.toArray().forEach((entry: unknown, i) => {
      const company = parseCompany(entry);
      if (company === null) problems.push(`companies[${i}]: not a {key, name, color} company`);
      else if (seen.has(company.key)) problems.push(`companies[${i}]: duplicate key ${company.key}`);
      else {
        seen.add(company.key);
        meta.companies.push(company);
      }
    });
  } else if (companies !== undefined) problems.push('companies: not a Y.Array');
  return { meta, problems };
}
