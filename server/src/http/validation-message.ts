// The one sentence a refused request is told: the first problem the schema validator found, named
// by the field's path as a client writes it (`companies[1].name must not be empty`).

/** What the validator reports of one problem (Ajv's error object, the parts read here). */
export interface SchemaProblem {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
  /**
   * With the validator's `verbose` on: the schema that refused it. Its `x-error` is the message,
   * for every problem or (an object) by keyword.
   */
  parentSchema?: Record<string, unknown>;
}

/** The keyword a schema uses for its own message where a pattern or a union would say too little. */
export const ERROR_KEYWORD = 'x-error';

const ARTICLE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** `/companies/0/name` → `companies[0].name`. */
function fieldOf(instancePath: string, context: string): string {
  if (instancePath === '') return context === 'querystring' ? 'the query' : context;
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function describe(problem: SchemaProblem, field: string): string {
  const { params } = problem;
  const custom = problem.parentSchema?.[ERROR_KEYWORD] as string | Record<string, string> | undefined;
  const own = typeof custom === 'string' ? custom : custom?.[problem.keyword];
  if (own) return `${field} ${own}`;
  switch (problem.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return `${field === 'body' || field === 'the query' ? missing : `${field}.${missing}`} is required`;
    }
    case 'type':
      if (field === 'body' && params.type === 'object') return 'body must be a JSON object';
      return `${field} must be ${String(params.type)
        .split(',')
        .map((type) => ARTICLE[type] ?? type)
        .join(' or ')}`;
    case 'minLength':
      return params.limit === 1
        ? `${field} must not be empty`
        : `${field} must be at least ${String(params.limit)} characters`;
    case 'maxLength':
      return `${field} must be at most ${String(params.limit)} characters`;
    case 'minItems':
    case 'maxItems': {
      const { minItems, maxItems } = problem.parentSchema ?? {};
      if (typeof minItems === 'number' && typeof maxItems === 'number')
        return `${field} must list ${minItems} to ${maxItems}`;
      return `${field} must list ${problem.keyword === 'minItems' ? 'at least' : 'at most'} ${String(params.limit)}`;
    }
    case 'minimum':
      return `${field} must be at least ${String(params.limit)}`;
    case 'maximum':
      return `${field} must be at most ${String(params.limit)}`;
    case 'enum':
      return `${field} must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${field} must be ${JSON.stringify(params.allowedValue)}`;
    case 'additionalProperties':
      return `${field} has an unknown field ${JSON.stringify(params.additionalProperty)}`;
    default:
      return `${field} ${problem.message ?? 'is not valid'}`;
  }
}

const ownMessage = (problem: SchemaProblem) => problem.parentSchema?.[ERROR_KEYWORD] !== undefined;

/** Problems that only say a value took another branch of a union (its kind, type or form). */
const BRANCH_MISMATCH = new Set(['const', 'type', 'required', 'enum', 'anyOf']);

/**
 * A union (with its own message) reports each branch's complaint before its own. A branch whose
 * form matched but whose content did not (a malformed id in a list) says most; otherwise the
 * union's message does, rather than the first branch's "must be \"all\"".
 */
function chooseProblem(problems: readonly SchemaProblem[]): SchemaProblem | undefined {
  const union = problems.find((p) => p.keyword === 'anyOf' && ownMessage(p));
  if (!union) return problems[0];
  const specific = problems.find(
    (p) => p !== union && !BRANCH_MISMATCH.has(p.keyword) && p.instancePath.startsWith(union.instancePath),
  );
  return specific ?? union;
}

export function validationMessage(problems: readonly SchemaProblem[], context: string): string {
  const chosen = chooseProblem(problems);
  if (!chosen) return `${context} is not valid`;
  return describe(chosen, fieldOf(chosen.instancePath, context));
}
