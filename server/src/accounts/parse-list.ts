// An uploaded account list: CSV (UTF-8, a BOM allowed; comma or tab separated) with a company
// name in the first column and an optional domain in the second. A first row that names its
// columns (name, 会社名, 社名, 企業名, company, domain, ドメイン...) is a header and skipped.
import { parse } from 'csv-parse/sync';
import { companyNameKey, isWellFormed, type Account } from '@kyoso/shared';
import { HttpError } from '../http/http-error.js';

/** Most accounts one list holds, and the longest name or domain read. */
export const MAX_ACCOUNTS = 20_000;
const MAX_FIELD = 200;
const HEADER =
  /^(name|names|company|company name|account|accounts|社名|会社名|企業名|顧客名|取引先|取引先名|会社|企業|顧客|名前|domain|ドメイン)$/i;

export function parseAccountList(text: string): Account[] {
  if (!isWellFormed(text)) throw new HttpError(400, 'the list is not valid text');
  const delimiter = text.includes('\t') && !text.includes(',') ? '\t' : ',';
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new HttpError(
      400,
      `the list is not CSV: ${error instanceof Error ? error.message.slice(0, 120) : ''}`,
    );
  }
  if (rows[0] && HEADER.test((rows[0][0] ?? '').normalize('NFKC').trim())) rows = rows.slice(1);
  const accounts: Account[] = [];
  rows.forEach((row, i) => {
    const name = (row[0] ?? '').normalize('NFC').trim();
    const domain = (row[1] ?? '').trim();
    if (name === '' && domain === '') return;
    if (name.length > MAX_FIELD || domain.length > MAX_FIELD)
      throw new HttpError(400, `row ${i + 1}: a name or domain longer than ${MAX_FIELD} characters`);
    if (companyNameKey(name) === '' && domain === '') return;
    accounts.push({ name, domain });
  });
  if (accounts.length === 0) throw new HttpError(400, 'the list holds no company names');
  if (accounts.length > MAX_ACCOUNTS)
    throw new HttpError(400, `a list holds at most ${MAX_ACCOUNTS} accounts (this one ${accounts.length})`);
  return accounts;
}
