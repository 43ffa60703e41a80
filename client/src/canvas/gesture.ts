// The pointer gesture state machine, pure: what a press, a move and a release mean for the
// current tool. The canvas feeds it pointer events with what is under the pointer and carries out
// the effect it returns on release (the document is written once per gesture, never per move).
import type { ShapeId } from '@kyoso/shared';
import type { Point, Rect } from '../sync/session-types';
import { rectFromPoints } from './rect';
import { selectOnClickUp, selectOnPointerDown } from './selection';
import { isCreationTool, type CreationTool, type Tool } from './tools';

/** Screen pixels the pointer must travel before a press becomes a drag. */
export const DRAG_THRESHOLD = 4;

export interface PointerInput {
  screen: Point;
  world: Point;
  /** 0 primary, 1 middle, 2 secondary. */
  button: number;
  shift: boolean;
}

export interface GestureContext {
  tool: Tool;
  /** Space held: any tool pans while it is down. */
  spaceHeld: boolean;
  /**
   * One finger on empty board with the select tool: it pans, as on any touch whiteboard, and a
   * tap that does not travel clears the selection (a phone has no Esc).
   */
  fingerOnEmpty?: boolean;
  readOnly: boolean;
  selection: readonly ShapeId[];
}

export type Gesture =
  | { kind: 'idle' }
  | {
      kind: 'pan';
      last: Point;
      /** Where a finger on empty board came down, while it has not travelled (a tap so far). */
      tapAt?: Point;
    }
  | {
      kind: 'press';
      hit: ShapeId;
      /** Selection before the press (a click on an already selected shape narrows to it). */
      before: readonly ShapeId[];
      selection: readonly ShapeId[];
      shift: boolean;
      origin: PointerInput;
      canDrag: boolean;
    }
  | { kind: 'drag'; ids: readonly ShapeId[]; origin: Point; dx: number; dy: number }
  | { kind: 'marquee'; origin: Point; current: Point; base: readonly ShapeId[]; additive: boolean }
  | { kind: 'create'; tool: CreationTool; origin: PointerInput; current: PointerInput; dragged: boolean }
  | { kind: 'connect'; from: ShapeId; current: Point; target: ShapeId | null };

export type GestureEffect =
  | { type: 'none' }
  | { type: 'select'; ids: readonly ShapeId[] }
  | { type: 'marquee'; rect: Rect; base: readonly ShapeId[]; additive: boolean }
  | { type: 'move'; ids: readonly ShapeId[]; dx: number; dy: number }
  /** `rect` is null for a plain click: make the shape at its default size around `at`. */
  | { type: 'create'; tool: CreationTool; at: Point; rect: Rect | null }
  | { type: 'connect'; from: ShapeId; to: ShapeId };

export const IDLE: Gesture = { kind: 'idle' };

const travelled = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** A press. `hit` is the shape under the pointer (null: empty canvas). Returns the gesture and
 * the selection to show right away. */
export function pointerDown(
  context: GestureContext,
  input: PointerInput,
  hit: ShapeId | null,
): { gesture: Gesture; selection: readonly ShapeId[] } {
  const keep = { selection: context.selection };
  if (context.fingerOnEmpty && input.button === 0 && context.tool === 'select')
    return { gesture: { kind: 'pan', last: input.screen, tapAt: input.screen }, ...keep };
  if (input.button === 1 || (input.button === 0 && (context.spaceHeld || context.tool === 'hand')))
    return { gesture: { kind: 'pan', last: input.screen }, ...keep };
  if (input.button !== 0) return { gesture: IDLE, ...keep };

  const tool = context.readOnly && context.tool !== 'select' ? 'select' : context.tool;
  if (isCreationTool(tool))
    return {
      gesture: { kind: 'create', tool, origin: input, current: input, dragged: false },
      selection: [],
    };
  if (tool === 'connector')
    return hit
      ? { gesture: { kind: 'connect', from: hit, current: input.world, target: null }, ...keep }
      : { gesture: IDLE, ...keep };

  if (hit === null)
    return {
      gesture: {
        kind: 'marquee',
        origin: input.world,
        current: input.world,
        base: context.selection,
        additive: input.shift,
      },
      selection: selectOnPointerDown(context.selection, null, input.shift),
    };
  const selection = selectOnPointerDown(context.selection, hit, input.shift);
  return {
    gesture: {
      kind: 'press',
      hit,
      before: context.selection,
      selection,
      shift: input.shift,
      origin: input,
      canDrag: !context.readOnly && selection.includes(hit),
    },
    selection,
  };
}

