// Validation of `POST /api/boards` bodies: every problem is named, nothing is guessed.
import {
  COMPANY_PALETTE,
  LOCALES,
  MAX_COMPANIES,
  MAX_COMPANY_NAME,
  MAX_TITLE_LENGTH,
  MIN_COMPANIES,
  findTemplate,
  isHexColor,
  type Locale,
} from '@kyoso/shared';
import { HttpError } from './http-error.js';
import { cleanText, isObject } from './json-fields.js';

export interface CreateBoardInput {
  title: string;
  template: string;
  locale: Locale;
  companies: { name: string; color: string }[];
}

export function parseCreateBoard(body: unknown): CreateBoardInput {
  if (!isObject(body)) throw new HttpError(400, 'body must be a JSON object');
  const title = cleanText(body.title, 'title', MAX_TITLE_LENGTH);

  let template = 'blank';
  if (body.template !== undefined && body.template !== null) {
    if (typeof body.template !== 'string' || !findTemplate(body.template)) {
      throw new HttpError(400, `template must be one of the ids listed by GET /api/templates`);
    }
    template = body.template;
  }

  let locale: Locale = 'ja';
  if (body.locale !== undefined) {
    if (!LOCALES.includes(body.locale as Locale))
      throw new HttpError(400, `locale must be one of: ${LOCALES.join(', ')}`);
    locale = body.locale as Locale;
  }

  const companies = body.companies;
  if (!Array.isArray(companies)) throw new HttpError(400, 'companies must be an array');
  if (companies.length < MIN_COMPANIES || companies.length > MAX_COMPANIES) {
    throw new HttpError(400, `companies must list ${MIN_COMPANIES} to ${MAX_COMPANIES} companies`);
  }
  const seen = new Set<string>();
  const parsed = companies.map((company: unknown, i) => {
    if (!isObject(company)) throw new HttpError(400, `companies[${i}] must be an object`);
    const name = cleanText(company.name, `companies[${i}].name`, MAX_COMPANY_NAME);
    const folded = name.toLocaleLowerCase();
    if (seen.has(folded)) throw new HttpError(400, `companies[${i}].name repeats "${name}"`);
    seen.add(folded);
    let color = COMPANY_PALETTE[i % COMPANY_PALETTE.length]!;
    if (company.color !== undefined && company.color !== null) {
      if (!isHexColor(company.color))
        throw new HttpError(400, `companies[${i}].color must look like #rrggbb`);
      color = company.color.toLowerCase();
    }
    return { name, color };
  });
  return { title, template, locale, companies: parsed };
}
