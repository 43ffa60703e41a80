// Commands on synergy cards: create one linked to cards of two companies, edit its fields, link
// and unlink cards. Links are connectors between the synergy card and each linked card, so they
// follow the cards when they move. Direction tells the side: asset-side cards point at the
// synergy card (connector to = synergy), the synergy card points at gap/goal-side cards.
import * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../ids.js';
import { shapesMap } from '../model/roots.js';
import type { StickyShape } from '../model/shapes/sticky.js';
import { addConnector, addSticky } from '../model/commands/create.js';
import {
  allShapes,
  assertArgs,
  boardCompany,
  CommandError,
  coordinate,
  requireShape,
  shapeId,
  shapeIdList,
  text,
} from '../model/commands/guards.js';
import { setText } from '../model/commands/text.js';
import { readShapes } from '../model/shape.js';
import { synergyPlacement } from './placement.js';
import {
  isDueDate,
  isStoredSynergyStatus,
  isSynergyText,
  isSynergyTypeOrNotSet,
  MAX_SYNERGY_FIELD,
  SYNERGY_STATUSES,
  SYNERGY_TEXT_KEYS,
  SYNERGY_TYPES,
  writeSynergyFields,
  type StoredSynergyStatus,
  type SynergyType,
} from './fields.js';

/** Which side of the synergy a linked card is on. */
export type SynergySide = 'from' | 'to';

function requireCard(doc: Y.Doc, id: ShapeId): StickyShape {
  const { shape } = requireShape(doc, id);
  if (shape.type !== 'sticky') throw new CommandError(`shape ${id} is a ${shape.type}, not a card`);
  return shape;
}

function requireSynergy(doc: Y.Doc, id: ShapeId): { shape: StickyShape; map: Y.Map<unknown> } {
  const { shape, map } = requireShape(doc, id);
  if (shape.type !== 'sticky' || shape.kind !== 'synergy')
    throw new CommandError(`shape ${id} is not a synergy card`);
  return { shape, map };
}

export interface CreateSynergyArgs {
  title: string;
  /** Cards of one company (usually its assets): they point at the synergy card. */
  from: readonly ShapeId[];
  /** Cards of another company (usually its gaps or goals): the synergy card points at them. */
  to: readonly ShapeId[];
  /** The type someone chose; omitted or null, the point has none until someone picks one. */
  type?: SynergyType | null;
  /** Top-left of the new card; normally omitted (placed between the linked cards). */
  at?: { x: number; y: number };
  /** Normally omitted (a random id is made). */
  id?: ShapeId;
}

/** Creates a synergy card linked to the given cards, all in one transaction. Returns its id. */
export function createSynergy(doc: Y.Doc, args: CreateSynergyArgs, origin: unknown): ShapeId {
  assertArgs(args);
  const title = text('title', args.title);
  const from = shapeIdList(args.from);
  const to = shapeIdList(args.to);
  if (from.some((id) => to.includes(id))) throw new CommandError('a card cannot be on both sides');
  if (args.type !== undefined && !isSynergyTypeOrNotSet(args.type))
    throw new CommandError(`type must be one of ${SYNERGY_TYPES.join(', ')}, or null`);
  const cards = [...from, ...to].map((id) => requireCard(doc, id));
  const at =
    args.at === undefined
      ? synergyPlacement(cards, readShapes(doc).shapes)
      : (assertArgs(args.at), { x: coordinate('at.x', args.at.x), y: coordinate('at.y', args.at.y) });
  let id = '' as ShapeId;
  // Everything was checked above, so nothing below throws half-way through the transaction.
  doc.transact(() => {
    id = addSticky(doc, { x: at.x, y: at.y, text: title, kind: 'synergy', id: args.id }, origin);
    const map = shapesMap(doc).get(id) as Y.Map<unknown>;
    writeSynergyFields(map, { synergyType: args.type ?? null, status: 'idea', owners: {} });
    for (const card of from) addConnector(doc, { from: card, to: id }, origin);
    for (const card of to) addConnector(doc, { from: id, to: card }, origin);
  }, origin);
  return id;
}

export interface UpdateSynergyArgs {
  id: ShapeId;
  title?: string;
  /** null clears it: not set. */
  synergyType?: SynergyType | null;
  synergyTypeLabel?: string;
  expectedValue?: string;
  effort?: string;
  /** Per company: a name sets that company's owner, '' or null removes it; others are kept. */
  owners?: Readonly<Record<string, string | null>>;
  nextStep?: string;
  /** YYYY-MM-DD, or null to clear. */
  due?: string | null;
  /** 'agreed' cannot be set: it comes only from every company agreeing in the ledger. */
  status?: StoredSynergyStatus;
}

/** The plain fields updateSynergy writes as they are (title and owners are handled apart). */
const FIELD_KEYS = ['synergyType', ...SYNERGY_TEXT_KEYS, 'due', 'status'] as const;

