// Yjs updates a rogue writer could send: random edits made with Yjs itself on a copy of the
// channel (valid encodings, mostly invalid content), edits under client ids the writer does not
// own, hand-written structs (GC and skip runs, odd clocks, delete sets), and mutations of them all.
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { addSticky, asCompanyKey, type Rng } from '@kyoso/shared';
import { mutateBytes, randomBytes, randomJson, randomNumber, randomString } from './values.js';

const SHAPE_FIELDS = [
  'type',
  'x',
  'y',
  'w',
  'h',
  'index',
  'color',
  'text',
  'company',
  'kind',
  'locked',
  'from',
  'to',
  'synergyType',
  'owners',
  'due',
  'status',
  'links',
];
const ROOTS = ['shapes', 'meta', 'shapes', 'shapes', 'probe', '__proto__', 'constructor', ''];

/** Edits the fuzzer's copy of a channel and answers the update Yjs encoded for them (or null). */
export function randomEdit(rng: Rng, doc: Y.Doc): Uint8Array | null {
  let update: Uint8Array | null = null;
  const capture = (bytes: Uint8Array) => (update = update ? Y.mergeUpdates([update, bytes]) : bytes);
  doc.on('update', capture);
  try {
    doc.transact(() => editOnce(rng, doc));
    if (rng.chance(0.2)) doc.transact(() => editOnce(rng, doc));
  } catch {
    // A command refusing its arguments is one of the things being tried.
  } finally {
    doc.off('update', capture);
  }
  return update;
}

function randomYValue(rng: Rng): unknown {
  switch (rng.int(0, 5)) {
    case 0:
      return new Y.Text(randomString(rng, 200));
    case 1: {
      const map = new Y.Map<unknown>();
      map.set(randomString(rng, 8), randomJson(rng, []));
      return map;
    }
    case 2:
      return Y.Array.from([randomJson(rng, SHAPE_FIELDS) as string]);
    case 3:
      return randomNumber(rng);
    default:
      return randomJson(rng, SHAPE_FIELDS);
  }
}

function editOnce(rng: Rng, doc: Y.Doc): void {
  const shapes = doc.getMap<Y.Map<unknown>>('shapes');
  const ids = [...shapes.keys()];
  const someShape = () => (ids.length ? shapes.get(rng.pick(ids)) : undefined);
  switch (rng.int(0, 9)) {
    case 0:
    case 1: {
      // A well-formed card: accepted when its company is the writer's.
      addSticky(
        doc,
        {
          x: rng.int(-2000, 2000),
          y: rng.int(-2000, 2000),
          text: randomString(rng, 120),
          company: rng.chance(0.8) ? asCompanyKey(rng.pick(['a', 'b'])) : null,
          kind: rng.pick(['asset', 'gap', 'synergy', null] as const),
        },
        'fuzz',
      );
      return;
    }
    case 2: {
      const shape = someShape();
      if (shape instanceof Y.Map) shape.set(rng.pick(SHAPE_FIELDS), randomYValue(rng));
      return;
    }
    case 3: {
      const shape = someShape();
      const text = shape instanceof Y.Map ? shape.get('text') : undefined;
      if (text instanceof Y.Text) {
        const at = rng.int(0, text.length);
        if (rng.chance(0.5)) text.insert(at, randomString(rng, 200));
        else text.delete(Math.max(0, at - 1), rng.int(1, 50));
      }
      return;
    }
    case 4:
      if (ids.length) shapes.delete(rng.pick(ids));
      return;
    case 5:
      shapes.set(randomString(rng, 20), randomYValue(rng) as Y.Map<unknown>);
      return;
    case 6:
      doc.getMap('meta').set(rng.pick(['title', 'companies', 'schemaVersion', 'locale']), randomYValue(rng));
      return;
    case 7:
      doc.getArray(rng.pick(ROOTS)).insert(0, [randomJson(rng, SHAPE_FIELDS)]);
      return;
    case 8:
      doc.getText(rng.pick(ROOTS.slice(4))).insert(0, randomString(rng));
      return;
    default:
      doc.getMap(rng.pick(ROOTS)).set(randomString(rng, 12), randomYValue(rng));
  }
}

/** An edit made under a client id the writer does not own (another writer's, or a fresh one). */
export function foreignEdit(rng: Rng, base: Y.Doc, knownClients: readonly number[]): Uint8Array | null {
  const doc = new Y.Doc({ gc: rng.chance(0.5) });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  doc.clientID = knownClients.length && rng.chance(0.5) ? rng.pick(knownClients) : rng.int(1, 2 ** 32 - 1);
  const update = randomEdit(rng, doc);
  doc.destroy();
  return update;
}

/**
 * A hand-written update (the v1 encoding): struct runs of GC, skip and item infos under random
 * clients and clocks, then a delete set, so the decoder's less travelled paths are tried.
 */
export function handWrittenUpdate(rng: Rng, knownClients: readonly number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  const clients = rng.int(0, 3);
  encoding.writeVarUint(encoder, clients);
  for (let c = 0; c < clients; c++) {
    const structs = rng.chance(0.05) ? rng.int(100, 3000) : rng.int(1, 4);
    encoding.writeVarUint(encoder, structs);
    encoding.writeVarUint(
      encoder,
      knownClients.length && rng.chance(0.3) ? rng.pick(knownClients) : rng.int(0, 2 ** 32 - 1),
    );
    encoding.writeVarUint(encoder, rng.pick([0, 1, rng.int(0, 1000), 2 ** 31 - 1, 2 ** 32 - 1]));
    for (let s = 0; s < structs; s++) {
      const info = rng.pick([0, 10, 4, 8, 0x20 | 4, 0x40 | 4, 0x80 | 4, rng.int(0, 255)]);
      encoding.writeUint8(encoder, info);
      if (info === 0 || info === 10) {
        encoding.writeVarUint(encoder, rng.pick([1, rng.int(1, 100), 1_000_001, 2 ** 31 - 1]));
      } else {
        // An item without origins: a parent name and string content; anything else is garbage.
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarString(encoder, rng.pick(ROOTS));
        if (info & 0x20) encoding.writeVarString(encoder, randomString(rng, 10));
        encoding.writeVarString(encoder, randomString(rng, 30));
      }
    }
  }
  const deleted = rng.int(0, 2);
  encoding.writeVarUint(encoder, deleted);
  for (let d = 0; d < deleted; d++) {
    encoding.writeVarUint(encoder, rng.int(0, 2 ** 32 - 1));
    const ranges = rng.int(0, 3);
    encoding.writeVarUint(encoder, ranges);
    for (let r = 0; r < ranges; r++) {
      encoding.writeVarUint(encoder, rng.int(0, 2 ** 31 - 1));
      encoding.writeVarUint(encoder, rng.pick([1, rng.int(1, 1000), 2 ** 31 - 1]));
    }
  }
  return encoding.toUint8Array(encoder);
}

/** Any of the above, sometimes mutated, sometimes plain noise. */
export function randomUpdate(rng: Rng, doc: Y.Doc, knownClients: readonly number[]): Uint8Array {
  const roll = rng.int(0, 9);
  let update: Uint8Array | null;
  if (roll < 5) update = randomEdit(rng, doc);
  else if (roll < 7) update = foreignEdit(rng, doc, knownClients);
  else if (roll < 9) update = handWrittenUpdate(rng, knownClients);
  else update = randomBytes(rng);
  update ??= new Uint8Array([0, 0]);
  return rng.chance(0.25) ? mutateBytes(rng, update) : update;
}
