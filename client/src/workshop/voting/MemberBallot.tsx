// A member's side of an open round: how many dots are left, how clicks vote, vote mode, "done",
// and their own dots with a way to take each back (also the keyboard's way to vote: pick a card
// from the list). Only this person's dots are ever here.
import {
  isCard,
  isInVoteScope,
  ownValue,
  votesLeft,
  votesUsed,
  type Ballot,
  type ShapeId,
  type StickyShape,
  type VoteRound,
} from '@kyoso/shared';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useShapesById, useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { isTouchFirst, shortcutLabel } from '../../ui/platform';
import { useI18n } from '../../i18n/I18nProvider';
import { ballotOf } from './ballotOf';
import { shownBallot } from './ballotStore';
import { cardLabel } from './cardLabel';
import { JoinProblem } from './JoinProblem';
import { VOTE_MODE_KEY } from './useVoteClicks';
import { voteFailure } from './voteFailure';
import { showVoteMessage, updateVotingUi, votingOf } from './votingCanvas';

/** The dots as a row of filled (used) and empty (left) circles. */
function DotMeter({ used, total }: { used: number; total: number }) {
  const shown = Math.min(total, 20);
  return (
    <span className="vote-meter" aria-hidden="true">
      {Array.from({ length: shown }, (_, i) => (
        <span key={i} className={`vote-meter__dot${i < used ? ' vote-meter__dot--used' : ''}`} />
      ))}
    </span>
  );
}

