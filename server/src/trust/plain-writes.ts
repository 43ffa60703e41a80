// The updates the server can judge without trying them on the shadow copy: ones that only set
// plain fields of shapes the room has (a drag, a resize, a colour) and type into their texts. For
// those, how each shape reads afterwards follows from the update and the document alone: a field
// set whose left neighbour is the field's current value, with nothing to its right, becomes the
// new value (that is where Yjs puts it), and characters typed into a shape's text leave it a text.
// Anything else (new or deleted shapes, nested maps, two writes to one field, formatting) is left
// to the shadow copy, which decides with Yjs itself.
import * as Y from 'yjs';
import { shapesMap, type ShapeId } from '@kyoso/shared';
import type { DecodedUpdate } from '../sync/update-guard.js';

export interface PlainWrites {
  /** Shape id → the fields the update sets, with their new values. */
  fields: Map<ShapeId, Map<string, unknown>>;
  /** Shapes whose text the update edits (characters inserted or deleted). */
  texts: Set<ShapeId>;
}

type Struct = DecodedUpdate['structs'][number];
type AnyType = Y.AbstractType<Y.YEvent<never>>;

/** Where an item of the update goes: its parent type and map key, as Yjs will work it out. */
interface Place {
  parent: AnyType;
  key: string | null;
}

/** The shape (a map right under root `shapes`) that `type` is, or whose text it is. */
function shapeOf(root: Y.Map<unknown>, type: AnyType): { id: ShapeId; text: boolean } | null {
  const item = type._item;
  if (!item || item.deleted) return null;
  if (item.parent === root && item.parentSub !== null && type instanceof Y.Map)
    return { id: item.parentSub as ShapeId, text: false };
  const owner = item.parent as AnyType;
  const ownerItem = owner._item;
  if (
    item.parentSub === 'text' &&
    type instanceof Y.Text &&
    !(type instanceof Y.XmlText) &&
    owner instanceof Y.Map &&
    ownerItem &&
    !ownerItem.deleted &&
    ownerItem.parent === root &&
    ownerItem.parentSub !== null
  )
    return { id: ownerItem.parentSub as ShapeId, text: true };
  return null;
}

const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;

/** Larger updates (a paste, a restore, offline work) go to the shadow copy. */
const MAX_PLAIN_STRUCTS = 32;

export function plainWrites(doc: Y.Doc, decoded: DecodedUpdate): PlainWrites | null {
  if (decoded.structs.length > MAX_PLAIN_STRUCTS) return null;
  const root = shapesMap(doc);
  const store = doc.store;
  const known = (id: Y.ID) => id.clock < Y.getState(store, id.client);
  /** A struct of this update, by an id it covers. */
  const fresh = (id: Y.ID): Struct | undefined =>
    decoded.structs.find(
      (s) => s.id.client === id.client && s.id.clock <= id.clock && id.clock < s.id.clock + s.length,
    );
  const itemAt = (id: Y.ID): Y.Item | null => {
    const found = known(id) ? Y.getItem(store, id) : fresh(id);
    return found instanceof Y.Item ? found : null;
  };
  const placeOf = (item: Y.Item, depth = 0): Place | null => {
    const parent = item.parent as unknown;
    if (parent instanceof Y.ID) {
      const parentItem = itemAt(parent);
      if (!parentItem || !(parentItem.content instanceof Y.ContentType)) return null;
      return { parent: parentItem.content.type as AnyType, key: item.parentSub };
    }
    if (parent instanceof Y.AbstractType) return { parent: parent as AnyType, key: item.parentSub };
    if (typeof parent === 'string' || depth > 8) return null;
    // No parent written: it is the neighbour's (the encoding leaves it out when there is one).
    const neighbour = item.origin ?? item.rightOrigin;
    const next = neighbour ? itemAt(neighbour) : null;
    return next ? placeOf(next, depth + 1) : null;
  };

  const writes: PlainWrites = { fields: new Map(), texts: new Set() };
  const replaced = new Set<string>();
  for (const struct of decoded.structs) {
    const state = Y.getState(store, struct.id.client);
    if (struct.id.clock + struct.length <= state) continue; // resent: already in the room
    if (struct.id.clock < state || !(struct instanceof Y.Item)) return null;
    const place = placeOf(struct);
    const shape = place ? shapeOf(root, place.parent) : null;
    if (!place || !shape) return null;
    if (shape.text) {
      if (place.key !== null || !(struct.content instanceof Y.ContentString)) return null;
      // Its neighbours must be in the same text (they are what places it).
      for (const neighbour of [struct.origin, struct.rightOrigin]) {
        const item = neighbour ? itemAt(neighbour) : null;
        if (neighbour && (!item || placeOf(item)?.parent !== place.parent)) return null;
      }
      writes.texts.add(shape.id);
      continue;
    }
    // A field of the shape: a plain value, after the field's current value, nothing to its right.
    const { key } = place;
    if (key === null || struct.rightOrigin !== null || !(struct.content instanceof Y.ContentAny)) return null;
    if (struct.content.arr.length !== 1) return null;
    const current = place.parent._map.get(key);
    const afterCurrent = current
      ? struct.origin !== null && Y.compareIDs(struct.origin, current.lastId)
      : struct.origin === null;
    if (!afterCurrent) return null;
    const fields = writes.fields.get(shape.id) ?? new Map<string, unknown>();
    if (fields.has(key)) return null; // two writes to one field: the shadow orders them
    fields.set(key, struct.content.arr[0]);
    writes.fields.set(shape.id, fields);
    if (current) replaced.add(idKey(current.id));
  }
  // Deletions: only the values the update replaces, and characters of shapes' texts.
  for (const [client, ranges] of decoded.ds.clients) {
    for (const range of ranges) {
      let clock = range.clock;
      while (clock < range.clock + range.len) {
        const id = Y.createID(client, clock);
        // Deleting what the room does not have yet (characters this same update adds and
        // deletes: typed and deleted before it was sent): not a plain write; the shadow decides.
        if (!known(id)) return null;
        const item = Y.getItem(store, id);
        clock = item.id.clock + item.length;
        if (replaced.has(idKey(item.id)) || item.deleted) continue;
        const shape = item instanceof Y.Item ? shapeOf(root, item.parent as AnyType) : null;
        if (!shape?.text || item.parentSub !== null) return null;
        writes.texts.add(shape.id);
      }
    }
  }
  return writes;
}
