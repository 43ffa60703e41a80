// The property bar's tag picker for the selected cards (Shift+T): the board's tag list and the
// tags already on the board as toggles (on every selected card, on some, on none), and a field that
// adds a new tag (Enter; not while an IME is composing). The facilitator also keeps the board's
// list: puts a tag on it, recolours it (the dot cycles through the swatches) or takes it off.
// Only the cards this page may change are tagged; each change is one undo step.
import {
  compareTags,
  MAX_TAGS_PER_CARD,
  normalizeTag,
  setListedTag,
  tagCards,
  tagColor,
  type ShapeId,
  type StickyShape,
} from '@kyoso/shared';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDismiss } from '../../bindings/useDismiss';
import { useStore } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { shortcutLabel } from '../../ui/platform';
import { useKeptOnScreen } from '../../ui/useKeptOnScreen';
import type { CanvasPartProps } from '../canvasActions';
import { SWATCHES } from '../colors';
import { useKeyBinding } from '../keyBindings';
import { runStep } from '../runCommand';
import { ToolButton } from '../ToolButton';
import { tagsInUse } from './tagsInUse';
import '../../ui/ui.css';
import './tags.css';

const KEYS = 'Shift+T';

interface TagPickerProps extends Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'> {
  /** The selected cards this page may change. */
  cards: readonly StickyShape[];
}

export function TagPicker({ session, stores, workshop, cards }: TagPickerProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const popup = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const all = useStore(session.shapes);
  const tagList = useStore(stores.tagList);
  const used = useMemo(() => (open ? tagsInUse(all) : []), [open, all]);
  const facilitator = workshop.canControl;
  useKeyBinding({ keys: KEYS, run: () => setOpen((was) => !was) }, cards.length > 0);

  useDismiss(open, popup, close);
  useKeptOnScreen(panel, open && cards.length > 0);

  if (cards.length === 0) return null;
  const ids: ShapeId[] = cards.map((card) => card.id);
  const count = (tag: string) => cards.filter((card) => card.tags?.includes(tag)).length;
  const tag = (change: { add?: string[]; remove?: string[] }) => {
    const fits = cards.every(
      (card) => new Set([...(card.tags ?? []), ...(change.add ?? [])]).size <= MAX_TAGS_PER_CARD,
    );
    if (!fits) {
      setProblem(t('tags.tooMany'));
      return false;
    }
    setProblem(null);
    runStep(session, (doc, origin) => tagCards(doc, { ids, ...change }, origin));
    return true;
  };
  const toggle = (name: string) =>
    count(name) === cards.length ? tag({ remove: [name] }) : tag({ add: [name] });
  const addTyped = () => {
    const name = normalizeTag(draft);
    if (name === null) {
      setProblem(t('tags.invalid'));
      return;
    }
    if (tag({ add: [name] })) setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    addTyped();
  };
  const recolor = (name: string) => {
    const now = tagColor(name, tagList);
    const next = SWATCHES[(SWATCHES.indexOf(now) + 1) % SWATCHES.length] as string;
    workshop.runControl((doc, origin) => setListedTag(doc, name, next, origin));
  };
  const pin = (name: string, on: boolean) =>
    workshop.runControl((doc, origin) =>
      setListedTag(doc, name, on ? tagColor(name, tagList) : null, origin),
    );

  const row = (name: string, listed: boolean) => {
    const on = count(name);
    const color = tagColor(name, tagList);
    return (
      <li key={name} className="tag-picker__row">
        {facilitator && listed ? (
          <button
            type="button"
            className="tag-picker__dot"
            style={{ background: color }}
            aria-label={t('tags.recolor', { tag: name })}
            title={t('tags.recolor', { tag: name })}
            onClick={() => recolor(name)}
          />
        ) : (
          <span className="tag-picker__dot" style={{ background: color }} aria-hidden="true" />
        )}
        <button
          type="button"
          className="tag-picker__toggle"
          aria-pressed={on === cards.length ? true : on > 0 ? 'mixed' : false}
          title={on > 0 && on < cards.length ? t('tags.onSome') : undefined}
          data-testid="tag-toggle"
          data-tag={name}
          onClick={() => toggle(name)}
        >
          <span className="tag-picker__check" aria-hidden="true">
            {on === cards.length ? '✓' : on > 0 ? '–' : ''}
          </span>
          {name}
        </button>
        {facilitator && (
          <button
            type="button"
            className="tag-picker__pin"
            aria-label={listed ? t('tags.unpin') : t('tags.pin')}
            title={listed ? t('tags.unpin') : t('tags.pin')}
            data-testid={listed ? 'tag-unpin' : 'tag-pin'}
            onClick={() => pin(name, !listed)}
          >
            {listed ? '×' : '+'}
          </button>
        )}
      </li>
    );
  };
  const listed = [...tagList.keys()];
  const free = used.filter((name) => !tagList.has(name)).sort(compareTags);

  return (
    <div className="tag-picker" ref={popup}>
      <ToolButton
        icon="tag"
        label={t('tags.menu')}
        shortcut={shortcutLabel(KEYS)}
        tooltipSide="bottom"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="tags-open"
        onClick={() => setOpen(!open)}
      />
      {open && (
        <div
          ref={panel}
          className="bar-popup tag-picker__popup"
          role="dialog"
          aria-label={t('tags.menu')}
          data-testid="tag-picker"
        >
          {listed.length === 0 && free.length === 0 && <p className="tag-picker__empty">{t('tags.none')}</p>}
          {listed.length > 0 && (
            <>
              <p className="tag-picker__heading">{t('tags.boardList')}</p>
              <ul className="tag-picker__list">{listed.map((name) => row(name, true))}</ul>
            </>
          )}
          {free.length > 0 && (
            <>
              <p className="tag-picker__heading">{t('tags.used')}</p>
              <ul className="tag-picker__list">{free.map((name) => row(name, false))}</ul>
            </>
          )}
          <label className="tag-picker__add">
            <span className="sr-only">{t('tags.add')}</span>
            <input
              type="text"
              value={draft}
              maxLength={80}
              placeholder={t('tags.addPlaceholder')}
              data-testid="tag-input"
              autoFocus
              onChange={(event) => {
                setDraft(event.target.value);
                setProblem(null);
              }}
              onKeyDown={onKeyDown}
              onMouseDown={(event) => event.stopPropagation()}
            />
          </label>
          {problem && (
            <p className="tag-picker__problem" role="alert" data-testid="tag-problem">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