export function MemberBallot({
  session,
  stores,
  workshop,
  round,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'> & { round: VoteRound }) {
  const { t } = useI18n();
  const ballotState = useStore(ballotOf(workshop));
  const { voteMode } = useStore(votingOf(stores).ui);
  const mine = shownBallot(ballotState, round.round);
  const left = votesLeft(mine, round.rules);
  // A touch screen taps, and has no key for vote mode.
  const touch = isTouchFirst();
  const open = round.status === 'open';
  const loading = ballotState.status === 'loading' || (ballotState.status === 'idle' && !ballotState.round);

  const vote = (card: ShapeId, delta: 1 | -1) => {
    void ballotOf(workshop)
      .vote(round.round, card, delta)
      .then((result) => {
        if (result.ok) return;
        showVoteMessage(stores, 'error', t('voting.error.vote', { message: voteFailure(result, t) }));
        ballotOf(workshop).refresh();
      });
  };

  return (
    <div className="member-ballot" data-testid="member-ballot">
      {open ? (
        <>
          <p
            className={`member-ballot__status${left === 0 ? ' member-ballot__status--placed' : ''}`}
            data-testid="votes-left"
            aria-live="polite"
          >
            <DotMeter used={votesUsed(mine)} total={round.rules.votesPerPerson} />
            <span>
              {left === 0
                ? t('voting.bar.placed', { total: round.rules.votesPerPerson })
                : voteMode
                  ? t(touch ? 'voting.bar.voting.touch' : 'voting.bar.voting', {
                      left,
                      total: round.rules.votesPerPerson,
                    })
                  : t('voting.bar.paused', { left, total: round.rules.votesPerPerson })}
            </span>
          </p>
          <p className="voting-hint">
            {voteMode
              ? t(
                  round.rules.allowMultiple
                    ? touch
                      ? 'voting.hint.multiple.touch'
                      : 'voting.hint.multiple'
                    : touch
                      ? 'voting.hint.single.touch'
                      : 'voting.hint.single',
                )
              : touch
                ? t('voting.hint.paused.touch')
                : t('voting.hint.paused', { key: VOTE_MODE_KEY })}
          </p>
          <div className="voting-actions">
            <button
              type="button"
              className="button button--secondary voting-button"
              aria-pressed={voteMode}
              aria-keyshortcuts={VOTE_MODE_KEY}
              data-testid="vote-mode"
              onClick={() => updateVotingUi(stores, { voteMode: !voteMode })}
            >
              <span className={`vote-switch${voteMode ? ' vote-switch--on' : ''}`} aria-hidden="true" />
              {t('voting.mode.label')}
              {!touch && <kbd>{shortcutLabel(VOTE_MODE_KEY)}</kbd>}
            </button>
            <button
              type="button"
              className="button button--ghost voting-button"
              data-testid="vote-done"
              onClick={() => updateVotingUi(stores, { voteMode: false, collapsed: true })}
            >
              {t('voting.bar.done')}
            </button>
          </div>
        </>
      ) : (
        <p className="member-ballot__status" data-testid="votes-left">
          {t('voting.bar.ended')}
        </p>
      )}
      <JoinProblem workshop={workshop} />
      {ballotState.status === 'failed' && ballotState.failure && (
        <div className="alert alert--error voting-alert" role="alert">
          <span>{t('voting.error.ballot', { message: voteFailure(ballotState.failure, t) })}</span>
          <button
            type="button"
            className="button button--ghost voting-button"
            onClick={() => ballotOf(workshop).refresh()}
          >
            {t('voting.retry')}
          </button>
        </div>
      )}
      <MyDots
        session={session}
        ballot={mine}
        loading={loading}
        canChange={open}
        onTakeBack={(card) => vote(card, -1)}
      />
      {open && (
        <VoteFromList
          session={session}
          round={round}
          ballot={mine}
          left={left}
          onVote={(card) => vote(card, 1)}
        />
      )}
      <p className="voting-note">{t('voting.privacy.member')}</p>
    </div>
  );
}

function MyDots({
  session,
  ballot,
  loading,
  canChange,
  onTakeBack,
}: {
  session: CanvasPartProps['session'];
  ballot: Ballot;
  loading: boolean;
  canChange: boolean;
  onTakeBack: (card: ShapeId) => void;
}) {
  const { t } = useI18n();
  const entries = Object.entries(ballot) as [ShapeId, number][];
  useShapesById(
    session.shapes,
    useMemo(() => Object.keys(ballot) as ShapeId[], [ballot]),
  );
  const titleId = useId();
  return (
    <div className="my-dots">
      <h3 id={titleId} className="voting-subtitle">
        {t('voting.mine.title')}
      </h3>
      {entries.length === 0 ? (
        <p className="voting-empty" data-testid="my-votes-empty">
          {loading ? t('voting.mine.loading') : t('voting.mine.none')}
        </p>
      ) : (
        <ul className="my-dots__list" aria-labelledby={titleId} data-testid="my-votes">
          {entries.map(([card, count]) => {
            const label = cardLabel(session.shapes.byId(card), t);
            return (
              <li
                key={card}
                className="my-dots__item"
                data-testid="my-vote"
                data-card={card}
                data-count={count}
              >
                <span className="my-dots__text">{label}</span>
                <span
                  className="my-dots__count"
                  aria-label={t(count === 1 ? 'voting.mine.count.one' : 'voting.mine.count', { count })}
                >
                  {'●'.repeat(Math.min(count, 5))}
                  {count > 5 && `+${count - 5}`}
                </span>
                {canChange && (
                  <button
                    type="button"
                    className="button button--ghost voting-button voting-button--small"
                    aria-label={t('voting.mine.takeBackAria', { card: label })}
                    data-testid="vote-take-back"
                    onClick={() => onTakeBack(card)}
                  >
                    {t('voting.mine.takeBack')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** Voting without a pointer: choose a card in the round from a list. */
function VoteFromList({
  session,
  round,
  ballot,
  left,
  onVote,
}: {
  session: CanvasPartProps['session'];
  round: VoteRound;
  ballot: Ballot;
  left: number;
  onVote: (card: ShapeId) => void;
}) {
  const { t } = useI18n();
  const all = useStore(session.shapes);
  const [choice, setChoice] = useState<ShapeId | ''>('');
  const selectId = useId();
  const cards = useMemo(
    () =>
      all.filter(
        (shape): shape is StickyShape =>
          isCard(shape) && isInVoteScope(shape, round.rules.scope, session.shapes),
      ),
    [all, round, session],
  );
  const chosen = cards.find((card) => card.id === choice);
  const blocked = !chosen
    ? null
    : left === 0
      ? t('voting.refuse.noneLeft', { total: round.rules.votesPerPerson })
      : !round.rules.allowMultiple && (ownValue(ballot, chosen.id) ?? 0) > 0
        ? t('voting.refuse.already')
        : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen && !blocked) onVote(chosen.id);
  };
  return (
    <details
      className="vote-from-list"
      onToggle={(event) => {
        // Opened at the foot of a low panel (a phone's sheet): its "place a dot" comes into sight.
        if (event.currentTarget.open)
          event.currentTarget.querySelector('button[type="submit"]')?.scrollIntoView({ block: 'nearest' });
      }}
    >
      <summary>{t('voting.list.summary')}</summary>
      <form className="vote-from-list__form" onSubmit={submit}>
        <label htmlFor={selectId} className="voting-label">
          {t('voting.list.label')}
        </label>
        <select
          id={selectId}
          className="input select voting-select"
          value={choice}
          onChange={(event) => setChoice(event.target.value as ShapeId | '')}
          data-testid="vote-list-select"
        >
          <option value="">{t('voting.list.choose', { count: cards.length })}</option>
          {cards.map((card) => (
            <option key={card.id} value={card.id}>
              {cardLabel(card, t)}
              {ownValue(ballot, card.id)
                ? ` (${'●'.repeat(Math.min(ownValue(ballot, card.id) ?? 0, 5))})`
                : ''}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="button button--primary voting-button"
          disabled={!chosen || blocked !== null}
          data-testid="vote-list-submit"
        >
          {t('voting.list.submit')}
        </button>
        {blocked && <p className="voting-hint">{blocked}</p>}
      </form>
    </details>
  );
}
