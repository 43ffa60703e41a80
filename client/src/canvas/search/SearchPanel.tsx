// Board search (Ctrl/⌘+F, or the toolbar's magnifier): a panel in the right slot of the panel
// dock with the words to find, a company and a kind to narrow by, and the matches in reading
// order. Enter shows the next match on the board (selected, in view beside the panel), Shift+Enter
// the previous; a click shows that one; "select all" selects every match. On a narrow screen the
// panel is a sheet over the board: showing a match folds it to its field and arrows, and the
// match comes into view below them. The query stays while the panel is closed, so reopening it
// carries on.
import { CARD_KINDS, type CompanyKey, type ShapeId } from '@kyoso/shared';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { sharesOneSlot } from '../../ui/PanelDock';
import { SidePanel } from '../../ui/SidePanel';
import type { BoardSession } from '../../sync/session-types';
import type { WorkshopSession } from '../../sync/workshop-types';
import type { CanvasStores } from '../canvasStores';
import { kindLabels } from '../kindLabels';
import { useKeyBinding } from '../keyBindings';
import { showCards } from '../showCards';
import { tagsInUse } from '../tags/tagsInUse';
import { SearchField } from './SearchField';
import { companyOf, findCards, NO_SEARCH_FILTER, type SearchFilter, type SearchHit } from './findCards';
import './search.css';

export const SEARCH_KEYS = 'Mod+F';
/** Matches listed at first; more on request. */
const PAGE = 100;

export function SearchPanel({
  session,
  stores,
  workshop,
}: {
  session: BoardSession;
  stores: CanvasStores;
  workshop: WorkshopSession;
}) {
  const open = useStoreSelector(stores.editor, (state) => state.searchOpen);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SearchFilter>(NO_SEARCH_FILTER);
  // Each request to search (the shortcut, the toolbar button) puts the cursor in the words.
  const [focusRequest, setFocusRequest] = useState(0);
  useKeyBinding({
    keys: SEARCH_KEYS,
    whileTyping: true,
    run: () => {
      stores.editor.update({ searchOpen: true });
      setFocusRequest((n) => n + 1);
    },
  });
  if (!open) return null;
  return (
    <SearchBody
      session={session}
      stores={stores}
      workshop={workshop}
      query={query}
      setQuery={setQuery}
      filter={filter}
      setFilter={setFilter}
      focusRequest={focusRequest}
    />
  );
}

interface BodyProps {
  session: BoardSession;
  stores: CanvasStores;
  workshop: WorkshopSession;
  query: string;
  setQuery(query: string): void;
  filter: SearchFilter;
  setFilter(filter: SearchFilter): void;
  focusRequest: number;
}

