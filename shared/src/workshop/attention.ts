// Guiding attention through `control`: a summon (everyone's view jumps to the facilitator's),
// "follow me" (everyone's view follows a leader's presence while it is on), and cursors hidden
// for everyone (during a vote or quiet work, nobody's pointer pulls the others along).
import type * as Y from 'yjs';
import { isCoordinate, isSize } from '../model/shapes/fields.js';
import { controlMap } from './control-roots.js';

export interface ViewRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Summon {
  /** Increases with every summon: clients act on a seq they have not seen. */
  seq: number;
  view: ViewRect;
  by: string;
  at: number;
}

export interface FollowMe {
  /** The leader's awareness client id on the content channel. */
  leader: number;
  name: string;
  since: number;
}

const MAX_NAME = 80;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isName = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_NAME;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function parseViewRect(value: unknown): ViewRect | null {
  if (!isRecord(value)) return null;
  const { x, y, w, h } = value;
  return isCoordinate(x) && isCoordinate(y) && isSize(w) && isSize(h) ? { x, y, w, h } : null;
}

export function parseAttention(
  summonValue: unknown,
  followValue: unknown,
): { summon: Summon | null; followMe: FollowMe | null } {
  let summon: Summon | null = null;
  if (isRecord(summonValue)) {
    const view = parseViewRect(summonValue.view);
    const { seq, by, at } = summonValue;
    if (view && isCount(seq) && isName(by) && isTime(at)) summon = { seq, view, by, at };
  }
  let followMe: FollowMe | null = null;
  if (isRecord(followValue)) {
    const { leader, name, since } = followValue;
    if (isCount(leader) && isName(name) && isTime(since)) followMe = { leader, name, since };
  }
  return { summon, followMe };
}

/** Brings everyone to `view`. */
export function summonTo(
  doc: Y.Doc,
  args: { view: ViewRect; by: string; now: number },
  origin: unknown,
): void {
  const view = parseViewRect(args.view);
  if (!view) throw new RangeError('summon needs a view rectangle in world coordinates');
  if (typeof args.by !== 'string' || !isTime(args.now))
    throw new RangeError('summon needs a name and a finite time');
  const control = controlMap(doc);
  const previous = parseAttention(control.get('summon'), null).summon;
  doc.transact(() => {
    control.set('summon', {
      seq: (previous?.seq ?? 0) + 1,
      view,
      by: args.by.slice(0, MAX_NAME),
      at: args.now,
    });
  }, origin);
}

/** Starts "follow me" with `leader` (an awareness client id), or stops it with null. */
export function setFollowMe(
  doc: Y.Doc,
  args: { leader: number; name: string; now: number } | null,
  origin: unknown,
): void {
  if (args !== null && (!isCount(args.leader) || typeof args.name !== 'string' || !isTime(args.now)))
    throw new RangeError('follow me needs an awareness client id, a name and a finite time');
  doc.transact(() => {
    if (args === null) controlMap(doc).delete('followMe');
    else
      controlMap(doc).set('followMe', {
        leader: args.leader,
        name: args.name.slice(0, MAX_NAME),
        since: args.now,
      });
  }, origin);
}

/**
 * Starts an anonymous phase (`true`): while it lasts no page shows who made or changed a card, nor
 * whose cursor is whose, and the server sends no names for them (it keeps them, and shows them
 * again when the facilitator ends it with `false`).
 */
export function setAnonymous(doc: Y.Doc, anonymous: boolean, origin: unknown): void {
  if (typeof anonymous !== 'boolean') throw new RangeError('a phase is anonymous or not: true or false');
  doc.transact(() => {
    if (anonymous) controlMap(doc).set('anonymous', true);
    else controlMap(doc).delete('anonymous');
  }, origin);
}

/** Hides everyone's cursors from the members and observers (`true`), or shows them again. */
export function setCursorsHidden(doc: Y.Doc, hidden: boolean, origin: unknown): void {
  if (typeof hidden !== 'boolean') throw new RangeError('cursors are hidden or not: true or false');
  doc.transact(() => {
    if (hidden) controlMap(doc).set('hideCursors', true);
    else controlMap(doc).delete('hideCursors');
  }, origin);
}
