// The voting state of one open canvas, shared by the voting panel, the canvas overlay and the
// pointer: whether clicks on cards vote (vote mode), whether the panel is folded, the "top N"
// highlight, the latest short explanation, and the handler the pointer asks first on a click.
// Kept per canvas (like the facilitation notices), never in a document.
import type { ShapeId } from '@kyoso/shared';
import type { CanvasStores } from '../../canvas/canvasStores';
import type { Point } from '../../sync/session-types';
import { createValueStore, type ValueStore } from '../../sync/store';

export interface VotingUi {
  /** Clicks on cards place and take back dots (members, while a round is open). */
  voteMode: boolean;
  /** The voting panel is folded into its title bar. */
  collapsed: boolean;
  /** After the reveal: dim every card outside the top N (null: off). */
  highlightTop: number | null;
}

export interface VoteMessage {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface VoteClick {
  card: ShapeId;
  world: Point;
  /** Alt/Option+click or a right-click: take a dot back. */
  takeBack: boolean;
  shift: boolean;
}

/** What the canvas pointer asks voting before it does its own thing. */
export interface VotePointer {
  /**
   * This person is voting (vote mode, round open): their cursor is not shared, so nobody can
   * watch which cards they click.
   */
  active(): boolean;
  /** A press on `card` may be a vote: the selection waits until the press becomes a drag. */
  claims(card: ShapeId, shift: boolean): boolean;
  /** A click on `card`; returns whether it was about voting (then the editor ignores it). */
  click(click: VoteClick): boolean;
}

export interface VotingCanvas {
  ui: ValueStore<VotingUi>;
  message: ValueStore<VoteMessage | null>;
  /** Set by the voting panel while this page can vote. */
  pointer: { current: VotePointer | null };
}

const sameUi = (a: VotingUi, b: VotingUi) =>
  a.voteMode === b.voteMode && a.collapsed === b.collapsed && a.highlightTop === b.highlightTop;

const canvases = new WeakMap<CanvasStores, VotingCanvas>();
let messages = 0;

export function votingOf(stores: CanvasStores): VotingCanvas {
  let voting = canvases.get(stores);
  if (!voting) {
    voting = {
      ui: createValueStore<VotingUi>({ voteMode: true, collapsed: false, highlightTop: null }, sameUi),
      message: createValueStore<VoteMessage | null>(null),
      pointer: { current: null },
    };
    canvases.set(stores, voting);
  }
  return voting;
}

export function updateVotingUi(stores: CanvasStores, change: Partial<VotingUi>): void {
  const { ui } = votingOf(stores);
  ui.set({ ...ui.get(), ...change });
}

export function showVoteMessage(stores: CanvasStores, kind: VoteMessage['kind'], text: string): void {
  messages += 1;
  votingOf(stores).message.set({ id: messages, kind, text });
}

/** For the canvas pointer: asks whoever votes on this canvas, if anyone. */
export function votePointerOf(stores: CanvasStores): VotePointer {
  const current = () => votingOf(stores).pointer.current;
  return {
    active: () => current()?.active() ?? false,
    claims: (card, shift) => current()?.claims(card, shift) ?? false,
    click: (click) => current()?.click(click) ?? false,
  };
}