function SearchBody({
  session,
  stores,
  workshop,
  query,
  setQuery,
  filter,
  setFilter,
  focusRequest,
}: BodyProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const [folded, setFolded] = useState(false);
  const shapes = useStore(session.shapes);
  const { companies } = useStore(session.meta);
  const kinds = useMemo(() => kindLabels(t), [t]);
  // Typing stays quick on a board of thousands of cards: the matches follow a moment later.
  const wanted = useDeferredValue(query);
  const threads = useStore(workshop.threads);
  const hits = useMemo(
    () =>
      findCards(shapes, wanted, filter, (id) =>
        (threads.get(id)?.comments ?? []).map((comment) => comment.text).join('\n'),
      ),
    [shapes, wanted, filter, threads],
  );
  const [current, setCurrent] = useState<ShapeId | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const position = current === null ? -1 : hits.findIndex((hit) => hit.shape.id === current);

  useEffect(() => {
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, [focusRequest]);
  useEffect(() => setLimit(PAGE), [wanted, filter]);
  // The matches are ringed on the board while the panel lists them.
  useEffect(() => {
    stores.searchMarks.set(hits.map((hit) => hit.shape.id));
  }, [stores, hits]);
  useEffect(
    () => () => {
      stores.searchMarks.set([]);
    },
    [stores],
  );
  const tags = useMemo(() => tagsInUse(shapes), [shapes]);

  const close = () => {
    stores.editor.update({ searchOpen: false });
    stores.element.current?.focus({ preventScroll: true });
  };
  // A sheet over a narrow screen folds before the board is framed, so that the match is framed in
  // what the folded panel leaves free (the camera is fitted to the panel as it is laid out).
  const makeRoom = () => {
    if (folded || !sharesOneSlot()) return;
    const hadFocus = list.current?.parentElement?.contains(document.activeElement) ?? false;
    flushSync(() => setFolded(true));
    if (hadFocus) next.current?.focus({ preventScroll: true });
  };
  const show = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setCurrent(hit.shape.id);
    if (index >= limit) setLimit(index + 1);
    makeRoom();
    showCards(session, stores, [hit.shape.id]);
    list.current
      ?.querySelector(`[data-shape="${CSS.escape(hit.shape.id)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  };
  const step = (by: 1 | -1) => {
    if (hits.length === 0) return;
    const from = position < 0 ? (by === 1 ? -1 : 0) : position;
    show((from + by + hits.length) % hits.length);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const selectAll = () => {
    makeRoom();
    showCards(
      session,
      stores,
      hits.map((hit) => hit.shape.id),
    );
  };

  const searching =
    wanted.trim() !== '' || filter.company !== null || filter.kind !== null || filter.tag !== null;
  const count =
    position >= 0
      ? t('search.count', { current: position + 1, count: hits.length })
      : t('search.found', { count: hits.length });
  const companyColor = (key: CompanyKey | null) => companies.find((c) => c.key === key)?.color;

  return (
    <SidePanel
      className="search-panel"
      side="right"
      title={t('search.title')}
      closeLabel={t('search.close')}
      onClose={close}
      testId="search-panel"
      closeTestId="search-close"
      folded={folded}
      onFold={setFolded}
      foldLabels={{ fold: t('search.fold'), unfold: t('search.unfold') }}
      head={
        <SearchField
          inputRef={input}
          nextRef={next}
          query={query}
          onQuery={(words) => {
            setQuery(words);
            setFolded(false);
          }}
          onKeyDown={onKeyDown}
          count={searching ? count : ''}
          canStep={hits.length > 0}
          onStep={step}
        />
      }
    >
      <p className="side-panel__intro">{t('search.hint')}</p>
      <div className="panel-filters">
        <label>
          <span>{t('search.company')}</span>
          <select
            data-testid="search-company"
            value={filter.company ?? ''}
            onChange={(event) =>
              setFilter({
                ...filter,
                company: event.target.value === '' ? null : (event.target.value as CompanyKey | 'none'),
              })
            }
          >
            <option value="">{t('search.all')}</option>
            {companies.map((company) => (
              <option key={company.key} value={company.key}>
                {company.name}
              </option>
            ))}
            <option value="none">{t('search.noCompany')}</option>
          </select>
        </label>
        <label>
          <span>{t('search.kind')}</span>
          <select
            data-testid="search-kind"
            value={filter.kind ?? ''}
            onChange={(event) =>
              setFilter({
                ...filter,
                kind: event.target.value === '' ? null : (event.target.value as SearchFilter['kind']),
              })
            }
          >
            <option value="">{t('search.all')}</option>
            {CARD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kinds[kind]}
              </option>
            ))}
            <option value="frame">{t('search.frames')}</option>
          </select>
        </label>
        {(tags.length > 0 || filter.tag !== null) && (
          <label>
            <span>{t('tags.filter')}</span>
            <select
              data-testid="search-tag"
              value={filter.tag ?? ''}
              onChange={(event) =>
                setFilter({ ...filter, tag: event.target.value === '' ? null : event.target.value })
              }
            >
              <option value="">{t('tags.filterAll')}</option>
              {[...new Set([...tags, ...(filter.tag === null ? [] : [filter.tag])])].map((tag) => (
                <option key={tag} value={tag}>
                  #{tag}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {!searching && <p className="side-panel__empty">{t('search.start')}</p>}
      {searching && hits.length === 0 && <p className="side-panel__empty">{t('search.none')}</p>}
      {hits.length > 1 && (
        <button type="button" className="agreement-link search-panel__all" onClick={selectAll}>
          {t('search.selectAll', { count: hits.length })}
        </button>
      )}
      <ol ref={list} className="search-results" data-testid="search-results">
        {hits.slice(0, limit).map((hit, index) => (
          <li key={hit.shape.id}>
            <ResultButton
              hit={hit}
              current={index === position}
              kind={hitKind(hit, kinds, t('search.frames'))}
              color={companyColor(companyOf(hit.shape))}
              noText={t('search.noText')}
              onShow={() => show(index)}
            />
          </li>
        ))}
      </ol>
      {hits.length > limit && (
        <button type="button" className="agreement-link activity-more" onClick={() => setLimit(limit + PAGE)}>
          {t('search.more', { count: hits.length - limit })}
        </button>
      )}
    </SidePanel>
  );
}

function hitKind(hit: SearchHit, kinds: ReturnType<typeof kindLabels>, frames: string): string | null {
  const { shape } = hit;
  if (shape.type === 'frame') return frames;
  return shape.type === 'sticky' && shape.kind ? kinds[shape.kind] : null;
}

function ResultButton(props: {
  hit: SearchHit;
  current: boolean;
  kind: string | null;
  color: string | undefined;
  noText: string;
  onShow(): void;
}) {
  const { hit, current, kind, color, noText, onShow } = props;
  const { t } = useI18n();
  const plain = hit.excerpt.map((part) => part.text).join('') || noText;
  return (
    <button
      type="button"
      className="search-result"
      aria-current={current ? 'true' : undefined}
      aria-label={kind ? t('search.resultAria', { kind, text: plain }) : plain}
      data-testid="search-result"
      data-shape={hit.shape.id}
      style={{ borderLeftColor: color }}
      onClick={onShow}
    >
      {kind && <span className="search-result__kind">{kind}</span>}
      <span className="search-result__text">
        {hit.excerpt.length === 0
          ? noText
          : hit.excerpt.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
      </span>
    </button>
  );
}
