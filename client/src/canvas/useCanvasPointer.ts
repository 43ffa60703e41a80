// Pointer input on the canvas: feeds the gesture machine (gesture.ts), pans and zooms the camera,
// streams the cursor and drags through presence, and carries out each gesture's effect on release.
// On a touch screen one finger on empty board pans (on a card it selects, drags, taps to vote), and
// two fingers pinch and pan (pinch.ts), dropping whatever the first finger had begun (a card it
// selected goes back to the selection before).
import type { ShapeId } from '@kyoso/shared';
import type Konva from 'konva';
import { useEffect, type RefObject } from 'react';
import type { BoardSession, Point } from '../sync/session-types';
import type { CanvasActions } from './canvasActions';
import { refuseEdit, type CanvasStores } from './canvasStores';
import { focusCanvasQuietly } from './canvasFocus';
import { dragTargets } from './dragTargets';
import { movableIds } from './editRights';
import {
  IDLE,
  pointerDown,
  pointerMove,
  pointerUp,
  type Gesture,
  type GestureEffect,
  type PointerInput,
} from './gesture';
import { pinchCamera, startPinch, type Pinch } from './pinch';
import { boxAt, shapeAt } from './pointerHits';
import { rightsNow } from './rightsNow';
import { marqueeSelection } from './selection';
import { panBy, screenToWorld, wheelPanDelta, wheelZoomFactor, zoomAt } from './viewport';

/** A press held this long is a hold (the card's "who made it", at 550 ms), never a double tap's second tap. */
const LONGEST_TAP_MS = 500;

interface PointerOptions {
  container: RefObject<HTMLDivElement | null>;
  stage: RefObject<Konva.Stage | null>;
  session: BoardSession;
  stores: CanvasStores;
  actions: CanvasActions;
}

/** Whether a press landed on the resize handles (Konva handles those itself). */
function onTransformer(stage: Konva.Stage | null, screen: Point): boolean {
  const node = stage?.getIntersection(screen);
  return (
    !!node && (node.getParent()?.getClassName() === 'Transformer' || node.getClassName() === 'Transformer')
  );
}