/** A move. `target` is the box under the pointer (used while connecting). `pan` is the screen
 * distance to pan the view by, when panning. */
export function pointerMove(
  gesture: Gesture,
  input: PointerInput,
  target: ShapeId | null = null,
): { gesture: Gesture; pan?: Point } {
  switch (gesture.kind) {
    case 'idle':
      return { gesture };
    case 'pan': {
      const { tapAt } = gesture;
      const stillTap = tapAt && travelled(tapAt, input.screen) < DRAG_THRESHOLD;
      return {
        gesture: stillTap ? { kind: 'pan', last: input.screen, tapAt } : { kind: 'pan', last: input.screen },
        pan: { x: input.screen.x - gesture.last.x, y: input.screen.y - gesture.last.y },
      };
    }
    case 'press':
      if (!gesture.canDrag || travelled(gesture.origin.screen, input.screen) < DRAG_THRESHOLD)
        return { gesture };
      return {
        gesture: {
          kind: 'drag',
          ids: gesture.selection,
          origin: gesture.origin.world,
          dx: input.world.x - gesture.origin.world.x,
          dy: input.world.y - gesture.origin.world.y,
        },
      };
    case 'drag':
      return {
        gesture: { ...gesture, dx: input.world.x - gesture.origin.x, dy: input.world.y - gesture.origin.y },
      };
    case 'marquee':
      return { gesture: { ...gesture, current: input.world } };
    case 'create':
      return {
        gesture: {
          ...gesture,
          current: input,
          dragged: gesture.dragged || travelled(gesture.origin.screen, input.screen) >= DRAG_THRESHOLD,
        },
      };
    case 'connect':
      return {
        gesture: { ...gesture, current: input.world, target: target === gesture.from ? null : target },
      };
  }
}

/** A release: what to do with the board and the selection. The gesture is over afterwards. */
export function pointerUp(gesture: Gesture): GestureEffect {
  switch (gesture.kind) {
    case 'idle':
      return { type: 'none' };
    case 'pan':
      return gesture.tapAt ? { type: 'select', ids: [] } : { type: 'none' };
    case 'press':
      // A click on a shape that was already selected: narrow to it, or shift removes it.
      return gesture.before.includes(gesture.hit)
        ? { type: 'select', ids: selectOnClickUp(gesture.before, gesture.hit, gesture.shift) }
        : { type: 'select', ids: gesture.selection };
    case 'drag':
      return gesture.dx === 0 && gesture.dy === 0
        ? { type: 'none' }
        : { type: 'move', ids: gesture.ids, dx: gesture.dx, dy: gesture.dy };
    case 'marquee':
      return {
        type: 'marquee',
        rect: rectFromPoints(gesture.origin, gesture.current),
        base: gesture.base,
        additive: gesture.additive,
      };
    case 'create':
      return {
        type: 'create',
        tool: gesture.tool,
        at: gesture.origin.world,
        rect: gesture.dragged ? rectFromPoints(gesture.origin.world, gesture.current.world) : null,
      };
    case 'connect':
      return gesture.target ? { type: 'connect', from: gesture.from, to: gesture.target } : { type: 'none' };
  }
}

/** The rectangle a marquee or a creation drag shows while the pointer is down, if any. */
export function gestureRect(gesture: Gesture): Rect | null {
  if (gesture.kind === 'marquee') return rectFromPoints(gesture.origin, gesture.current);
  if (gesture.kind === 'create' && gesture.dragged)
    return rectFromPoints(gesture.origin.world, gesture.current.world);
  return null;
}
