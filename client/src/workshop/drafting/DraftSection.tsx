// One kind's section of the drafts panel: heading with a select-all checkbox and a count, a hint
// of what belongs here, the cards, and a button that adds one.
import type { ShapeId, StickyShape } from '@kyoso/shared';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { KindLabels } from '../../canvas/kindLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { DraftSectionKey } from './draftGroups';

interface DraftSectionProps {
  sectionKey: DraftSectionKey;
  cards: readonly StickyShape[];
  kinds: KindLabels;
  selected: ReadonlySet<ShapeId>;
  onSelectMany: (ids: readonly ShapeId[], selected: boolean) => void;
  /** Null for the "other" section, where new cards are not added. */
  onAdd: (() => void) | null;
  disabled: boolean;
  children: ReactNode;
}

export function DraftSection(props: DraftSectionProps) {
  const { sectionKey, cards, kinds, selected, onSelectMany, onAdd, disabled, children } = props;
  const { t } = useI18n();
  const headingId = useId();
  const all = useRef<HTMLInputElement>(null);
  const chosen = cards.filter((card) => selected.has(card.id)).length;
  const title = sectionKey === 'other' ? t('drafting.section.other') : kinds[sectionKey];
  useEffect(() => {
    if (all.current) all.current.indeterminate = chosen > 0 && chosen < cards.length;
  }, [chosen, cards.length]);

  return (
    <section
      className="draft-section"
      aria-labelledby={headingId}
      data-testid={`draft-section-${sectionKey}`}
    >
      <header className="draft-section__header">
        <input
          ref={all}
          type="checkbox"
          className="draft-card__check"
          checked={cards.length > 0 && chosen === cards.length}
          disabled={disabled || cards.length === 0}
          aria-label={t('drafting.section.selectAll', { kind: title })}
          onChange={(event) =>
            onSelectMany(
              cards.map((card) => card.id),
              event.target.checked,
            )
          }
        />
        <h3 id={headingId} className={`draft-section__title draft-section__title--${sectionKey}`}>
          {title}
          <span className="draft-section__count">{cards.length}</span>
        </h3>
        {onAdd && (
          <button
            type="button"
            className="button button--ghost draft-section__add"
            aria-label={t('drafting.addAria', { kind: title })}
            data-testid={`draft-add-${sectionKey}`}
            onClick={onAdd}
          >
            <span aria-hidden="true">＋</span>
            {t('drafting.add')}
          </button>
        )}
      </header>
      {cards.length === 0 && sectionKey !== 'other' && (
        <p className="draft-section__hint">{t(`drafting.hint.${sectionKey}`)}</p>
      )}
      {cards.length > 0 && <ul className="draft-section__cards">{children}</ul>}
    </section>
  );
}
