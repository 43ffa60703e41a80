// The voting panel, top right over the canvas: the round's state and rules for everyone; a
// member's dots and vote mode while a round is open; the facilitator's controls; the results
// after the reveal. Folds into its title bar ("done" for a member, or to make room).
import { votesLeft, type VoteRound } from '@kyoso/shared';
import { useId, useMemo } from 'react';
import { useShapesById, useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n, type TranslateFn } from '../../i18n/I18nProvider';
import { InSlot } from '../../ui/PanelDock';
import { useCurrentPhaseKey } from '../currentPhase';
import { ballotOf } from './ballotOf';
import { shownBallot } from './ballotStore';
import { MemberBallot } from './MemberBallot';
import { ResultsList } from './ResultsList';
import { RoundControls } from './RoundControls';
import { rulesText, scopeText } from './roundText';
import { useVoteRound } from './useVoteRound';
import { VoteMessageLine } from './VoteMessageLine';
import { updateVotingUi, votingOf } from './votingCanvas';

function statusText(round: VoteRound | null, t: TranslateFn): string {
  if (!round) return t('voting.status.none');
  return t(`voting.status.${round.status}`);
}

/** "2 of 5 left" on the folded bar, so a member sees it without opening the panel. */
function LeftChip({ workshop, round }: { workshop: CanvasPartProps['workshop']; round: VoteRound }) {
  const { t } = useI18n();
  const state = useStore(ballotOf(workshop));
  const left = votesLeft(shownBallot(state, round.round), round.rules);
  return (
    <span className="voting-panel__left" data-testid="votes-left-chip">
      {t('voting.left', { left, total: round.rules.votesPerPerson })}
    </span>
  );
}

export function VotingPanel(props: CanvasPartProps) {
  const { session, stores, workshop } = props;
  const { t } = useI18n();
  const round = useVoteRound(workshop);
  const { collapsed } = useStore(votingOf(stores).ui);
  const scope = round?.rules.scope;
  // The scope's frame title: re-rendered when that frame changes.
  useShapesById(
    session.shapes,
    useMemo(() => (scope?.kind === 'frame' ? [scope.frame] : []), [scope]),
  );
  const bodyId = useId();
  const role = session.identity.role;
  // Before the first round, members and observers see the panel only in the vote step: waiting.
  const voteStep = useCurrentPhaseKey(workshop) === 'vote';
  if (!round && !workshop.canControl && !voteStep) return null;

  const status = round?.status ?? 'none';
  return (
    <InSlot side="right" open={!collapsed} onClose={() => updateVotingUi(stores, { collapsed: true })}>
      <section
        className={`voting-panel${collapsed ? ' dock-chip' : ''}`}
        aria-label={t('voting.title')}
        data-testid="voting-panel"
        data-status={status}
      >
        <button
          type="button"
          className="voting-panel__head"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          data-testid="voting-panel-toggle"
          onClick={() =>
            updateVotingUi(stores, collapsed ? { collapsed: false, voteMode: true } : { collapsed: true })
          }
        >
          <span className="voting-panel__icon" aria-hidden="true" />
          <span className="voting-panel__title">{t('voting.title')}</span>
          <span className={`voting-status voting-status--${status}`} data-testid="vote-status">
            {statusText(round, t)}
          </span>
          {collapsed && role === 'member' && round?.status === 'open' && (
            <LeftChip workshop={workshop} round={round} />
          )}
          <span
            className={`voting-panel__chevron${collapsed ? '' : ' voting-panel__chevron--open'}`}
            aria-hidden="true"
          />
        </button>
        {!collapsed && (
          <div id={bodyId} className="voting-panel__body">
            {round && (
              <p className="voting-rules" data-testid="vote-rules">
                <span>{t('voting.round', { n: round.round })}</span>
                <span>{rulesText(round.rules, t)}</span>
                <span>{scopeText(round.rules.scope, t, session.shapes.byId)}</span>
              </p>
            )}
            {!round && !workshop.canControl && (
              <p className="voting-note" data-testid="vote-waiting">
                {t(role === 'member' ? 'voting.waiting.member' : 'voting.waiting.observer')}
              </p>
            )}
            {role === 'member' && round && round.status !== 'revealed' && (
              <MemberBallot {...props} round={round} />
            )}
            {role === 'observer' && round && round.status !== 'revealed' && (
              <p className="voting-note">{t(`voting.observer.${round.status}`)}</p>
            )}
            {round?.status === 'revealed' && (
              <ResultsList session={session} stores={stores} workshop={workshop} round={round} />
            )}
            {workshop.canControl && <RoundControls session={session} workshop={workshop} round={round} />}
          </div>
        )}
        <VoteMessageLine stores={stores} />
      </section>
    </InSlot>
  );
}
