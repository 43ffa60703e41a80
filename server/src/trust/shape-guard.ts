// The per-object check of a shape document (`content`, and a company's private drafts): the
// shapes a client update touches are read before and after it with the model's readers, and the
// update is accepted only if each of them still reads cleanly and the writer may make that change
// (docs/SCHEMA.md, "Who may change what"). "After" comes straight from the update when it only
// sets plain fields and types into texts (plain-writes.ts: drags, resizes, typing), else from
// trying it on a shadow copy. A refused update is dropped whole: nothing of it is applied, stored
// or forwarded.
import * as Y from 'yjs';
import {
  SHAPE_KEYS,
  SHAPES_ROOT,
  PLAN_KEYS,
  SYNERGY_KEYS,
  WHOLE_SHAPE,
  readShape,
  readShapeFrom,
  readPlanFields,
  readSynergyFields,
  shapesMap,
  touchedShapes,
  type Principal,
  type RightsRefusal,
  type Shape,
  type ShapeFields,
  type ShapeId,
  type ShapeReadResult,
} from '@kyoso/shared';
import type { DecodedUpdate } from '../sync/update-guard.js';
import type { ClientIdOwners } from './client-ids.js';
import { plainWrites, type PlainWrites } from './plain-writes.js';
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
  /** The last update checked: whether it was tried on the shadow, and the changes to read again once applied. */
  private last: { tried: boolean; changes: readonly ShapeChange[] } = { tried: false, changes: [] };

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
    const plain = plainWrites(this.doc, decoded);
    const verdict = plain
      ? this.judgePlain(writer.principal, plain)
      : this.judgeOnShadow(writer.principal, update);
    if (!verdict.ok) return verdict;
    this.options.owners.claim(owner, ids.claims);
    // A shape whose text the update types into is read again once applied; set fields already
    // read as they will be.
    const retyped = plain ? verdict.changes.filter((change) => plain.texts.has(change.id)) : [];
    this.last = { tried: plain === null, changes: retyped };
    return verdict;
  }

  /**
   * The real document applies the accepted update. Shapes whose text was judged from the update
   * alone are read again once it is in (the activity record names a card by its text).
   */
  commit(apply: () => void): void {
    const { tried, changes } = this.last;
    this.last = { tried: false, changes: [] };
    this.shadow.commit(apply, tried);
    for (const change of changes as ShapeChange[]) {
      const result = readShape(change.id, shapesMap(this.doc).get(change.id));
      if (result.ok) change.after = result.shape;
    }
  }

  /** Every shape the plain writes touch, read as they leave it. */
  private judgePlain(who: Principal, plain: PlainWrites): GuardVerdict {
    const changes: ShapeChange[] = [];
    for (const id of new Set([...plain.fields.keys(), ...plain.texts])) {
      const map = shapesMap(this.doc).get(id) as Y.Map<unknown>;
      const set = plain.fields.get(id) ?? new Map<string, unknown>();
      const overlay: ShapeFields = {
        get: (key) => (set.has(key) ? set.get(key) : map.get(key)),
        has: (key) => set.has(key) || map.has(key),
      };
      const fields = new Set(set.keys());
      if (plain.texts.has(id)) fields.add('text');
      const judged = this.judgeShape(who, id, fields, readShape(id, map), {
        result: readShapeFrom(id, overlay),
        map: overlay,
      });
      if (judged === null) continue;
      if ('code' in judged) return { ok: false, refusal: judged };
      changes.push(judged);
    }
    return { ok: true, changes };
  }

  /** Tries the update on the shadow copy and judges the shapes its transaction touched. */
  private judgeOnShadow(who: Principal, update: Uint8Array): GuardVerdict {
    let tried: ReturnType<ShadowDoc['tryOn']>;
    try {
      tried = this.shadow.tryOn(update);
    } catch {
      this.shadow.reset();
      return { ok: false, refusal: refusal('malformed', 'the update could not be applied') };
    }
    const verdict = tried.transaction
      ? this.judge(who, tried.doc, tried.transaction)
      : ({ ok: true, changes: [] } as GuardVerdict);
    if (!verdict.ok) this.shadow.reset();
    return verdict;
  }

  private judge(who: Principal, after: Y.Doc, transaction: Y.Transaction): GuardVerdict {
    const touched = touchedShapes(transaction);
    for (const root of touched.otherRoots) return { ok: false, refusal: rootRefusal(root) };
    if (touched.odd.length > 0)
      return { ok: false, refusal: refusal('malformed', `the board has no place for ${touched.odd[0]}`) };
    const changes: ShapeChange[] = [];
    for (const [id, fields] of touched.shapes) {
      const beforeValue = shapesMap(this.doc).get(id);
      const afterValue = shapesMap(after).get(id);
      const judged = this.judgeShape(
        who,
        id,
        fields,
        beforeValue === undefined ? null : readShape(id, beforeValue),
        afterValue === undefined
          ? null
          : { result: readShape(id, afterValue), map: afterValue as Y.Map<unknown> },
      );
      if (judged === null) continue;
      if ('code' in judged) return { ok: false, refusal: judged };
      changes.push(judged);
    }
    return { ok: true, changes };
  }

  /** One shape as read before the update (null: absent) and after it (with the fields it read from). */
  private judgeShape(
    who: Principal,
    id: string,
    fields: ReadonlySet<string>,
    before: ShapeReadResult | null,
    read: { result: ShapeReadResult; map: ShapeFields | Y.Map<unknown> } | null,
  ): ShapeChange | RightsRefusal | null {
    const after = read?.result ?? null;
    if (before === null && after === null) return null;
    const shapeId = id as ShapeId;
    if (after !== null) {
      if (!after.ok)
        return refusal('malformed', `shape ${id} would not read: ${after.problem.reason}`, shapeId);
      const problem = this.cleanliness(after, read!.map, fields, before);
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
    map: ShapeFields | Y.Map<unknown>,
    fields: ReadonlySet<string>,
    before: ShapeReadResult | null,
  ): { code: RightsRefusal['code']; message: string } | null {
    const allowed = SHAPE_KEYS[after.shape.type];
    // A whole new (or replaced) shape is read from the shadow copy, where its map is a Y.Map.
    const written = fields.has(WHOLE_SHAPE) && map instanceof Y.Map ? [...map.keys()] : [...fields];
    const unknown = written.find((key) => !allowed.has(key));
    if (unknown !== undefined)
      return { code: 'unknown-field', message: `${after.shape.type} has no field ${unknown.slice(0, 40)}` };
    if (written.includes('text') && !holdsOnlyCharacters(map.get('text')))
      return { code: 'malformed', message: 'text may hold only characters' };
    const repairs = [...after.repairs];
    if (after.shape.type === 'sticky' && written.some((key) => SYNERGY_KEYS.includes(key)))
      readSynergyFields(map, repairs);
    if (after.shape.type === 'sticky' && written.some((key) => PLAN_KEYS.includes(key)))
      readPlanFields(map, repairs);
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
