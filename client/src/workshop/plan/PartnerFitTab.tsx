// Partner fit: for every pair of companies on the board, how well one's assets cover the other's
// gaps and goals (partnerFit in @kyoso/shared, from the cards and the suggestion matcher), as a
// matrix for 2 to 8 companies; a cell lists the pairs behind its score, and the pairing to explore
// first is named above. Computed in the browser from the cards this page reads.
import {
  isCard,
  partnerFit,
  rankFit,
  type FitCell,
  type Shape,
  type StickyShape,
  companyName,
  excerpt,
} from '@kyoso/shared';
import { useMemo, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import type { BoardSession } from '../../sync/session-types';
import { useI18n } from '../../i18n/I18nProvider';

const isMatchable = (shape: Shape): shape is StickyShape =>
  isCard(shape) &&
  shape.company !== null &&
  (shape.kind === 'asset' || shape.kind === 'gap' || shape.kind === 'goal');

/** A score as people read it: a share out of 100. */
const asPoints = (score: number) => Math.round(score * 100);

export function PartnerFitTab({ session }: { session: BoardSession }) {
  const { t, locale } = useI18n();
  const shapes = useStore(session.shapes);
  const { companies } = useStore(session.meta);
  const cards = useMemo(() => shapes.filter(isMatchable), [shapes]);
  // What the matcher reads, so that moving cards does not recompute.
  const signature = cards
    .map((c) => `${c.id}\u0001${c.company}\u0001${c.kind}\u0001${c.text}`)
    .join('\u0002');
  const cells = useMemo(
    () => partnerFit(cards, companies),
    // `cards` is read through `signature`; positions do not matter.
    [signature, companies],
  );
  const best = rankFit(cells)[0] ?? null;
  const [picked, setPicked] = useState<FitCell | null>(null);
  const selected = picked ? (cells.find((c) => c.from === picked.from && c.to === picked.to) ?? null) : best;
  const nameOf = (key: string) => companyName(companies, key);
  const textOf = (id: string) => excerpt(cards.find((card) => card.id === id)?.text ?? '', 60);
  const max = Math.max(0.0001, ...cells.map((cell) => cell.score));
  const separator = t('suggest.reasonSeparator');

  return (
    <div className="plan-fit" data-testid="plan-fit">
      <h3>{t('plan.fit.title')}</h3>
      <p className="plan-hint">{t('plan.fit.hint')}</p>
      {best && (
        <p className="plan-fit__best" data-testid="plan-fit-best">
          {t('plan.fit.best', { from: nameOf(best.from), to: nameOf(best.to) })}
        </p>
      )}
      <table className="plan-fit__matrix">
        <thead>
          <tr>
            <th scope="col" className="muted">
              {t('plan.fit.from')}
            </th>
            {companies.map((company) => (
              <th key={company.key} scope="col">
                <span className="plan-fit__swatch" style={{ background: company.color }} />
                {company.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {companies.map((from) => (
            <tr key={from.key}>
              <th scope="row">
                <span className="plan-fit__swatch" style={{ background: from.color }} />
                {from.name}
              </th>
              {companies.map((to) => {
                const cell = cells.find((c) => c.from === from.key && c.to === to.key);
                if (!cell) return <td key={to.key} className="plan-fit__self" aria-hidden="true" />;
                const active = selected?.from === cell.from && selected.to === cell.to;
                return (
                  <td key={to.key}>
                    <button
                      type="button"
                      className="plan-fit__cell"
                      aria-pressed={active}
                      aria-label={t('plan.fit.cell', {
                        from: from.name,
                        to: to.name,
                        score: asPoints(cell.score),
                      })}
                      style={{ ['--fit' as string]: String(cell.score / max) }}
                      data-testid={`plan-fit-${from.key}-${to.key}`}
                      onClick={() => setPicked(cell)}
                    >
                      <strong>{asPoints(cell.score)}</strong>
                      <small>
                        {cell.needs === 0
                          ? t('plan.fit.noNeeds')
                          : t('plan.fit.needs', { covered: cell.covered, needs: cell.needs })}
                      </small>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {selected && (
        <section className="plan-section" data-testid="plan-fit-pairs">
          <h3>{t('plan.fit.pairs', { from: nameOf(selected.from), to: nameOf(selected.to) })}</h3>
          {selected.pairs.length === 0 && <p className="muted">{t('plan.fit.noPairs')}</p>}
          <ul className="plan-fit__pairs">
            {selected.pairs.map((pair) => (
              <li key={`${pair.asset}>${pair.need}`}>
                <span>{textOf(pair.asset)}</span> → <span>{textOf(pair.need)}</span>{' '}
                <span className="muted">
                  {asPoints(pair.score)} ·{' '}
                  {pair.reason.map((term) => (locale === 'ja' ? term.ja : term.en)).join(separator)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
