// The search's field: the words, the count and the arrows to step through the matches. It stays in
// sight while the panel is folded (on a narrow screen, while the board shows a match).
import type { KeyboardEvent, Ref } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/icons';

interface SearchFieldProps {
  inputRef: Ref<HTMLInputElement>;
  nextRef: Ref<HTMLButtonElement>;
  query: string;
  onQuery(query: string): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  /** "2 of 5", or nothing before a search. */
  count: string;
  canStep: boolean;
  onStep(by: 1 | -1): void;
}

export function SearchField(props: SearchFieldProps) {
  const { inputRef, nextRef, query, onQuery, onKeyDown, count, canStep, onStep } = props;
  const { t } = useI18n();
  return (
    <div className="search-panel__field">
      <input
        ref={inputRef}
        className="input search-panel__input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.inputLabel')}
        data-testid="search-input"
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="search-panel__count" aria-live="polite" data-testid="search-count">
        {count}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('search.previous')}
        data-tooltip={`${t('search.previous')} (Shift+Enter)`}
        disabled={!canStep}
        onClick={() => onStep(-1)}
      >
        <Icon name="chevronUp" />
      </button>
      <button
        ref={nextRef}
        type="button"
        className="icon-button search-panel__next"
        aria-label={t('search.next')}
        data-tooltip={`${t('search.next')} (Enter)`}
        data-testid="search-next"
        disabled={!canStep}
        onClick={() => onStep(1)}
      >
        <Icon name="chevronUp" />
      </button>
    </div>
  );
}
