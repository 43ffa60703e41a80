// An extension point of the pointer: a feature that takes clicks on cards before the editor does
// (voting: while a round is open, a click places a dot instead of selecting). At most one at a
// time; the canvas asks it first and does its own thing only when it passes.
import type { ShapeId } from '@kyoso/shared';
import type { Point } from '../sync/session-types';

export interface CardClick {
  card: ShapeId;
  world: Point;
  /** Alt/Option+click or a right-click: the opposite action (a vote taken back). */
  takeBack: boolean;
  shift: boolean;
}

export interface CardClickHandler {
  /** The handler is in charge now: this person's cursor is not shared (nobody watches which cards they click). */
  active(): boolean;
  /** A press on `card` may be this handler's: the selection waits until the press becomes a drag. */
  claims(card: ShapeId, shift: boolean): boolean;
  /** A click on `card`; returns whether it was the handler's (then the editor ignores it). */
  click(click: CardClick): boolean;
}

/** Where a feature puts its handler (`current`), and what the pointer asks (`active`, ...). */
export interface CardClicks extends CardClickHandler {
  current: CardClickHandler | null;
}

export function createCardClicks(): CardClicks {
  const clicks: CardClicks = {
    current: null,
    active: () => clicks.current?.active() ?? false,
    claims: (card, shift) => clicks.current?.claims(card, shift) ?? false,
    click: (click) => clicks.current?.click(click) ?? false,
  };
  return clicks;
}
