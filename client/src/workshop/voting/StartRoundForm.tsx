// The facilitator starts a round: which cards (all, one frame's, some kinds'), dots per person,
// and whether one person may put several dots on one card. Shows how many cards the round covers.
import {
  CARD_KINDS,
  distinctFrameNames,
  MAX_VOTES_PER_PERSON,
  isCard,
  isInVoteScope,
  type CardKind,
  type FrameShape,
  type ShapeId,
  type VoteRules,
  type VoteScope,
} from '@kyoso/shared';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useBackOnline } from '../../bindings/useBackOnline';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { frameName } from './roundText';
import { voteFailure } from './voteFailure';

export const DEFAULT_VOTES_PER_PERSON = 3;

type ScopeKind = VoteScope['kind'];

/** The votes-per-person field: a whole number in range, or null. */
export function parseVotesPerPerson(text: string): number | null {
  const value = Number(text.trim());
  return Number.isInteger(value) && value >= 1 && value <= MAX_VOTES_PER_PERSON ? value : null;
}

interface StartRoundFormProps {
  session: CanvasPartProps['session'];
  workshop: CanvasPartProps['workshop'];
  /** The participant token, or null while joining (the form explains and waits). */
  token: string | null;
  onCancel: (() => void) | null;
}

export function StartRoundForm({ session, workshop, token, onCancel }: StartRoundFormProps) {
  const { t } = useI18n();
  const all = useStore(session.shapes);
  const [scopeKind, setScopeKind] = useState<ScopeKind>('all');
  const [frame, setFrame] = useState<ShapeId | ''>('');
  const [cardKinds, setCardKinds] = useState<readonly CardKind[]>(['idea']);
  const [votes, setVotes] = useState(String(DEFAULT_VOTES_PER_PERSON));
  const [allowMultiple, setAllowMultiple] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; network: boolean } | null>(null);
  useBackOnline(workshop.connection, () => setError(null), error?.network === true);
  const ids = {
    scope: useId(),
    frame: useId(),
    votes: useId(),
    votesHint: useId(),
    error: useId(),
  };

  const frames = useMemo(() => {
    const list = all
      .filter((shape): shape is FrameShape => shape.type === 'frame')
      .sort((a, b) => a.y - b.y || a.x - b.x);
    // A template's lanes repeat their areas' titles: each entry names its lane too.
    const names = distinctFrameNames(list);
    return list.map((shape) => ({ id: shape.id, name: names.get(shape.id) || frameName(shape, t) }));
  }, [all, t]);
  const chosenFrame = frames.some((entry) => entry.id === frame) ? frame : (frames[0]?.id ?? '');
  const scope = useMemo<VoteScope | null>(() => {
    if (scopeKind === 'all') return { kind: 'all' };
    if (scopeKind === 'kind') return cardKinds.length > 0 ? { kind: 'kind', cardKinds } : null;
    return chosenFrame ? { kind: 'frame', frame: chosenFrame } : null;
  }, [scopeKind, cardKinds, chosenFrame]);
  const cardCount = useMemo(
    () =>
      scope ? all.filter((shape) => isCard(shape) && isInVoteScope(shape, scope, session.shapes)).length : 0,
    [all, session, scope],
  );
  const votesPerPerson = parseVotesPerPerson(votes);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!scope || votesPerPerson === null || cardCount === 0 || !token || busy) return;
    const rules: VoteRules = { scope, votesPerPerson, allowMultiple };
    setBusy(true);
    setError(null);
    const result = await workshop.api.startVote(token, rules);
    setBusy(false);
    if (!result.ok)
      setError({
        text: t('voting.error.start', { message: voteFailure(result, t) }),
        network: result.status === 0,
      });
  };

  return (
    <form
      className="start-round"
      onSubmit={(event) => void submit(event)}
      data-testid="start-round"
      noValidate
    >
      <fieldset className="start-round__scope">
        <legend className="voting-label">{t('voting.start.scope')}</legend>
        {(['all', 'frame', 'kind'] as const).map((kind) => (
          <label key={kind} className="voting-radio">
            <input
              type="radio"
              name={ids.scope}
              value={kind}
              checked={scopeKind === kind}
              onChange={() => setScopeKind(kind)}
              data-testid={`vote-scope-${kind}`}
            />
            {t(`voting.start.scope.${kind}`)}
          </label>
        ))}
        {scopeKind === 'frame' &&
          (frames.length === 0 ? (
            <p className="voting-hint">{t('voting.start.noFrames')}</p>
          ) : (
            <select
              id={ids.frame}
              aria-label={t('voting.start.frame')}
              className="input select voting-select"
              value={chosenFrame}
              onChange={(event) => setFrame(event.target.value as ShapeId)}
              data-testid="vote-frame"
            >
              {frames.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </select>
          ))}
        {scopeKind === 'kind' && (
          <fieldset className="start-round__kinds" data-testid="vote-kinds">
            <legend className="voting-hint">{t('voting.start.kind')}</legend>
            {CARD_KINDS.map((kind) => (
              <label key={kind} className="voting-check">
                <input
                  type="checkbox"
                  checked={cardKinds.includes(kind)}
                  onChange={(event) =>
                    setCardKinds(
                      CARD_KINDS.filter((k) => (k === kind ? event.target.checked : cardKinds.includes(k))),
                    )
                  }
                  data-testid={`vote-kind-${kind}`}
                />
                {t(`kind.${kind}`)}
              </label>
            ))}
          </fieldset>
        )}
        <p
          className={`voting-hint${scope && cardCount === 0 ? ' voting-hint--warning' : ''}`}
          data-testid="vote-scope-count"
        >
          {scope && cardCount === 0
            ? t('voting.start.noCards')
            : t('voting.start.cardCount', { count: cardCount })}
        </p>
      </fieldset>
      <div className="start-round__row">
        <label htmlFor={ids.votes} className="voting-label">
          {t('voting.start.votes')}
        </label>
        <input
          id={ids.votes}
          className="input start-round__number"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_VOTES_PER_PERSON}
          value={votes}
          onChange={(event) => setVotes(event.target.value)}
          aria-invalid={votesPerPerson === null}
          aria-describedby={ids.votesHint}
          data-testid="vote-count"
        />
        <span className="voting-hint" id={ids.votesHint}>
          {votesPerPerson === null
            ? t('voting.start.votesInvalid', { max: MAX_VOTES_PER_PERSON })
            : t('voting.start.votesHint')}
        </span>
      </div>
      <label className="voting-check">
        <input
          type="checkbox"
          checked={allowMultiple}
          onChange={(event) => setAllowMultiple(event.target.checked)}
          data-testid="vote-multiple"
        />
        {t('voting.start.multiple')}
      </label>
      {error && (
        <p className="alert alert--error voting-alert" role="alert" id={ids.error} data-testid="vote-error">
          {error.text}
        </p>
      )}
      {!token && <p className="voting-hint">{t('voting.joining')}</p>}
      <div className="voting-actions">
        <button
          type="submit"
          className="button button--primary voting-button"
          disabled={busy || !token || !scope || votesPerPerson === null || cardCount === 0}
          data-testid="vote-start"
        >
          {busy ? t('voting.start.busy') : t('voting.start.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost voting-button" onClick={onCancel}>
            {t('voting.cancel')}
          </button>
        )}
      </div>
      <p className="voting-note">{t('voting.privacy.facilitator')}</p>
    </form>
  );
}