/** Edits a synergy card's fields; fields left undefined are kept. One transaction. */
export function updateSynergy(doc: Y.Doc, args: UpdateSynergyArgs, origin: unknown): void {
  assertArgs(args);
  const id = shapeId('id', args.id);
  const { map } = requireSynergy(doc, id);
  const title = args.title === undefined ? undefined : text('title', args.title);
  if (args.synergyType !== undefined && !isSynergyTypeOrNotSet(args.synergyType))
    throw new CommandError(`synergyType must be one of ${SYNERGY_TYPES.join(', ')}, or null to clear it`);
  if (args.status !== undefined && !isStoredSynergyStatus(args.status))
    throw new CommandError(
      `status must be one of ${SYNERGY_STATUSES.join(', ')}; agreed comes from every company agreeing`,
    );
  for (const key of SYNERGY_TEXT_KEYS) {
    const value = args[key];
    if (value !== undefined && !isSynergyText(value))
      throw new CommandError(`${key} must be a string of at most ${MAX_SYNERGY_FIELD} characters`);
  }
  if (args.due !== undefined && args.due !== null && !isDueDate(args.due))
    throw new CommandError('due must be a date written YYYY-MM-DD');
  const owners: [CompanyKey, string | null][] = [];
  if (args.owners !== undefined) {
    assertArgs(args.owners);
    for (const [key, name] of Object.entries(args.owners)) {
      const company = boardCompany(doc, key) as CompanyKey;
      if (name !== null && !isSynergyText(name))
        throw new CommandError(`owner must be a string of at most ${MAX_SYNERGY_FIELD} characters`);
      owners.push([company, name === '' ? null : name]);
    }
  }
  doc.transact(() => {
    if (title !== undefined) setText(doc, { id, text: title }, origin);
    for (const key of FIELD_KEYS) {
      const value = args[key];
      if (value === undefined) continue;
      if (value === '' || value === null) map.delete(key);
      else map.set(key, value);
    }
    if (owners.length > 0) {
      let stored = map.get('owners');
      if (!(stored instanceof Y.Map)) map.set('owners', (stored = new Y.Map<unknown>()));
      const ownerMap = stored as Y.Map<unknown>;
      for (const [company, name] of owners) {
        if (name === null) ownerMap.delete(company);
        else ownerMap.set(company, name);
      }
    }
  }, origin);
}

/** The connectors between a synergy card and the given cards (either direction). */
function linksBetween(doc: Y.Doc, synergy: ShapeId, cards: ReadonlySet<ShapeId>): ShapeId[] {
  return allShapes(doc)
    .map(({ shape }) => shape)
    .filter(
      (shape) =>
        shape.type === 'connector' &&
        ((shape.from === synergy && cards.has(shape.to)) || (shape.to === synergy && cards.has(shape.from))),
    )
    .map((shape) => shape.id);
}

export interface LinkToSynergyArgs {
  id: ShapeId;
  cards: readonly ShapeId[];
  /** Omitted: gap and goal cards go on the 'to' side, every other card on the 'from' side. */
  side?: SynergySide;
}

/** Links cards to a synergy card; cards already linked are skipped. Returns the new connectors. */
export function linkToSynergy(doc: Y.Doc, args: LinkToSynergyArgs, origin: unknown): ShapeId[] {
  assertArgs(args);
  const id = shapeId('id', args.id);
  requireSynergy(doc, id);
  if (args.side !== undefined && args.side !== 'from' && args.side !== 'to')
    throw new CommandError('side must be from or to');
  const cards = shapeIdList(args.cards).map((card) => requireCard(doc, card));
  if (cards.some((card) => card.id === id)) throw new CommandError('a synergy card cannot link itself');
  const already = new Set(
    allShapes(doc)
      .map(({ shape }) => shape)
      .flatMap((shape) =>
        shape.type === 'connector' && (shape.from === id || shape.to === id)
          ? [shape.from === id ? shape.to : shape.from]
          : [],
      ),
  );
  const fresh = cards.filter((card) => !already.has(card.id));
  const made: ShapeId[] = [];
  doc.transact(() => {
    for (const card of fresh) {
      const side = args.side ?? (card.kind === 'gap' || card.kind === 'goal' ? 'to' : 'from');
      made.push(
        addConnector(doc, side === 'from' ? { from: card.id, to: id } : { from: id, to: card.id }, origin),
      );
    }
  }, origin);
  return made;
}

export interface UnlinkFromSynergyArgs {
  id: ShapeId;
  cards: readonly ShapeId[];
}

/** Removes the connectors between a synergy card and the given cards. Returns their ids. */
export function unlinkFromSynergy(doc: Y.Doc, args: UnlinkFromSynergyArgs, origin: unknown): ShapeId[] {
  assertArgs(args);
  const id = shapeId('id', args.id);
  requireSynergy(doc, id);
  const links = linksBetween(doc, id, new Set(shapeIdList(args.cards)));
  if (links.length === 0) return [];
  doc.transact(() => {
    for (const link of links) shapesMap(doc).delete(link);
  }, origin);
  return links;
}