export function useCanvasPointer({ container, stage, session, stores, actions }: PointerOptions): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { camera, editor, drag } = stores;
    const gestureStore = stores.gesture;
    const votes = stores.cardClicks;
    /** The last click was a vote: a double-click made of vote clicks does not start editing. */
    let voted = false;
    const { presence } = session;
    /** Fingers on the canvas (touch pointers), and the pinch two of them make. */
    const fingers = new Map<number, Point>();
    let pinch: Pinch | null = null;
    const twoFingers = (): [Point, Point] | null => {
      const [a, b] = [...fingers.values()];
      return a && b ? [a, b] : null;
    };

    // How long the last two presses lasted, for telling a double tap from a tap and a hold.
    let pressedAt = 0;
    let heldFor = 0;
    let heldBefore = 0;
    const screenOf = (event: { clientX: number; clientY: number }): Point => {
      const bounds = element.getBoundingClientRect();
      return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
    };
    const inputOf = (event: PointerEvent): PointerInput => {
      const screen = screenOf(event);
      return {
        screen,
        world: screenToWorld(camera.get(), screen),
        button: event.button,
        shift: event.shiftKey,
      };
    };
    const endDrag = () => {
      if (drag.get()) {
        drag.set(null);
        presence.setDragging(null);
      }
    };

    const apply = (effect: GestureEffect) => {
      switch (effect.type) {
        case 'none':
          return;
        case 'select':
          return editor.update({ selection: effect.ids });
        case 'marquee': {
          const candidates = session.shapes
            .search(effect.rect)
            .flatMap((id) => session.shapes.byId(id) ?? []);
          return editor.update({
            selection: marqueeSelection(effect.rect, candidates, effect.base, effect.additive),
          });
        }
        case 'move':
          return actions.move(effect.ids, effect.dx, effect.dy);
        case 'create':
          actions.create(effect.tool, effect.at, effect.rect);
          return;
        case 'connect':
          return actions.connect(effect.from, effect.to);
      }
    };

    const onPointerDown = (event: PointerEvent) => {
      pressedAt = event.timeStamp;
      const screen = screenOf(event);
      const touch = event.pointerType === 'touch';
      if (touch) {
        fingers.set(event.pointerId, screen);
        element.setPointerCapture(event.pointerId);
        const pair = twoFingers();
        if (pair) {
          // A second finger: the first one's gesture is dropped, the pinch takes over. A card the
          // first finger landed on was not being chosen: the selection goes back to what it was.
          const dropped = gestureStore.get();
          if (dropped.kind === 'press') editor.update({ selection: dropped.before });
          gestureStore.set(IDLE);
          endDrag();
          pinch = startPinch(camera.get(), ...pair);
          event.preventDefault();
          return;
        }
        if (pinch) return;
      }
      if (event.button === 2 || onTransformer(stage.current, screen)) return;
      // Take the keyboard focus from whatever had it (a select in the property bar, a button, the
      // text editor: leaving it writes what it shows, a word still being converted too, and ends
      // editing).
      focusCanvasQuietly(element);
      if (editor.get().editing) actions.finishEditing();
      const state = editor.get();
      const input = { ...inputOf(event), shift: event.shiftKey || state.selectingMore };
      const hit = shapeAt(session.shapes, input.world, camera.get().zoom);
      const { gesture, selection } = pointerDown(
        {
          tool: state.tool,
          spaceHeld: state.spaceHeld,
          fingerOnEmpty: touch && hit === null && !state.selectingMore,
          readOnly: session.readOnly,
          selection: state.selection,
        },
        input,
        hit,
      );
      // A press that may be a vote leaves the selection alone until it turns into a drag.
      if (!(gesture.kind === 'press' && votes.claims(gesture.hit, input.shift))) editor.update({ selection });
      gestureStore.set(gesture);
      if (gesture.kind !== 'idle') {
        element.setPointerCapture(event.pointerId);
        event.preventDefault();
      }
    };

    const onPointerMove = (event: PointerEvent) => {
      if (event.pointerType === 'touch' && fingers.has(event.pointerId)) {
        fingers.set(event.pointerId, screenOf(event));
        const pair = twoFingers();
        if (pinch && pair) {
          camera.set(pinchCamera(pinch, ...pair));
          return;
        }
        if (pinch) return;
      }
      const input = inputOf(event);
      stores.pointer.world = input.world;
      presence.setCursor(votes.active() ? null : input.world);
      const current = gestureStore.get();
      if (current.kind === 'idle') return;
      const target =
        current.kind === 'connect'
          ? boxAt(session.shapes, input.world, camera.get().zoom, current.from)
          : null;
      const { gesture, pan } = pointerMove(current, input, target);
      if (pan) camera.set(panBy(camera.get(), pan.x, pan.y));
      let movable: readonly ShapeId[] = [];
      if (gesture.kind === 'drag' && current.kind === 'press') {
        // What this page may not change (locked, another company's) stays put: a press on it
        // explains why instead of dragging.
        const rights = rightsNow(session, stores);
        const all = session.shapes.all();
        const free = movableIds(gesture.ids, rights, session.shapes.byId, all);
        movable = free.ids;
        if (free.refused) refuseEdit(stores, free.refused);
        if ((current.hit && rights.whyNot(current.hit)) || movable.length === 0) {
          gestureStore.set({ ...current, canDrag: false });
          return;
        }
      }
      if (gesture.kind === 'drag') {
        // A press that might have been a vote kept the selection; a drag selects as usual.
        if (current.kind === 'press') editor.update({ selection: current.selection });
        const ids =
          current.kind === 'drag'
            ? (drag.get()?.ids ?? [])
            : dragTargets(movable, session.shapes.byId, session.shapes.all());
        const next = { ids, dx: gesture.dx, dy: gesture.dy };
        drag.set(next);
        presence.setDragging(next);
      }
      gestureStore.set(gesture);
    };

    const finish = (event: PointerEvent, cancelled: boolean) => {
      heldBefore = heldFor;
      heldFor = event.timeStamp - pressedAt;
      if (event.pointerType === 'touch') {
        fingers.delete(event.pointerId);
        if (pinch) {
          // The pinch ends when a finger lifts; the other does nothing until it lifts too.
          if (fingers.size === 0) pinch = null;
          if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
          return;
        }
      }
      const current: Gesture = gestureStore.get();
      if (current.kind === 'idle') return;
      if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
      gestureStore.set(IDLE);
      if (
        !cancelled &&
        current.kind === 'press' &&
        votes.click({
          card: current.hit,
          world: current.origin.world,
          takeBack: event.altKey,
          shift: current.shift,
        })
      ) {
        // While a member votes, a plain click on a card places or takes back a dot instead.
        voted = true;
        editor.update({ selection: current.before });
      } else {
        voted = false;
        if (!cancelled) apply(pointerUp(current));
      }
      endDrag();
      session.history.stopCapturing();
    };
    const onPointerUp = (event: PointerEvent) => finish(event, false);
    const onPointerCancel = (event: PointerEvent) => finish(event, true);
    const onPointerLeave = () => {
      if (gestureStore.get().kind === 'idle') presence.setCursor(null);
    };

    const onBlur = () => {
      delete element.dataset.focus;
    };

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const screen = screenOf(event);
      const cam = camera.get();
      if (event.ctrlKey || event.metaKey) {
        camera.set(zoomAt(cam, screen, cam.zoom * wheelZoomFactor(event.deltaY, event.deltaMode)));
      } else {
        const delta = wheelPanDelta(event.deltaX, event.deltaY, event.deltaMode, event.shiftKey);
        camera.set(panBy(cam, -delta.x, -delta.y));
      }
      const world = screenToWorld(camera.get(), screen);
      stores.pointer.world = world;
      presence.setCursor(votes.active() ? null : world);
    };

    const onDoubleClick = (event: MouseEvent) => {
      // A hold (asking who made the card) and a tap next to it reach here as a double tap: no edit.
      if (Math.max(heldFor, heldBefore) >= LONGEST_TAP_MS) return;
      if (voted || session.readOnly || editor.get().tool === 'hand' || editor.get().spaceHeld) return;
      const world = screenToWorld(camera.get(), screenOf(event));
      const hit = shapeAt(session.shapes, world, camera.get().zoom);
      if (hit) actions.startEditing(hit);
      else actions.create('sticky', world, null);
    };

    // A locked shape's resize handles explain instead of resizing: the press never reaches Konva.
    const onHandlePress = (event: PointerEvent | TouchEvent) => {
      const point = 'touches' in event ? event.touches[0] : event;
      const [only, ...more] = editor.get().selection;
      if (!point || !only || more.length > 0 || !onTransformer(stage.current, screenOf(point))) return;
      const refused = rightsNow(session, stores).whyNot(only);
      if (!refused) return;
      event.stopPropagation();
      event.preventDefault();
      refuseEdit(stores, refused);
    };

    element.addEventListener('pointerdown', onHandlePress, { capture: true });
    element.addEventListener('touchstart', onHandlePress, { capture: true, passive: false });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerCancel);
    element.addEventListener('pointerleave', onPointerLeave);
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('dblclick', onDoubleClick);
    element.addEventListener('blur', onBlur);
    return () => {
      element.removeEventListener('pointerdown', onHandlePress, { capture: true });
      element.removeEventListener('touchstart', onHandlePress, { capture: true });
      element.removeEventListener('blur', onBlur);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerCancel);
      element.removeEventListener('pointerleave', onPointerLeave);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('dblclick', onDoubleClick);
    };
  }, [container, stage, session, stores, actions]);
}
