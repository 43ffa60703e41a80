// Dot voting on the board (issue 4, item 3): the panel, and the behaviour behind it (a member's
// own ballot kept fresh, clicks on cards that vote, the panel opening when a round changes).
// The marks on the cards are drawn by VoteOverlay, on the canvas's overlay layer.
import { votesLeft } from '@kyoso/shared';
import { useEffect, useRef } from 'react';
import { provideTestVotes } from '../../sync/testHandle';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentPhaseKey } from '../currentPhase';
import { ballotOf } from './ballotOf';
import { shownBallot } from './ballotStore';
import { useBallotSync } from './useBallotSync';
import { useVoteClicks } from './useVoteClicks';
import { roundKey, useVoteRound } from './useVoteRound';
import { updateVotingUi, votingOf } from './votingCanvas';
import { VotingPanel } from './VotingPanel';
import './voting.css';

export function Voting(props: CanvasPartProps) {
  const { session, stores, workshop } = props;
  const { t } = useI18n();
  const isVoter = session.identity.role === 'member';
  const round = useVoteRound(workshop);
  const key = roundKey(round);
  useBallotSync(session, workshop, isVoter);
  useVoteClicks(props, t);

  // A round that starts, ends or is revealed opens the panel (and, for voting, vote mode).
  useEffect(() => {
    const status = workshop.ledger.get().vote?.status ?? null;
    votingOf(stores).message.set(null);
    if (status === null) updateVotingUi(stores, { collapsed: true });
    else updateVotingUi(stores, { collapsed: false, voteMode: status === 'open' });
  }, [stores, workshop, key]);

  // The vote step opens the panel: the facilitator's at its "start" form (folded into its chip it
  // was easy to miss, and members had nothing to vote with), everyone else's saying what comes.
  const phase = useCurrentPhaseKey(workshop);
  const seenPhase = useRef(phase);
  useEffect(() => {
    const previous = seenPhase.current;
    seenPhase.current = phase;
    if (phase !== 'vote' || previous === 'vote') return;
    const status = workshop.ledger.get().vote?.status ?? null;
    if (status === null || status === 'revealed') updateVotingUi(stores, { collapsed: false });
  }, [phase, stores, workshop]);

  // `window.kyoso.votes()`: what this page knows about votes, for tests and debugging.
  useEffect(
    () =>
      provideTestVotes(session, () => {
        const vote = workshop.ledger.get().vote;
        const mine = vote && isVoter ? shownBallot(ballotOf(workshop).get(), vote.round) : {};
        return {
          round: vote?.round ?? null,
          status: vote?.status ?? null,
          rules: vote ? { ...vote.rules } : null,
          mine: { ...mine },
          left: vote && isVoter ? votesLeft(mine, vote.rules) : null,
          totals: vote?.totals ? { ...vote.totals } : null,
        };
      }),
    [session, workshop, isVoter],
  );

  return <VotingPanel {...props} />;
}
