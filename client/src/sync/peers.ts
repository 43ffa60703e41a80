// Reading other participants' awareness states. Anything can arrive there (old clients, buggy
// or hostile ones), so a state is parsed field by field: a state without a well-formed `user`
// (name, a known role, a company key for members) is skipped; other malformed fields read as
// "nothing" (no cursor, empty selection, not dragging, no view).
import {
  asCompanyKey,
  asShapeId,
  isHexColor,
  MAX_COORDINATE,
  MAX_SHAPES_PER_COMMAND,
  ROLES,
  type Company,
  type CompanyKey,
  type Role,
  type ShapeId,
} from '@kyoso/shared';
import { presenceColor } from './presenceColor';
import type { PeerPresence, Point, PresenceUser, Rect } from './session-types';

/** Names longer than this are cut (a name is for a cursor label). */
export const MAX_PEER_NAME = 64;

type Fields = Record<string, unknown>;

const asObject = (value: unknown): Fields | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;

const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);

function parseUser(value: unknown, companies: readonly Company[]): PresenceUser | null {
  const user = asObject(value);
  if (!user || typeof user.name !== 'string' || !isRole(user.role)) return null;
  const role = user.role;
  let company: CompanyKey | null = null;
  if (role === 'member') {
    company = typeof user.company === 'string' ? asCompanyKey(user.company) : null;
    if (company === null) return null;
  }
  // Role and company are stamped by the server from the token; the colour follows from them
  // (a member cannot wear another company's colour). A claimed colour is used only for a
  // member whose company the meta does not list.
  const known = role !== 'member' || companies.some((entry) => entry.key === company);
  const color = known || !isHexColor(user.color) ? presenceColor(role, company, companies) : user.color;
  return { name: user.name.slice(0, MAX_PEER_NAME), color, role, company };
}

function parsePoint(value: unknown): Point | null {
  const point = asObject(value);
  return point && isCoordinate(point.x) && isCoordinate(point.y) ? { x: point.x, y: point.y } : null;
}

function parseIds(value: unknown): ShapeId[] | null {
  if (!Array.isArray(value) || value.length > MAX_SHAPES_PER_COMMAND) return null;
  const ids: ShapeId[] = [];
  for (const entry of value) {
    const id = typeof entry === 'string' ? asShapeId(entry) : null;
    if (id === null) return null;
    ids.push(id);
  }
  return ids;
}

function parseDragging(value: unknown): PeerPresence['dragging'] {
  const dragging = asObject(value);
  if (!dragging || !isCoordinate(dragging.dx) || !isCoordinate(dragging.dy)) return null;
  const ids = parseIds(dragging.ids);
  return ids && ids.length > 0 ? { ids, dx: dragging.dx, dy: dragging.dy } : null;
}

function parseView(value: unknown): Rect | null {
  const view = asObject(value);
  if (!view || !isCoordinate(view.x) || !isCoordinate(view.y)) return null;
  const { w, h } = view;
  const isExtent = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  return isExtent(w) && isExtent(h) ? { x: view.x, y: view.y, w, h } : null;
}

/** One awareness state as a peer, or null when it has no well-formed user. */
export function parsePeer(
  clientId: number,
  state: unknown,
  companies: readonly Company[],
): PeerPresence | null {
  const fields = asObject(state);
  if (!fields) return null;
  const user = parseUser(fields.user, companies);
  if (!user) return null;
  return {
    clientId,
    user,
    cursor: parsePoint(fields.cursor),
    selection: parseIds(fields.selection) ?? [],
    dragging: parseDragging(fields.dragging),
    view: parseView(fields.view),
  };
}

export const samePoint = (a: Point | null, b: Point | null) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y);
export const sameIds = (a: readonly ShapeId[], b: readonly ShapeId[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);
export const sameRect = (a: Rect | null, b: Rect | null) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h);

export const sameUser = (a: PresenceUser, b: PresenceUser): boolean =>
  a.name === b.name && a.color === b.color && a.role === b.role && a.company === b.company;

export function samePeer(a: PeerPresence, b: PeerPresence): boolean {
  return (
    a.clientId === b.clientId &&
    sameUser(a.user, b.user) &&
    samePoint(a.cursor, b.cursor) &&
    sameIds(a.selection, b.selection) &&
    (a.dragging === b.dragging ||
      (!!a.dragging &&
        !!b.dragging &&
        a.dragging.dx === b.dragging.dx &&
        a.dragging.dy === b.dragging.dy &&
        sameIds(a.dragging.ids, b.dragging.ids))) &&
    sameRect(a.view, b.view)
  );
}
