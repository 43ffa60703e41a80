// The clipboard format for shapes, pure. Copied shapes travel as JSON text marked `kyoso/shapes`,
// so pasting works between boards and browsers; parsing trusts nothing it did not check. A
// synergy card carries its synergy fields, read back with the model's own lenient reader.
import {
  ARROW_HEADS,
  asCompanyKey,
  asShapeId,
  isBoxShape,
  isCardKind,
  isCoordinate,
  isHexColor,
  isSize,
  isWellFormed,
  MAX_SHAPES_PER_COMMAND,
  MAX_TAGS_PER_CARD,
  compareTags,
  isTag,
  readSynergyFields,
  MAX_TEXT_LENGTH,
  type ArrowHead,
  type CardKind,
  type CompanyKey,
  type Shape,
  type ShapeId,
  type SynergyFields,
} from '@kyoso/shared';

export const CLIPBOARD_MARKER = 'kyoso/shapes';
export const CLIPBOARD_VERSION = 1;

export type ClipboardBox = {
  id: ShapeId;
  type: 'sticky' | 'rect' | 'ellipse' | 'text' | 'frame';
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  color: string | null;
  company: CompanyKey | null;
  kind: CardKind | null;
  /** A synergy card's fields (type, value, effort, owners, next step, due date, status). */
  synergy?: SynergyFields;
  /** A card's tags. */
  tags?: readonly string[];
};

export type ClipboardConnector = {
  id: ShapeId;
  type: 'connector';
  from: ShapeId;
  to: ShapeId;
  text: string;
  startArrow: ArrowHead;
  endArrow: ArrowHead;
  color: string | null;
};

export type ClipboardShape = ClipboardBox | ClipboardConnector;

/** The selected shapes as clipboard text; connectors go along only with both their ends. */
export function serializeShapes(shapes: readonly Shape[]): string {
  const boxes = new Set(shapes.filter(isBoxShape).map((shape) => shape.id));
  const out: ClipboardShape[] = [];
  for (const shape of shapes) {
    if (shape.type === 'connector') {
      if (!boxes.has(shape.from) || !boxes.has(shape.to)) continue;
      const { id, type, from, to, text, startArrow, endArrow, color } = shape;
      out.push({ id, type, from, to, text, startArrow, endArrow, color });
      continue;
    }
    const { id, type, x, y, w, h, text, color } = shape;
    const card =
      shape.type === 'sticky' ? { company: shape.company, kind: shape.kind } : { company: null, kind: null };
    const synergy = shape.type === 'sticky' && shape.synergy ? { synergy: shape.synergy } : {};
    const tags = shape.type === 'sticky' && shape.tags ? { tags: shape.tags } : {};
    out.push({ id, type, x, y, w, h, text, color, ...card, ...synergy, ...tags });
  }
  return JSON.stringify({ [CLIPBOARD_MARKER]: CLIPBOARD_VERSION, shapes: out });
}

const BOX_TYPES = new Set(['sticky', 'rect', 'ellipse', 'text', 'frame']);

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT_LENGTH && isWellFormed(value);
const optionalColor = (value: unknown): string | null | undefined =>
  value === null || value === undefined ? null : isHexColor(value) ? value : undefined;

function parseBox(raw: Record<string, unknown>, id: ShapeId): ClipboardBox | null {
  const { type, x, y, w, h, text, company, kind } = raw;
  const color = optionalColor(raw.color);
  if (typeof type !== 'string' || !BOX_TYPES.has(type)) return null;
  if (
    !isCoordinate(x) ||
    !isCoordinate(y) ||
    !isSize(w) ||
    !isSize(h) ||
    !isText(text) ||
    color === undefined
  )
    return null;
  const companyKey =
    company === null || company === undefined
      ? null
      : typeof company === 'string'
        ? (asCompanyKey(company) ?? undefined)
        : undefined;
  const cardKind = kind === null || kind === undefined ? null : isCardKind(kind) ? kind : undefined;
  if (companyKey === undefined || cardKind === undefined) return null;
  const card = type === 'sticky' ? { company: companyKey, kind: cardKind } : { company: null, kind: null };
  const synergy = type === 'sticky' && cardKind === 'synergy' ? parseSynergy(raw.synergy) : {};
  const tags = type === 'sticky' ? parseTags(raw.tags) : {};
  return { id, type: type as ClipboardBox['type'], x, y, w, h, text, color, ...card, ...synergy, ...tags };
}

/** Tags as the model keeps them: anything else on the list is left out. */
function parseTags(value: unknown): { tags?: readonly string[] } {
  if (!Array.isArray(value)) return {};
  const tags = [...new Set(value.filter(isTag))].sort(compareTags).slice(0, MAX_TAGS_PER_CARD);
  return tags.length > 0 ? { tags } : {};
}

/** Synergy fields as the model reads them: a bad field falls back to its default. */
function parseSynergy(value: unknown): { synergy?: SynergyFields } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const raw = value as Record<string, unknown>;
  return { synergy: readSynergyFields({ get: (key) => (Object.hasOwn(raw, key) ? raw[key] : undefined) }) };
}

function parseConnector(raw: Record<string, unknown>, id: ShapeId): ClipboardConnector | null {
  const from = typeof raw.from === 'string' ? asShapeId(raw.from) : null;
  const to = typeof raw.to === 'string' ? asShapeId(raw.to) : null;
  const heads: readonly unknown[] = ARROW_HEADS;
  const color = optionalColor(raw.color);
  if (!from || !to || from === to || !isText(raw.text) || color === undefined) return null;
  if (!heads.includes(raw.startArrow) || !heads.includes(raw.endArrow)) return null;
  return {
    id,
    type: 'connector',
    from,
    to,
    text: raw.text,
    startArrow: raw.startArrow as ArrowHead,
    endArrow: raw.endArrow as ArrowHead,
    color,
  };
}

/** The shapes in clipboard text, or null when it is not ours or anything in it is malformed. */
export function parseClipboard(text: string): ClipboardShape[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (record[CLIPBOARD_MARKER] !== CLIPBOARD_VERSION || !Array.isArray(record.shapes)) return null;
  const list: unknown[] = record.shapes;
  if (list.length === 0 || list.length > MAX_SHAPES_PER_COMMAND) return null;
  const out: ClipboardShape[] = [];
  const seen = new Set<ShapeId>();
  for (const item of list) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
    const raw = item as Record<string, unknown>;
    const id = typeof raw.id === 'string' ? asShapeId(raw.id) : null;
    if (!id || seen.has(id)) return null;
    seen.add(id);
    const shape = raw.type === 'connector' ? parseConnector(raw, id) : parseBox(raw, id);
    if (!shape) return null;
    out.push(shape);
  }
  const boxes = new Set(out.filter((shape) => shape.type !== 'connector').map((shape) => shape.id));
  const connectorsJoinBoxes = out.every(
    (shape) => shape.type !== 'connector' || (boxes.has(shape.from) && boxes.has(shape.to)),
  );
  return connectorsJoinBoxes && boxes.size > 0 ? out : null;
}
