// The per-object check of a shape document (`content`, and a company's private drafts): every
// client update is tried on a shadow copy, the shapes it touched are read before and after with
// the model's readers, and the update is accepted only if each of them still reads cleanly and the
// writer may make that change (docs/SCHEMA.md, "Who may change what"). A refused update is dropped
// whole: nothing of it is applied, stored or forwarded.
import * as Y from 'yjs';
import {
  SHAPE_KEYS,
  SHAPES_ROOT,
  SYNERGY_KEYS,
  WHOLE_SHAPE,
  readShape,
  readSynergyFields,
  shapesMap,
  touchedShapes,
  type Principal,
  type RightsRefusal,
  type Shape,
  type ShapeId,
  type ShapeReadResult,
} from '@kyoso/shared';
import type { DecodedUpdate } from '../sync/update-guard.js';
import type { ClientIdOwners } from './client-ids.js';
import { ShadowDoc } from './shadow-doc.js';
import type { GuardVerdict, ShapeChange, WriteGuard } from './write-guard.js';
import { ownerKey, type Writer } from './writer.js';

/** What a writer may do to one shape (null: allowed). */
export interface ShapeRules {
  create(who: Principal, after: Shape): RightsRefusal | null;
  change(who: Principal, before: Shape, after: Shape): RightsRefusal | null;
  remove(who: Principal, before: Shape): RightsRefusal | null;
}

export interface ShapeGuardOptions {
  owners: ClientIdOwners;
  rules: ShapeRules;
  /** Called once the guard is disposed (releases the rooms it relied on). */
  onDispose?: () => void;
}

const refusal = (code: RightsRefusal['code'], message: string, shape?: ShapeId): RightsRefusal => ({
  code,
  message,
  ...(shape ? { shape } : {}),
});

/** A Y.Text holding anything but characters (embeds, formatting) is not the model's text. */
function holdsOnlyCharacters(value: unknown): boolean {
  if (!(value instanceof Y.Text)) return true;
  for (let item = value._start; item !== null; item = item.right as Y.Item | null) {
    if (!item.deleted && !(item.content instanceof Y.ContentString)) return false;
  }
  return true;
}

const present = (result: ShapeReadResult | null): result is Extract<ShapeReadResult, { ok: true }> =>
  result !== null && result.ok;

