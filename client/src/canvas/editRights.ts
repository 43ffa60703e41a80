// What this page may change, by the same rules the server checks every update against
// (`whyNotEditable` in @kyoso/shared): another company's cards, synergy points linking only other
// companies' cards, template areas and locked shapes are read-only for a member, and the editor
// says why instead of sending a change the server would refuse. Locked shapes stay still for the
// facilitator too, until unlocked. Pure over its inputs.
import {
  childrenOfFrame,
  isShapeLocked,
  synergyLinks,
  whyNotEditable,
  type CompanyKey,
  type Locks,
  type Principal,
  type RightsContext,
  type RightsRefusal,
  type Shape,
  type ShapeId,
} from '@kyoso/shared';
import type { Identity } from '../sync/session-types';

export interface EditRights {
  /** Why this page may not change (edit, move, restyle, delete) the shape, or null. */
  whyNot(id: ShapeId): RightsRefusal | null;
  /** The company this page's new cards belong to: a member's own, null for the facilitator. */
  readonly ownCompany: CompanyKey | null;
  readonly isMember: boolean;
}

export interface EditRightsInput {
  identity: Identity;
  companies: readonly CompanyKey[];
  locks: Locks;
  /** Every shape on the board (for a synergy point's linked cards). */
  shapes: readonly Shape[];
  byId: (id: ShapeId) => Shape | undefined;
}

export function principalOf(identity: Identity): Principal {
  const { boardId: board, role, company } = identity;
  if (role === 'member' && company) return { board, role, company };
  return role === 'facilitator' ? { board, role } : { board, role: 'observer' };
}

export function editRights(input: EditRightsInput): EditRights {
  const principal = principalOf(input.identity);
  let links: ReturnType<typeof synergyLinks> | null = null;
  const context: RightsContext = {
    companies: input.companies,
    locks: input.locks,
    synergyLinks: (id) => {
      links ??= synergyLinks(input.shapes);
      return (links.get(id) ?? []).map((link) => link.card.company);
    },
  };
  return {
    whyNot(id) {
      const shape = input.byId(id);
      if (!shape) return null;
      // The facilitator may change locked shapes, but the editor still asks them to unlock first:
      // locks guard against accidents as well as against other people.
      const locked = isShapeLocked(shape, input.locks)
        ? { code: 'locked' as const, shape: id, message: `shape ${id} is locked` }
        : null;
      return whyNotEditable(principal, shape, context) ?? locked;
    },
    ownCompany: principal.role === 'member' ? principal.company : null,
    isMember: principal.role === 'member',
  };
}

/** The ids this page may change, and the first reason it may not change one of the others. */
export function changeableIds(
  ids: readonly ShapeId[],
  rights: EditRights,
): { ids: ShapeId[]; refused: RightsRefusal | null } {
  let refused: RightsRefusal | null = null;
  const free = ids.filter((id) => {
    const why = rights.whyNot(id);
    refused ??= why;
    return why === null;
  });
  return { ids: free, refused };
}

/**
 * The shapes a move may take along: not one this page may not change, nor a frame holding one
 * (moving a frame moves what is inside it).
 */
export function movableIds(
  ids: readonly ShapeId[],
  rights: EditRights,
  byId: (id: ShapeId) => Shape | undefined,
  all: readonly Shape[],
): { ids: ShapeId[]; refused: RightsRefusal | null } {
  let refused: RightsRefusal | null = null;
  const movable = ids.filter((id) => {
    const shape = byId(id);
    if (!shape) return false;
    const why =
      rights.whyNot(id) ??
      (shape.type === 'frame'
        ? childrenOfFrame(shape, all).reduce<RightsRefusal | null>(
            (found, child) => found ?? rights.whyNot(child),
            null,
          )
        : null);
    refused ??= why;
    return why === null;
  });
  return { ids: movable, refused };
}

/**
 * The shapes a delete may remove: not one this page may not change, nor one at the end of a
 * locked connector (deleting a shape deletes the connectors attached to it).
 */
export function deletableIds(
  ids: readonly ShapeId[],
  rights: EditRights,
  byId: (id: ShapeId) => Shape | undefined,
  all: readonly Shape[],
  locks: Locks,
): { ids: ShapeId[]; refused: RightsRefusal | null } {
  const anchored = new Map<ShapeId, ShapeId>();
  for (const shape of all)
    if (shape.type === 'connector' && isShapeLocked(shape, locks)) {
      anchored.set(shape.from, shape.id);
      anchored.set(shape.to, shape.id);
    }
  let refused: RightsRefusal | null = null;
  const deletable = ids.filter((id) => {
    if (!byId(id)) return false;
    const connector = anchored.get(id);
    const why =
      rights.whyNot(id) ??
      (connector
        ? { code: 'locked' as const, shape: connector, message: `connector ${connector} is locked` }
        : null);
    refused ??= why;
    return why === null;
  });
  return { ids: deletable, refused };
}
