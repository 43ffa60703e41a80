// The local state of one open canvas, as small stores so that each part re-renders only for
// what it shows: the camera changes every frame of a pan, the selection rarely.
import type { CardKind, CompanyKey, Locks, RightsRefusal, ShapeId } from '@kyoso/shared';
import type { Point, Rect } from '../sync/session-types';
import { createCardClicks, type CardClicks } from './cardClicks';
import { NO_LOCKS, sameLocks } from './lockRules';
import { createValueStore, type ValueStore } from '../sync/store';
import { createEditorStore, type EditorStore } from './editorStore';
import { IDLE, type Gesture } from './gesture';
import { sameIds } from './selection';
import { sameRemoteDrags, type RemoteDrag } from './remoteDrags';
import { INITIAL_CAMERA, sameCamera, type Camera, type Size } from './viewport';

/** This user's drag in progress: the shapes moving (frame contents included) and by how much. */
export interface OwnDrag {
  ids: readonly ShapeId[];
  dx: number;
  dy: number;
}

/** A resize in progress (Konva Transformer): the shape and its bounds so far. */
export interface ResizePreview {
  id: ShapeId;
  rect: Rect;
}

export interface CanvasStores {
  camera: ValueStore<Camera>;
  size: ValueStore<Size>;
  editor: EditorStore;
  gesture: ValueStore<Gesture>;
  drag: ValueStore<OwnDrag | null>;
  resize: ValueStore<ResizePreview | null>;
  /** Other people's drags in progress (see remoteDrags.ts). */
  remoteDrags: ValueStore<readonly RemoteDrag[]>;
  /** The facilitator's locks, from the workshop's control channel: the editor leaves locked shapes alone. */
  locks: ValueStore<Locks>;
  /** The board's tag list (tag -> colour), from the workshop's control channel. */
  tagList: ValueStore<ReadonlyMap<string, string>>;
  /** An anonymous phase is on (the workshop's control channel): cursors and selections carry no names. */
  namesHidden: ValueStore<boolean>;
  /** The search panel's matches, ringed on the board while it lists them (search/SearchMarks.tsx). */
  searchMarks: ValueStore<readonly ShapeId[]>;
  /** Others' cursors out of sight: `mine` by this person's choice, `forAll` by the facilitator's. */
  cursorsHidden: ValueStore<CursorsHidden>;
  /**
   * The editor refused to change something this page may not (a locked shape, another company's
   * card): the latest reason, and a count that goes up each time so a notice says it again.
   */
  refusals: ValueStore<EditorRefusal>;
  /** A card moved alone into an area of another kind took that kind: the latest, to say so. */
  kindChanges: ValueStore<KindChange>;
  /**
   * A member made a card in another company's lane: it stays their own company's (members never
   * make cards for another company), which the lane's label would not lead them to expect.
   */
  laneKept: ValueStore<LaneKept>;
  /**
   * The companies with an agreement recorded on a card (the workshop's ledger, filled in by
   * CanvasEditor), so that the editor asks before a change takes agreed work off the board.
   */
  agreedBy: { of: (id: ShapeId) => readonly CompanyKey[] };
  /** A change that would take agreed synergy points off the board, waiting to be confirmed. */
  pendingRemoval: ValueStore<PendingRemoval | null>;
  /** Last pointer position over the canvas, world coordinates (where paste puts things). */
  pointer: { world: Point | null };
  /**
   * The view the board was fitted to on arrival, until the person first presses, scrolls or
   * types on the canvas (null from then on): a panel opening by itself just after may fit it again.
   */
  arrival: { fitted: Camera | null };
  /** The canvas element, to give it focus back (after editing text, after a toolbar click). */
  element: { current: HTMLDivElement | null };
  /** A feature that takes clicks on cards first (cardClicks.ts). */
  cardClicks: CardClicks;
}

const sameSize = (a: Size, b: Size) => a.w === b.w && a.h === b.h;
const sameTagList = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
  a.size === b.size && [...a].every(([tag, color]) => b.get(tag) === color);

export interface CursorsHidden {
  mine: boolean;
  /** The facilitator hid everyone's cursors (members and observers see none; the facilitator does). */
  forAll: boolean;
}

const sameCursorsHidden = (a: CursorsHidden, b: CursorsHidden) => a.mine === b.mine && a.forAll === b.forAll;

export interface EditorRefusal {
  count: number;
  reason: RightsRefusal | null;
}

export interface KindChange {
  count: number;
  change: { id: ShapeId; from: CardKind | null; to: CardKind | null } | null;
}

/** Deleting agreed synergy points, or giving them another kind (which unlinks them). */
export interface PendingRemoval {
  action: 'delete' | 'rekind';
  /** The agreed cards among those the change touches. */
  cards: readonly ShapeId[];
  run: () => void;
}

export interface LaneKept {
  count: number;
  /** The company whose lane it is. */
  lane: CompanyKey | null;
}

/** Says (again) why the editor left something alone. */
export function refuseEdit(stores: CanvasStores, reason: RightsRefusal): void {
  stores.refusals.set({ count: stores.refusals.get().count + 1, reason });
}

export function createCanvasStores(): CanvasStores {
  return {
    camera: createValueStore<Camera>(INITIAL_CAMERA, sameCamera),
    size: createValueStore<Size>({ w: 1, h: 1 }, sameSize),
    editor: createEditorStore(),
    gesture: createValueStore<Gesture>(IDLE),
    drag: createValueStore<OwnDrag | null>(null),
    resize: createValueStore<ResizePreview | null>(null),
    remoteDrags: createValueStore<readonly RemoteDrag[]>([], sameRemoteDrags),
    locks: createValueStore<Locks>(NO_LOCKS, sameLocks),
    namesHidden: createValueStore<boolean>(false),
    searchMarks: createValueStore<readonly ShapeId[]>([], sameIds),
    tagList: createValueStore<ReadonlyMap<string, string>>(new Map(), sameTagList),
    cursorsHidden: createValueStore<CursorsHidden>({ mine: false, forAll: false }, sameCursorsHidden),
    refusals: createValueStore<EditorRefusal>({ count: 0, reason: null }),
    kindChanges: createValueStore<KindChange>({ count: 0, change: null }),
    laneKept: createValueStore<LaneKept>({ count: 0, lane: null }),
    agreedBy: { of: () => [] },
    pendingRemoval: createValueStore<PendingRemoval | null>(null),
    pointer: { world: null },
    arrival: { fitted: null },
    element: { current: null },
    cardClicks: createCardClicks(),
  };
}
