// Who may create, change and delete which shape on the shared canvas (docs/SCHEMA.md, "Who may
// change what"). The server checks every update against these rules before it is applied, and the
// editor asks the same functions before it offers an edit, so an honest user never meets a
// refusal. Pure: the caller supplies the locks and the synergy links from its own copy of the board.
import type { CompanyKey, ShapeId } from '../ids.js';
import type { Principal } from '../roles.js';
import type { Shape } from '../model/shape.js';
import type { Locks } from '../workshop/control.js';
import { isShapeLocked } from '../workshop/locks.js';

/** Why a write is refused; the client turns each into a sentence in the reader's language. */
export type RefusalCode =
  | 'read-only'
  | 'other-company'
  | 'assign-other-company'
  | 'unknown-company'
  | 'synergy-other-companies'
  | 'template-area'
  | 'locked'
  | 'meta'
  | 'root'
  | 'malformed'
  | 'unknown-field'
  | 'client-id'
  | 'after-refusal';

export interface RightsRefusal {
  code: RefusalCode;
  /** The shape concerned, when there is one. */
  shape?: ShapeId;
  /** What was refused, in English (sent to the writer with the code). */
  message: string;
}

export interface RightsContext {
  /** The companies on the board (from the board record on the server). */
  companies: readonly CompanyKey[];
  /** The facilitator's locks (`control`). */
  locks: Locks;
  /** The companies of the cards a synergy card links (null for a linked card of no company). */
  synergyLinks(id: ShapeId): readonly (CompanyKey | null)[];
}

const refuse = (code: RefusalCode, shape: ShapeId | undefined, message: string): RightsRefusal => ({
  code,
  ...(shape ? { shape } : {}),
  message,
});

const isTemplateArea = (shape: Shape): boolean =>
  shape.type === 'frame' && (shape.areaKind !== undefined || shape.areaCompany !== undefined);

const companyOf = (shape: Shape): CompanyKey | null => (shape.type === 'sticky' ? shape.company : null);

/**
 * Whether `who` may change or delete `shape` as it is now: the rule behind every edit, move and
 * delete. Null when allowed, else why not.
 */
export function whyNotEditable(who: Principal, shape: Shape, context: RightsContext): RightsRefusal | null {
  if (who.role === 'observer') return refuse('read-only', shape.id, 'observers cannot change the board');
  if (who.role === 'facilitator') return null;
  if (isShapeLocked(shape, context.locks))
    return refuse('locked', shape.id, `shape ${shape.id} is locked by the facilitator`);
  const company = companyOf(shape);
  if (company !== null && company !== who.company)
    return refuse('other-company', shape.id, `card ${shape.id} belongs to company ${company}`);
  if (isTemplateArea(shape))
    return refuse(
      'template-area',
      shape.id,
      `shape ${shape.id} is a template area, which only the facilitator changes`,
    );
  if (shape.type === 'sticky' && shape.kind === 'synergy') {
    const linked = context.synergyLinks(shape.id).filter((key): key is CompanyKey => key !== null);
    if (linked.length > 0 && !linked.includes(who.company))
      return refuse(
        'synergy-other-companies',
        shape.id,
        `synergy point ${shape.id} links only other companies' cards`,
      );
  }
  return null;
}

/** Whether `who` may leave `shape` on the board as it is (after a create or a change). */
function whyNotAllowedResult(who: Principal, shape: Shape, context: RightsContext): RightsRefusal | null {
  const company = companyOf(shape);
  if (company !== null && !context.companies.includes(company))
    return refuse('unknown-company', shape.id, `company ${company} is not on this board`);
  if (who.role !== 'member') return null;
  if (company !== null && company !== who.company)
    return refuse(
      'assign-other-company',
      shape.id,
      `card ${shape.id} cannot be given to company ${company}: members make cards for their own company`,
    );
  if (isTemplateArea(shape))
    return refuse('template-area', shape.id, `template areas are made by the facilitator`);
  return null;
}

export function mayCreate(who: Principal, shape: Shape, context: RightsContext): RightsRefusal | null {
  if (who.role === 'observer') return refuse('read-only', shape.id, 'observers cannot change the board');
  return whyNotAllowedResult(who, shape, context);
}

export function mayChange(
  who: Principal,
  before: Shape,
  after: Shape,
  context: RightsContext,
): RightsRefusal | null {
  return whyNotEditable(who, before, context) ?? whyNotAllowedResult(who, after, context);
}

export function mayDelete(who: Principal, before: Shape, context: RightsContext): RightsRefusal | null {
  return whyNotEditable(who, before, context);
}
