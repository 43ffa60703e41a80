// The property bar's arrange menu for a selection of two or more: line the boxes up on an edge or
// a middle, space three or more evenly, tidy them into a grid, or sort them into one by company,
// kind, text or what features add (votes). Each is one undo step; what this page may not move
// stays where it is (the editor says why). Alt+A/D/W/S align left/right/top/bottom, Alt+H/V align
// centres/middles, Alt+Shift+H/V space evenly, Ctrl/⌘+Alt+T tidies.
import {
  alignBoxes,
  CARD_KINDS,
  distributeBoxes,
  gridBoxes,
  sortedGrid,
  type AlignEdge,
  type ArrangeBox,
  type Axis,
  type BoxShape,
  type Place,
  type Shape,
} from '@kyoso/shared';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useDismiss } from '../bindings/useDismiss';
import { useStore } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { shortcutLabel } from '../ui/platform';
import { useKeptOnScreen } from '../ui/useKeptOnScreen';
import type { CanvasPartProps } from './canvasActions';
import type { SortKey } from './extensions';
import { useKeyBinding } from './keyBindings';
import { keepCanvasFocus, ToolButton } from './ToolButton';
import { ThemeDialog } from './themes/ThemeDialog';
import { THEMES_KEYS } from './themes/ThemeButton';

type Layout = (boxes: readonly BoxShape[]) => readonly Place[];

const ALIGN: ReadonlyArray<{ edge: AlignEdge; keys: string }> = [
  { edge: 'left', keys: 'Alt+A' },
  { edge: 'center', keys: 'Alt+H' },
  { edge: 'right', keys: 'Alt+D' },
  { edge: 'top', keys: 'Alt+W' },
  { edge: 'middle', keys: 'Alt+V' },
  { edge: 'bottom', keys: 'Alt+S' },
];
const DISTRIBUTE: ReadonlyArray<{ axis: Axis; keys: string }> = [
  { axis: 'horizontal', keys: 'Alt+Shift+H' },
  { axis: 'vertical', keys: 'Alt+Shift+V' },
];
const TIDY_KEYS = 'Mod+Alt+T';

const align =
  (edge: AlignEdge): Layout =>
  (boxes) =>
    alignBoxes(boxes, edge);
const distribute =
  (axis: Axis): Layout =>
  (boxes) =>
    distributeBoxes(boxes, axis);
const tidy: Layout = (boxes) => gridBoxes(boxes);
const sortBy =
  (key: (shape: Shape) => number | string, options: { descending?: boolean; rowPerKey?: boolean }): Layout =>
  (boxes) =>
    sortedGrid(boxes, (box: ArrangeBox) => key(box as BoxShape), options);

