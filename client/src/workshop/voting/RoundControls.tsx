// The facilitator's controls for the current round: end it, reveal it, or start a new one.
// Nobody's dots reach this page before the reveal, the facilitator's included.
import type { VoteRound } from '@kyoso/shared';
import { useState } from 'react';
import { useBackOnline } from '../../bindings/useBackOnline';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import type { CommandResult } from '../../sync/commandsApi';
import { useRoomProgress } from '../participants/useRoomProgress';
import { JoinProblem } from './JoinProblem';
import { StartRoundForm } from './StartRoundForm';
import { voteFailure } from './voteFailure';

interface RoundControlsProps {
  session: CanvasPartProps['session'];
  workshop: CanvasPartProps['workshop'];
  round: VoteRound | null;
}

export function RoundControls({ session, workshop, round }: RoundControlsProps) {
  const { t } = useI18n();
  const participant = useStore(workshop.participant);
  const token = participant.status === 'ready' ? participant.token : null;
  const [busy, setBusy] = useState<'end' | 'reveal' | null>(null);
  const [error, setError] = useState<{ text: string; network: boolean } | null>(null);
  useBackOnline(workshop.connection, () => setError(null), error?.network === true);
  const [newRound, setNewRound] = useState<number | null>(null);
  // How many have voted so far, of the members who could take part in this round (counts from
  // the server: nobody's dots reach this page, and the roster alone cannot tell who voted).
  const counting = round !== null && round.status !== 'revealed';
  const progress = useRoomProgress(workshop, counting);
  const votes = progress?.votes?.round === round?.round ? progress?.votes : null;

  const run = async (action: 'end' | 'reveal', command: () => Promise<CommandResult<unknown>>) => {
    setBusy(action);
    setError(null);
    const result = await command();
    setBusy(null);
    if (!result.ok)
      setError({
        text: t(`voting.error.${action}`, { message: voteFailure(result, t) }),
        network: result.status === 0,
      });
  };

  const joinProblem = <JoinProblem workshop={workshop} />;

  // No round yet, or the facilitator asked for a new one after the reveal.
  if (!round || (round.status === 'revealed' && newRound === round.round))
    return (
      <>
        {joinProblem}
        <StartRoundForm
          session={session}
          workshop={workshop}
          token={token}
          onCancel={round ? () => setNewRound(null) : null}
        />
      </>
    );

  return (
    <div className="round-controls" data-testid="round-controls">
      {joinProblem}
      {round.status === 'open' && <p className="voting-note">{t('voting.facilitator.open')}</p>}
      {round.status === 'ended' && <p className="voting-note">{t('voting.facilitator.ended')}</p>}
      {counting && votes && (
        <p className="voting-count" data-testid="vote-progress">
          {t('voting.facilitator.voted', { voted: votes.voted, members: votes.members })}
        </p>
      )}
      {error && (
        <p className="alert alert--error voting-alert" role="alert" data-testid="vote-error">
          {error.text}
        </p>
      )}
      <div className="voting-actions">
        {round.status === 'open' && (
          <button
            type="button"
            className="button button--secondary voting-button"
            disabled={busy !== null || !token}
            data-testid="vote-end"
            onClick={() => token && void run('end', () => workshop.api.endVote(token, round.round))}
          >
            {busy === 'end' ? t('voting.end.busy') : t('voting.end')}
          </button>
        )}
        {round.status !== 'revealed' && (
          <button
            type="button"
            className="button button--primary voting-button"
            disabled={busy !== null || !token}
            data-testid="vote-reveal"
            onClick={() => token && void run('reveal', () => workshop.api.revealVotes(token, round.round))}
          >
            {busy === 'reveal' ? t('voting.reveal.busy') : t('voting.reveal')}
          </button>
        )}
        {round.status === 'revealed' && (
          <button
            type="button"
            className="button button--secondary voting-button"
            data-testid="vote-new-round"
            onClick={() => setNewRound(round.round)}
          >
            {t('voting.newRound')}
          </button>
        )}
      </div>
      {!token && participant.status === 'joining' && <p className="voting-hint">{t('voting.joining')}</p>}
    </div>
  );
}
