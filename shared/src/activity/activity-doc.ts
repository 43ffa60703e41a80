// The `activity` channel's document: who created and who last changed each shape of `content`,
// and a capped list of what happened on the board. Only the server writes it, from the verified
// token of the connection that wrote each change, never from anything a client claims
// (docs/SCHEMA.md, "`activity`").
import type * as Y from 'yjs';
import type { CompanyKey, ParticipantId, ShapeId } from '../ids.js';
import type { CardKind } from '../model/shapes/fields.js';
import type { Role } from '../roles.js';
import type { PhaseKey } from '../workshop/phases.js';

/** Root `shapes`: shape id → `{created, changed}` (plain objects). */
export const ATTRIBUTION_ROOT = 'shapes';
/** Root `entries`: entry id → one activity entry (a plain object). */
export const ACTIVITY_ENTRIES_ROOT = 'entries';

export const attributionMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(ATTRIBUTION_ROOT);
export const activityEntriesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(ACTIVITY_ENTRIES_ROOT);

/** Entries the server keeps; past this the oldest are pruned. */
export const MAX_ACTIVITY_ENTRIES = 1000;
/** Shape ids one entry lists; the rest is only counted (`more`). */
export const MAX_ENTRY_SHAPES = 50;
/** UTF-16 units of a card's text kept as an entry's label. */
export const MAX_ENTRY_LABEL = 60;
/** As participant names are (the ledger's rule). */
export const MAX_ACTOR_NAME = 80;
export const MAX_VERSION_NAME = 100;
const ENTRY_ID_PATTERN = /^[a-z0-9]{8,32}$/;
export const isActivityEntryId = (value: unknown): value is string =>
  typeof value === 'string' && ENTRY_ID_PATTERN.test(value);

/**
 * Who wrote, as the connection's token says. A link token names a role (and a member's company),
 * not a person: `participant` and `name` are null then.
 */
export interface ActivityActor {
  participant: ParticipantId | null;
  name: string | null;
  role: Role;
  company: CompanyKey | null;
}

/** An actor and when (ISO time on the server). `file`: copied from an imported board file. */
export interface Stamp extends ActivityActor {
  at: string;
  file?: true;
}

/** Who created a shape and who changed it last; either may be unknown (null). */
export interface Attribution {
  created: Stamp | null;
  changed: Stamp | null;
}

export const ACTIVITY_TYPES = [
  'created',
  'edited',
  'moved',
  'moved-into-area',
  'deleted',
  'restored',
  'step',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** The area a card landed in: the frame, and the kind and company it gave the card. */
export interface ActivityArea {
  frame: ShapeId;
  kind: CardKind | null;
  company: CompanyKey | null;
}

/**
 * The step of the agenda a `step` entry moved the workshop to, as the agenda named it then: a
 * built-in step by its key (each reader says it in their language), a renamed or added one by its
 * name.
 */
export interface ActivityStep {
  key: PhaseKey | null;
  name: string | null;
}

/** A version as a `restored` entry names it (its kind, so that automatic ones read as such). */
export interface ActivityVersion {
  id: string;
  name: string;
  kind: 'named' | 'auto' | 'restore';
}

export interface ActivityEntry {
  id: string;
  type: ActivityType;
  /** When it happened (the first change of a coalesced entry). */
  at: string;
  /** The last change folded into this entry, when several were. */
  until?: string;
  by: ActivityActor;
  /**
   * The shapes concerned (at most MAX_ENTRY_SHAPES). `restored` is either shapes brought back
   * under ids made before (a deletion undone) or, with no shapes, a `version` restored.
   */
  shapes: ShapeId[];
  /** Shapes concerned beyond `shapes`. */
  more?: number;
  /** How many of the shapes concerned (`more` included) are lines, counted when recorded. */
  links?: number;
  /**
   * The start of the first shape's text when it was recorded (a deleted card's text is gone); a
   * shape with text comes first. Empty: the shape had none then.
   */
  label?: string;
  /**
   * `edited` of one shape whose text changed: the start of its text before the entry's first
   * change, so the list can say what it was (a company reading who changed its card).
   */
  was?: string;
  /** The first shape is a synergy point. */
  synergy?: true;
  /** `moved-into-area`, and `created` in an area. */
  area?: ActivityArea;
  /** `restored` of a version: the version brought back. */
  version?: ActivityVersion;
  /** `step`: the step the facilitator moved the workshop to (`shapes` is empty). */
  step?: ActivityStep;
}
