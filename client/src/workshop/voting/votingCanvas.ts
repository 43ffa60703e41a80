// The voting state of one open canvas, shared by the voting panel, the canvas overlay and the
// pointer: whether clicks on cards vote (vote mode), whether the panel is folded, and the latest
// short explanation (the "top N" highlight is everyone's: it lives in `control`, useHighlight.ts). (Its clicks on cards reach the pointer through the
// canvas's card-click extension point: canvas/cardClicks.ts.)
// Kept per canvas (like the facilitation notices), never in a document.
import type { CanvasStores } from '../../canvas/canvasStores';
import { createValueStore, type ValueStore } from '../../sync/store';

export interface VotingUi {
  /** Clicks on cards place and take back dots (members, while a round is open). */
  voteMode: boolean;
  /** The voting panel is folded into its title bar. */
  collapsed: boolean;
}

export interface VoteMessage {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface VotingCanvas {
  ui: ValueStore<VotingUi>;
  message: ValueStore<VoteMessage | null>;
}

const sameUi = (a: VotingUi, b: VotingUi) => a.voteMode === b.voteMode && a.collapsed === b.collapsed;

const canvases = new WeakMap<CanvasStores, VotingCanvas>();
let messages = 0;

export function votingOf(stores: CanvasStores): VotingCanvas {
  let voting = canvases.get(stores);
  if (!voting) {
    voting = {
      ui: createValueStore<VotingUi>({ voteMode: true, collapsed: false }, sameUi),
      message: createValueStore<VoteMessage | null>(null),
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
