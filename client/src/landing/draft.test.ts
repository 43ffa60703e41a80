import { COMPANY_PALETTE, MAX_COMPANIES, MAX_COMPANY_NAME, MIN_COMPANIES } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import {
  addCompany,
  emptyDraft,
  hasErrors,
  MAX_TITLE,
  nextColor,
  removeCompany,
  toCreateRequest,
  validateDraft,
  type BoardDraft,
} from './draft';

function filled(names: string[], title = 'トヨタ × パナソニック'): BoardDraft {
  let draft = emptyDraft('ja');
  while (draft.companies.length < names.length) draft = addCompany(draft);
  return { ...draft, title, companies: draft.companies.map((c, i) => ({ ...c, name: names[i] ?? '' })) };
}

describe('a new draft', () => {
  it('starts with the minimum number of companies in distinct palette colours', () => {
    const draft = emptyDraft('en');
    expect(draft.companies).toHaveLength(MIN_COMPANIES);
    expect(draft.companies.map((c) => c.color)).toEqual(COMPANY_PALETTE.slice(0, MIN_COMPANIES));
    expect(draft.locale).toBe('en');
    expect(draft.template).toBe('blank');
  });

  it('is invalid until the title and the company names are filled in', () => {
    const errors = validateDraft(emptyDraft('ja'));
    expect(errors.title?.key).toBe('error.title.required');
    expect(Object.values(errors.company).map((e) => e.name?.key)).toEqual([
      'error.company.nameRequired',
      'error.company.nameRequired',
    ]);
    expect(hasErrors(errors)).toBe(true);
  });
});

describe('adding and removing companies', () => {
  it('stops at the maximum and gives each new company an unused colour', () => {
    let draft = emptyDraft('ja');
    for (let i = 0; i < 20; i++) draft = addCompany(draft);
    expect(draft.companies).toHaveLength(MAX_COMPANIES);
    expect(new Set(draft.companies.map((c) => c.color)).size).toBe(MAX_COMPANIES);
  });

  it('never goes below the minimum', () => {
    const draft = emptyDraft('ja');
    const first = draft.companies[0];
    expect(first).toBeDefined();
    expect(removeCompany(draft, first?.rowId ?? '')).toBe(draft);
  });

  it('removes the chosen row', () => {
    const draft = addCompany(emptyDraft('ja'));
    const middle = draft.companies[1];
    const after = removeCompany(draft, middle?.rowId ?? '');
    expect(after.companies.map((c) => c.rowId)).not.toContain(middle?.rowId);
    expect(after.companies).toHaveLength(2);
  });

  it('reuses a colour freed by a removed company', () => {
    expect(nextColor([COMPANY_PALETTE[0] ?? '', COMPANY_PALETTE[2] ?? ''])).toBe(COMPANY_PALETTE[1]);
    expect(nextColor([...COMPANY_PALETTE].map((c) => c.toUpperCase()))).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('validation', () => {
  it('accepts a complete draft', () => {
    expect(hasErrors(validateDraft(filled(['トヨタ自動車', 'パナソニック'])))).toBe(false);
  });

  it('treats a title of spaces as missing and limits its length', () => {
    expect(validateDraft(filled(['A', 'B'], '   ')).title?.key).toBe('error.title.required');
    expect(validateDraft(filled(['A', 'B'], 'x'.repeat(MAX_TITLE + 1))).title).toEqual({
      key: 'error.title.tooLong',
      vars: { max: MAX_TITLE },
    });
    // Counted in characters as people see them, not UTF-16 units.
    expect(validateDraft(filled(['A', 'B'], '𠮷'.repeat(MAX_TITLE))).title).toBeUndefined();
  });

  it('limits company names', () => {
    const draft = filled(['A', 'あ'.repeat(MAX_COMPANY_NAME + 1)]);
    const second = draft.companies[1]?.rowId ?? '';
    expect(validateDraft(draft).company[second]?.name?.key).toBe('error.company.nameTooLong');
  });

  it('flags the second of two companies whose names differ only by width, case or spaces', () => {
    const draft = filled(['Sony', ' ｓｏｎｙ ']);
    const [first, second] = draft.companies;
    const errors = validateDraft(draft);
    expect(errors.company[first?.rowId ?? '']).toBeUndefined();
    expect(errors.company[second?.rowId ?? '']?.name?.key).toBe('error.company.nameDuplicate');
  });

  it('rejects a malformed or repeated colour', () => {
    const draft = filled(['A', 'B', 'C']);
    draft.companies[1] = { ...draft.companies[1]!, color: 'red' };
    draft.companies[2] = { ...draft.companies[2]!, color: draft.companies[0]!.color.toUpperCase() };
    const errors = validateDraft(draft);
    expect(errors.company[draft.companies[1]!.rowId]?.color?.key).toBe('error.company.colorInvalid');
    expect(errors.company[draft.companies[2]!.rowId]?.color?.key).toBe('error.company.colorDuplicate');
  });

  it('checks the company count', () => {
    const one = filled(['A']);
    one.companies = one.companies.slice(0, 1);
    expect(validateDraft(one).companies?.key).toBe('error.companies.tooFew');
    let many = filled(['A', 'B']);
    for (let i = 0; i < MAX_COMPANIES; i++) many = addCompany(many);
    many.companies = [...many.companies, { rowId: 'extra', name: 'X', color: '#000000' }];
    expect(validateDraft(many).companies?.key).toBe('error.companies.tooMany');
  });

  it('rejects a template the server does not offer', () => {
    const draft = { ...filled(['A', 'B']), template: 'gone' };
    expect(validateDraft(draft, ['blank']).template?.key).toBe('error.template.unknown');
    expect(validateDraft(draft).template).toBeUndefined();
  });
});

describe('the request body', () => {
  it('is trimmed, has lower-case colours and no local row ids', () => {
    const draft = filled(['  Acme  ', 'Globex']);
    draft.companies[0] = { ...draft.companies[0]!, color: '#ABCDEF' };
    expect(toCreateRequest({ ...draft, title: '  Workshop ', locale: 'en' })).toEqual({
      title: 'Workshop',
      template: 'blank',
      locale: 'en',
      companies: [
        { name: 'Acme', color: '#abcdef' },
        { name: 'Globex', color: draft.companies[1]!.color },
      ],
    });
  });
});