export function ArrangeMenu({
  session,
  stores,
  actions,
  count,
  sortKeys = [],
}: Pick<CanvasPartProps, 'session' | 'stores' | 'actions'> & {
  count: number;
  sortKeys?: readonly SortKey[];
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const menu = useRef<HTMLDivElement>(null);
  const { companies } = useStore(session.meta);
  const run = (layout: Layout, edgeFromAll = false) => {
    actions.arrange(layout, edgeFromAll);
    setOpen(false);
  };
  const [themesOpen, setThemesOpen] = useState(false);
  const openThemes = () => {
    setOpen(false);
    setThemesOpen(true);
  };

  useDismiss(open, menu, close);
  // The list is taller than what is left under the property bar on a laptop: it scrolls within
  // the window instead of running past its bottom edge.
  const popup = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const list = popup.current;
    if (!open || !list) return;
    list.style.maxHeight = `${Math.max(160, window.innerHeight - list.getBoundingClientRect().top - 12)}px`;
  }, [open]);
  useKeptOnScreen(popup, open);

  const companyRank = (shape: Shape) => {
    const company = shape.type === 'sticky' ? shape.company : null;
    const at = companies.findIndex((c) => c.key === company);
    return at < 0 ? companies.length : at;
  };
  const kindRank = (shape: Shape) => {
    const kind = shape.type === 'sticky' ? shape.kind : null;
    return kind ? CARD_KINDS.indexOf(kind) : CARD_KINDS.length;
  };
  const textOf = (shape: Shape) => ('text' in shape ? shape.text.trim() : '');
  // Cards without a tag go last.
  const firstTag = (shape: Shape) => (shape.type === 'sticky' && shape.tags?.[0]) || '\uffff';
  const item = (
    label: MessageKey,
    layout: Layout,
    keys?: string,
    disabled?: string | null,
    edgeFromAll = false,
  ) => (
    <button
      key={label}
      type="button"
      role="menuitem"
      className="arrange-menu__item"
      disabled={Boolean(disabled)}
      title={disabled ?? undefined}
      data-testid={label.replace('.', '-')}
      onMouseDown={keepCanvasFocus}
      onClick={() => run(layout, edgeFromAll)}
    >
      <span>{t(label)}</span>
      {keys && <kbd>{shortcutLabel(keys)}</kbd>}
    </button>
  );

  return (
    <div className="arrange-menu" ref={menu}>
      {ALIGN.map(({ edge, keys }) => (
        <Shortcut key={keys} keys={keys} run={() => run(align(edge), true)} />
      ))}
      {count >= 3 &&
        DISTRIBUTE.map(({ axis, keys }) => (
          <Shortcut key={keys} keys={keys} run={() => run(distribute(axis))} />
        ))}
      <Shortcut keys={TIDY_KEYS} run={() => run(tidy)} />
      <Shortcut keys={THEMES_KEYS} run={openThemes} />
      <ToolButton
        icon="arrange"
        label={t('arrange.menu')}
        tooltipSide="bottom"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="arrange-open"
        onClick={() => setOpen(!open)}
      />
      {themesOpen && <ThemeDialog session={session} stores={stores} onClose={() => setThemesOpen(false)} />}
      {open && (
        <div className="arrange-menu__popup" role="menu" aria-label={t('arrange.menu')} ref={popup}>
          <p className="arrange-menu__heading">{t('arrange.align')}</p>
          {ALIGN.map(({ edge, keys }) => item(`arrange.${edge}`, align(edge), keys, null, true))}
          <p className="arrange-menu__heading">{t('arrange.distribute')}</p>
          {DISTRIBUTE.map(({ axis, keys }) =>
            item(`arrange.${axis}`, distribute(axis), keys, count < 3 ? t('arrange.distributeNeeds') : null),
          )}
          {item('arrange.grid', tidy, TIDY_KEYS)}
          <button
            type="button"
            role="menuitem"
            className="arrange-menu__item"
            data-testid="themes-open"
            onMouseDown={keepCanvasFocus}
            onClick={openThemes}
          >
            <span>{t('themes.open')}</span>
            <kbd>{shortcutLabel(THEMES_KEYS)}</kbd>
          </button>
          <p className="arrange-menu__heading">{t('arrange.sort')}</p>
          {item('arrange.byCompany', sortBy(companyRank, { rowPerKey: true }))}
          {item('arrange.byKind', sortBy(kindRank, { rowPerKey: true }))}
          {item('arrange.byTag', sortBy(firstTag, { rowPerKey: true }))}
          {item('arrange.byText', sortBy(textOf, {}))}
          {sortKeys.map((sort) => {
            const why = sort.unavailable();
            return (
              <button
                key={sort.id}
                type="button"
                role="menuitem"
                className="arrange-menu__item"
                disabled={why !== null}
                data-testid={`arrange-by-${sort.id}`}
                onMouseDown={keepCanvasFocus}
                onClick={() => run(sortBy(sort.key, { descending: sort.descending ?? false }))}
              >
                <span>{t(why ?? sort.label)}</span>
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}

/** One shortcut, bound while the menu's button is on the bar (a selection of two or more). */
function Shortcut({ keys, run }: { keys: string; run(): void }) {
  useKeyBinding({ keys, run });
  return null;
}
