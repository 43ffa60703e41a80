import { describe, expect, it } from 'vitest';
import { validationMessage, type SchemaProblem } from './validation-message.js';

const problem = (keyword: string, instancePath: string, params = {}, parentSchema = {}): SchemaProblem => ({
  keyword,
  instancePath,
  params,
  parentSchema,
});

describe('validationMessage', () => {
  it('names the field by its path as a client writes it', () => {
    expect(validationMessage([problem('minLength', '/companies/1/name', { limit: 1 })], 'body')).toBe(
      'companies[1].name must not be empty',
    );
    expect(validationMessage([problem('required', '', { missingProperty: 'title' })], 'body')).toBe(
      'title is required',
    );
    expect(validationMessage([problem('type', '', { type: 'object' })], 'body')).toBe(
      'body must be a JSON object',
    );
    expect(
      validationMessage(
        [problem('maxItems', '/companies', { limit: 8 }, { minItems: 2, maxItems: 8 })],
        'body',
      ),
    ).toBe('companies must list 2 to 8');
  });

  it("uses a schema's own message, by keyword where it gives one per keyword", () => {
    const color = { 'x-error': { pattern: 'must look like #rrggbb' } };
    expect(validationMessage([problem('pattern', '/color', {}, color)], 'body')).toBe(
      'color must look like #rrggbb',
    );
    expect(validationMessage([problem('maxLength', '/color', { limit: 7 }, color)], 'body')).toBe(
      'color must be at most 7 characters',
    );
  });

  it("prefers a union's message to its first branch's, but a matched branch's own complaint to both", () => {
    const union = problem('anyOf', '/cards', {}, { 'x-error': 'must be "all" or a list of ids' });
    const notAll = problem('const', '/cards', { allowedValue: 'all' });
    expect(validationMessage([notAll, union], 'body')).toBe('cards must be "all" or a list of ids');
    const badId = problem('pattern', '/cards/0', {}, { 'x-error': 'must be a shape id' });
    expect(validationMessage([notAll, badId, union], 'body')).toBe('cards[0] must be a shape id');
  });
});
