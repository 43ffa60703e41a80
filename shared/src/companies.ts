import type { CompanyKey } from './ids.js';

export interface Company {
  key: CompanyKey;
  name: string;
  color: string;
}

export const MIN_COMPANIES = 2;
export const MAX_COMPANIES = 8;
export const MAX_COMPANY_NAME = 80;

/** Distinct, equally weighted colours: no company looks more important than another. */
export const COMPANY_PALETTE: readonly string[] = [
  '#2f6fde',
  '#e0572b',
  '#1f9d6a',
  '#9b4dca',
  '#d4a017',
  '#d6336c',
  '#1098ad',
  '#6b7a1f',
];

export const isHexColor = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value);

/**
 * The name the board gives a company: its key when the board no longer lists it (a record made
 * before the company was renamed away), '' for no company.
 */
export function companyName(companies: readonly Company[], key: string | null | undefined): string {
  if (key === null || key === undefined) return '';
  return companies.find((company) => company.key === key)?.name ?? key;
}
