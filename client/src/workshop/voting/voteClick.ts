// What a click on the canvas means while a dot-vote round is open: place a dot, take one back,
// explain why not, or leave the click to the editor (selecting, dragging). Pure, so the rules the
// voting bar explains are the rules the pointer follows.

export interface VoteClickInput {
  /** This page votes now: a member, a round open, vote mode on. */
  voting: boolean;
  /** The clicked shape is a card (a sticky): only cards take dots. */
  isCard: boolean;
  inScope: boolean;
  /** This person's dots on the card (pending ones included). */
  mine: number;
  /** Dots this person has left to place. */
  left: number;
  allowMultiple: boolean;
  /** Alt/Option+click, a right-click, or a click on one of the person's own dots. */
  takeBack: boolean;
  /** Shift+click keeps its editor meaning (add to the selection). */
  shift: boolean;
}

export type VoteRefusal = 'outOfScope' | 'noneLeft' | 'noDotHere';

export type VoteClickDecision =
  { action: 'pass' } | { action: 'add' } | { action: 'remove' } | { action: 'refuse'; reason: VoteRefusal };

export function decideVoteClick(input: VoteClickInput): VoteClickDecision {
  if (!input.voting || input.shift || !input.isCard) return { action: 'pass' };
  // A dot already placed can always be taken back, even from a card that left the round's scope.
  if (input.takeBack)
    return input.mine > 0 ? { action: 'remove' } : { action: 'refuse', reason: 'noDotHere' };
  // One dot per card: a second click on the card takes the dot back (a toggle).
  if (input.mine > 0 && !input.allowMultiple) return { action: 'remove' };
  if (!input.inScope) return { action: 'refuse', reason: 'outOfScope' };
  if (input.left <= 0) return { action: 'refuse', reason: 'noneLeft' };
  return { action: 'add' };
}
