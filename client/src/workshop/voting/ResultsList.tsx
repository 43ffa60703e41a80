// The revealed results, the same for everyone (they come from the ledger): cards by votes, most
// first; choosing one brings it into view. The facilitator's "highlight top N" dims every other
// card on every page (it lives in `control`); members see that it is on and how many.
import { HIGHLIGHT_MAX, isBoxShape, setVoteHighlight, type VoteRound } from '@kyoso/shared';
import { useId, useMemo } from 'react';
import { useShapesById } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { fitBounds } from '../../canvas/viewport';
import { useI18n } from '../../i18n/I18nProvider';
import { cardLabel } from './cardLabel';
import { HIGHLIGHT_DEFAULT, rankResults } from './ranking';
import { useHighlightTop } from './useHighlight';

/** Room around a card brought into view from the list, screen pixels. */
const FOCUS_PADDING = 160;

export function ResultsList({
  session,
  stores,
  workshop,
  round,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'> & { round: VoteRound }) {
  const { t } = useI18n();
  const highlightTop = useHighlightTop(workshop, round);
  const ranked = useMemo(() => rankResults(round.totals ?? {}), [round]);
  useShapesById(
    session.shapes,
    useMemo(() => ranked.map((entry) => entry.card), [ranked]),
  );
  const dots = ranked.reduce((sum, entry) => sum + entry.votes, 0);
  const countId = useId();
  const titleId = useId();

  const focus = (id: (typeof ranked)[number]['card']) => {
    const shape = session.shapes.byId(id);
    if (!shape || !isBoxShape(shape)) return;
    stores.camera.set(fitBounds(shape, stores.size.get(), FOCUS_PADDING));
  };
  const setTop = (value: number | null) =>
    workshop.runControl((doc, origin) =>
      setVoteHighlight(
        doc,
        value === null
          ? null
          : { round: round.round, top: Math.min(HIGHLIGHT_MAX, Math.max(1, Math.round(value))) },
        origin,
      ),
    );

  return (
    <div className="vote-results" data-testid="vote-results">
      <p className="voting-note" data-testid="vote-results-summary">
        {t('voting.results.summary', { voters: round.voters ?? 0, dots })}
      </p>
      {ranked.length === 0 ? (
        <p className="voting-empty">{t('voting.results.none')}</p>
      ) : (
        <>
          {workshop.canControl ? (
            <div className="vote-results__highlight">
              <label className="voting-check">
                <input
                  type="checkbox"
                  checked={highlightTop !== null}
                  onChange={(event) => setTop(event.target.checked ? HIGHLIGHT_DEFAULT : null)}
                  aria-describedby={countId}
                  data-testid="vote-highlight"
                />
                {t('voting.results.highlight')}
              </label>
              <input
                id={countId}
                className="input start-round__number"
                type="number"
                min={1}
                max={HIGHLIGHT_MAX}
                value={highlightTop ?? HIGHLIGHT_DEFAULT}
                aria-label={t('voting.results.highlightCount')}
                onChange={(event) => {
                  const value = Number(event.target.value);
                  if (Number.isFinite(value) && value >= 1) setTop(value);
                }}
                data-testid="vote-highlight-count"
              />
            </div>
          ) : (
            highlightTop !== null && (
              <p className="voting-note" data-testid="vote-highlight-shared">
                {t('voting.results.highlightShared', { count: highlightTop })}
              </p>
            )
          )}
          <h3 id={titleId} className="voting-subtitle">
            {t('voting.results.title')}
          </h3>
          <ol className="vote-results__list" aria-labelledby={titleId} data-testid="vote-results-list">
            {ranked.map((entry) => {
              const shape = session.shapes.byId(entry.card);
              const label = cardLabel(shape, t);
              const dimmed = highlightTop !== null && entry.rank > highlightTop;
              const body = (
                <>
                  <span
                    className="vote-results__rank"
                    aria-label={t('voting.results.rank', { rank: entry.rank })}
                  >
                    {entry.rank}
                  </span>
                  <span className="vote-results__text">{label}</span>
                  <span className="vote-results__votes" data-testid="vote-result-votes">
                    {t(entry.votes === 1 ? 'voting.results.votes.one' : 'voting.results.votes', {
                      count: entry.votes,
                    })}
                  </span>
                </>
              );
              return (
                <li
                  key={entry.card}
                  className={`vote-results__item${dimmed ? ' vote-results__item--dimmed' : ''}`}
                  data-testid="vote-result"
                  data-card={entry.card}
                  data-votes={entry.votes}
                >
                  {shape ? (
                    <button
                      type="button"
                      className="vote-results__button"
                      title={t('voting.results.show')}
                      onClick={() => focus(entry.card)}
                    >
                      {body}
                    </button>
                  ) : (
                    <span className="vote-results__button vote-results__button--gone">{body}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