export class ShapeGuard implements WriteGuard {
  private readonly shadow: ShadowDoc;

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: ShapeGuardOptions,
  ) {
    this.shadow = new ShadowDoc(doc);
  }

  check(writer: Writer, update: Uint8Array, decoded: DecodedUpdate): GuardVerdict {
    const owner = ownerKey(writer);
    const ids = this.options.owners.check(owner, decoded, this.doc);
    if (!ids.ok) return ids;
    // Cheap before trying anything: a new struct directly under a root other than `shapes` (ones
    // the room already has are resent harmlessly by a page that reloads its offline copy).
    for (const struct of decoded.structs) {
      const parent = struct instanceof Y.Item ? (struct.parent as unknown) : null;
      if (typeof parent !== 'string' || parent === SHAPES_ROOT) continue;
      if (struct.id.clock + struct.length > Y.getState(this.doc.store, struct.id.client))
        return { ok: false, refusal: rootRefusal(parent) };
    }
    let tried: ReturnType<ShadowDoc['tryOn']>;
    try {
      tried = this.shadow.tryOn(update);
    } catch {
      this.shadow.reset();
      return { ok: false, refusal: refusal('malformed', 'the update could not be applied') };
    }
    const verdict = tried.transaction
      ? this.judge(writer.principal, tried.doc, tried.transaction)
      : ({ ok: true, changes: [] } as GuardVerdict);
    if (!verdict.ok) {
      this.shadow.reset();
      return verdict;
    }
    this.options.owners.claim(owner, ids.claims);
    return verdict;
  }

  /** The real document applies the accepted update (the shadow already has it). */
  commit(apply: () => void): void {
    this.shadow.commit(apply);
  }

  private judge(who: Principal, after: Y.Doc, transaction: Y.Transaction): GuardVerdict {
    const touched = touchedShapes(transaction);
    for (const root of touched.otherRoots) return { ok: false, refusal: rootRefusal(root) };
    if (touched.odd.length > 0)
      return { ok: false, refusal: refusal('malformed', `the board has no place for ${touched.odd[0]}`) };
    const changes: ShapeChange[] = [];
    for (const [id, fields] of touched.shapes) {
      const judged = this.judgeShape(who, id, fields, after);
      if (judged === null) continue;
      if ('code' in judged) return { ok: false, refusal: judged };
      changes.push(judged);
    }
    return { ok: true, changes };
  }

  private judgeShape(
    who: Principal,
    id: string,
    fields: ReadonlySet<string>,
    afterDoc: Y.Doc,
  ): ShapeChange | RightsRefusal | null {
    const beforeValue = shapesMap(this.doc).get(id);
    const afterValue = shapesMap(afterDoc).get(id);
    const before = beforeValue === undefined ? null : readShape(id, beforeValue);
    const after = afterValue === undefined ? null : readShape(id, afterValue);
    if (before === null && after === null) return null;
    const shapeId = id as ShapeId;
    if (after !== null) {
      if (!after.ok)
        return refusal('malformed', `shape ${id} would not read: ${after.problem.reason}`, shapeId);
      const problem = this.cleanliness(after, afterValue as Y.Map<unknown>, fields, before);
      if (problem) return refusal(problem.code, `shape ${id}: ${problem.message}`, shapeId);
    }
    if (before !== null && !before.ok && who.role !== 'facilitator')
      return refusal(
        'malformed',
        `shape ${id} is unreadable; only the facilitator can change or remove it`,
        shapeId,
      );
    const rules = this.options.rules;
    const denied =
      !present(before) && present(after)
        ? rules.create(who, after.shape)
        : present(before) && !present(after)
          ? rules.remove(who, before.shape)
          : present(before) && present(after)
            ? rules.change(who, before.shape, after.shape)
            : null;
    if (denied) return denied;
    return {
      id: shapeId,
      before: present(before) ? before.shape : null,
      after: present(after) ? after.shape : null,
      fields,
    };
  }

  /** The shape after the write: no field the model does not know, nothing the readers must repair. */
  private cleanliness(
    after: Extract<ShapeReadResult, { ok: true }>,
    map: Y.Map<unknown>,
    fields: ReadonlySet<string>,
    before: ShapeReadResult | null,
  ): { code: RightsRefusal['code']; message: string } | null {
    const allowed = SHAPE_KEYS[after.shape.type];
    const written = fields.has(WHOLE_SHAPE) ? [...map.keys()] : [...fields];
    const unknown = written.find((key) => !allowed.has(key));
    if (unknown !== undefined)
      return { code: 'unknown-field', message: `${after.shape.type} has no field ${unknown.slice(0, 40)}` };
    if (written.includes('text') && !holdsOnlyCharacters(map.get('text')))
      return { code: 'malformed', message: 'text may hold only characters' };
    const repairs = [...after.repairs];
    if (after.shape.type === 'sticky' && written.some((key) => SYNERGY_KEYS.includes(key)))
      readSynergyFields(map, repairs);
    const known = new Set(before?.ok ? before.repairs : []);
    const fresh = repairs.find((repair) => !known.has(repair));
    return fresh === undefined ? null : { code: 'malformed', message: fresh };
  }

  async beforeCommit(): Promise<void> {
    await this.options.owners.stored();
  }

  dispose(): void {
    this.shadow.destroy();
    this.options.onDispose?.();
  }
}

function rootRefusal(root: string): RightsRefusal {
  return root === 'meta'
    ? refusal(
        'meta',
        'the board title, companies and schema version are the server’s; rename the board through the API',
      )
    : refusal('root', `the board has no root ${JSON.stringify(root.slice(0, 40))}`);
}
