// The create-board form as plain data, its validation and the request it turns into.
// Pure: no DOM, no React (unit-tested in Node).
import {
  COMPANY_PALETTE,
  isHexColor,
  MAX_COMPANIES,
  MAX_COMPANY_NAME,
  MAX_TITLE_LENGTH,
  MIN_COMPANIES,
  type Locale,
} from '@kyoso/shared';
import type { CreateBoardRequest } from '../api';
import type { MessageKey, MessageVars } from '../i18n/messages';

/** The server's limit, shared so the form refuses exactly what the server would. */
export const MAX_TITLE = MAX_TITLE_LENGTH;

export interface CompanyDraft {
  /** Local row id (React key, label wiring); never sent to the server. */
  rowId: string;
  name: string;
  color: string;
}

export interface BoardDraft {
  title: string;
  companies: CompanyDraft[];
  template: string;
  locale: Locale;
}

export interface FieldError {
  key: MessageKey;
  vars?: MessageVars;
}

export interface CompanyErrors {
  name?: FieldError;
  color?: FieldError;
}

export interface DraftErrors {
  title?: FieldError;
  companies?: FieldError;
  template?: FieldError;
  /** By `rowId`. */
  company: Record<string, CompanyErrors>;
}

let rowCounter = 0;
export const newRowId = (): string => `company-row-${++rowCounter}`;

/** The first palette colour no company uses yet (the palette wraps if all are taken). */
export function nextColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  const free = COMPANY_PALETTE.find((c) => !taken.has(c.toLowerCase()));
  return free ?? COMPANY_PALETTE[used.length % COMPANY_PALETTE.length] ?? COMPANY_PALETTE[0]!;
}

export function emptyDraft(locale: Locale, template = 'blank'): BoardDraft {
  const companies: CompanyDraft[] = [];
  for (let i = 0; i < MIN_COMPANIES; i++) {
    companies.push({ rowId: newRowId(), name: '', color: nextColor(companies.map((c) => c.color)) });
  }
  return { title: '', companies, template, locale };
}

export function canAddCompany(draft: BoardDraft): boolean {
  return draft.companies.length < MAX_COMPANIES;
}
export function canRemoveCompany(draft: BoardDraft): boolean {
  return draft.companies.length > MIN_COMPANIES;
}

export function addCompany(draft: BoardDraft): BoardDraft {
  if (!canAddCompany(draft)) return draft;
  const row: CompanyDraft = {
    rowId: newRowId(),
    name: '',
    color: nextColor(draft.companies.map((c) => c.color)),
  };
  return { ...draft, companies: [...draft.companies, row] };
}

export function removeCompany(draft: BoardDraft, rowId: string): BoardDraft {
  if (!canRemoveCompany(draft)) return draft;
  return { ...draft, companies: draft.companies.filter((c) => c.rowId !== rowId) };
}

/** Length as people count it: code points, so an emoji or a rare kanji counts once. */
const displayLength = (text: string): number => [...text].length;

/** Names that differ only by width, case or surrounding space are the same company (Ｓｏｎｙ = sony). */
const nameIdentity = (name: string): string => name.normalize('NFKC').trim().toLowerCase();

export function validateDraft(draft: BoardDraft, knownTemplates?: readonly string[]): DraftErrors {
  const errors: DraftErrors = { company: {} };

  const title = draft.title.trim();
  if (!title) errors.title = { key: 'error.title.required' };
  else if (displayLength(title) > MAX_TITLE)
    errors.title = { key: 'error.title.tooLong', vars: { max: MAX_TITLE } };

  if (draft.companies.length < MIN_COMPANIES) {
    errors.companies = { key: 'error.companies.tooFew', vars: { min: MIN_COMPANIES } };
  } else if (draft.companies.length > MAX_COMPANIES) {
    errors.companies = { key: 'error.companies.tooMany', vars: { max: MAX_COMPANIES } };
  }

  const seenNames = new Set<string>();
  const seenColors = new Set<string>();
  for (const company of draft.companies) {
    const rowErrors: CompanyErrors = {};
    const name = company.name.trim();
    const identity = nameIdentity(name);
    if (!name) rowErrors.name = { key: 'error.company.nameRequired' };
    else if (displayLength(name) > MAX_COMPANY_NAME)
      rowErrors.name = { key: 'error.company.nameTooLong', vars: { max: MAX_COMPANY_NAME } };
    else if (seenNames.has(identity)) rowErrors.name = { key: 'error.company.nameDuplicate' };
    if (name) seenNames.add(identity);

    const color = company.color.toLowerCase();
    if (!isHexColor(company.color)) rowErrors.color = { key: 'error.company.colorInvalid' };
    else if (seenColors.has(color)) rowErrors.color = { key: 'error.company.colorDuplicate' };
    seenColors.add(color);

    if (rowErrors.name || rowErrors.color) errors.company[company.rowId] = rowErrors;
  }

  if (
    knownTemplates &&
    knownTemplates.length > 0 &&
    draft.template &&
    !knownTemplates.includes(draft.template)
  ) {
    errors.template = { key: 'error.template.unknown' };
  }
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return Boolean(
    errors.title || errors.companies || errors.template || Object.keys(errors.company).length > 0,
  );
}

/** The body of `POST /api/boards` for a valid draft (names and title trimmed, colours lower-case). */
export function toCreateRequest(draft: BoardDraft): CreateBoardRequest {
  const request: CreateBoardRequest = {
    title: draft.title.trim(),
    locale: draft.locale,
    companies: draft.companies.map((c) => ({ name: c.name.trim(), color: c.color.toLowerCase() })),
  };
  if (draft.template) request.template = draft.template;
  return request;
}
