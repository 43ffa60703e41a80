// The property bar for the selection, at the top of the canvas: colour, a card's company and kind
// (company: facilitator only; members' cards are their own company's), order, duplicate, delete.
// A selection this page may not change (another company's card, a locked one) gets no editing
// tools: the bar says why, and keeps what still applies (agreeing, linking, duplicating).
import { CARD_KINDS, isCardKind, type CompanyKey, type Shape, type StickyShape } from '@kyoso/shared';
import { useShapesById, useStore, useStoreSelector } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import type { CanvasPartProps } from './canvasActions';
import { ArrangeMenu } from './ArrangeMenu';
import type { PropertyBarSlots, SortKey } from './extensions';
import { swatchName, SWATCHES } from './colors';
import { shortcutLabel } from '../ui/platform';
import { useJustShown } from '../ui/useJustShown';
import { useReservedTop } from '../ui/useReservedTop';
import { useRef } from 'react';
import { readOnlyReason } from './readOnlyReason';
import { useEditRights } from './rightsNow';
import { keepCanvasFocus, ToolButton } from './ToolButton';
import { SelectMoreToggle } from './SelectMoreToggle';
import { TagPicker } from './tags/TagPicker';
import { ThemeButton } from './themes/ThemeButton';

/** The value every shape shares, or `mixed`. */
function common<T>(shapes: readonly Shape[], read: (shape: Shape) => T): T | 'mixed' {
  const first = shapes[0];
  if (!first) return 'mixed';
  const value = read(first);
  return shapes.every((shape) => read(shape) === value) ? value : 'mixed';
}

interface PropertyBarProps extends CanvasPartProps {
  /** What features add to the bar (extensions.ts). */
  slots?: PropertyBarSlots;
  /** More ways to sort the selection into a grid (extensions.ts). */
  sortKeys?: readonly SortKey[] | undefined;
}

export function PropertyBar({ session, stores, actions, workshop, slots = {}, sortKeys }: PropertyBarProps) {
  const { t } = useI18n();
  const colorName = (swatch: string) => {
    const name = swatchName(swatch);
    return name ? t(name) : swatch;
  };
  const selection = useStoreSelector(stores.editor, (state) => state.selection);
  const editing = useStoreSelector(stores.editor, (state) => state.editing !== null);
  const selected = useShapesById(session.shapes, selection);
  const { companies } = useStore(session.meta);
  const rights = useEditRights(session, stores);
  const shown = !session.readOnly && !editing && selected.length > 0;
  // Clicks go through the bar while it is new: the second click of a double-click on a card it
  // appeared over still edits the card.
  const arming = useJustShown(shown);
  // A tablet's or phone's panel sheet starts below the bar (ui/ui.css), however many rows it wraps into.
  const bar = useRef<HTMLDivElement>(null);
  useReservedTop(bar, shown, '--property-bar-bottom');
  if (!shown) return null;
  const barClass = arming ? 'property-bar property-bar--arming' : 'property-bar';
  const shapes = selected;
  const facilitator = session.identity.role === 'facilitator';
  // Locked shapes keep the usual bar for the facilitator, whose lock control unlocks them; for
  // anyone else a lock is as final as another company's card: no tools that would only refuse.
  const refusals = shapes.map((shape) => rights.whyNot(shape.id));
  const firstRefusal = refusals.find((refusal) => refusal !== null);
  const blocks = (refusal: (typeof refusals)[number]) =>
    refusal !== null && (refusal.code !== 'locked' || !facilitator);
  if (firstRefusal && refusals.every(blocks))
    return (
      <div
        ref={bar}
        className={`${barClass} property-bar--readonly`}
        role="toolbar"
        aria-label={t('props.label')}
        data-testid="property-bar-readonly"
      >
        <div className="property-bar__items">
          <span className="property-bar__count">{t('props.selected', { count: shapes.length })}</span>
          <SelectMoreToggle stores={stores} />
          {firstRefusal.code === 'locked' && slots.arrange ? (
            // The lock chip says it, and by whom it can be undone.
            slots.arrange
          ) : (
            <span
              className="property-bar__readonly"
              data-testid="readonly-reason"
              data-code={firstRefusal.code}
            >
              {readOnlyReason(firstRefusal, session, companies, t)}
            </span>
          )}
          {slots.afterFields}
          <ToolButton
            icon="duplicate"
            label={t('action.duplicate')}
            shortcut={shortcutLabel('Mod+D')}
            tooltipSide="bottom"
            onClick={() => actions.duplicateSelection()}
          />
          {slots.end}
        </div>
      </div>
    );
  const cards = shapes.filter((shape) => shape.type === 'sticky');
  const color = common(shapes, (shape) => shape.color);
  const company = common(cards, (shape) => (shape.type === 'sticky' ? shape.company : null));
  const kind = common(cards, (shape) => (shape.type === 'sticky' ? shape.kind : null));

  return (
    <div
      ref={bar}
      className={barClass}
      role="toolbar"
      aria-label={t('props.label')}
      data-testid="property-bar"
    >
      <div className="property-bar__items">
        <span className="property-bar__count">{t('props.selected', { count: shapes.length })}</span>
        <SelectMoreToggle stores={stores} />
        <div className="property-bar__swatches" role="group" aria-label={t('props.color')}>
          <button
            type="button"
            className="swatch-button swatch-button--default"
            aria-label={t('props.colorDefault')}
            data-tooltip={t('props.colorDefault')}
            data-tooltip-side="bottom"
            aria-pressed={color === null}
            onMouseDown={keepCanvasFocus}
            onClick={() => actions.setColor(null)}
          />
          {SWATCHES.map((swatch) => (
            <button
              key={swatch}
              type="button"
              className="swatch-button"
              style={{ backgroundColor: swatch }}
              aria-label={t('props.colorSwatch', { color: colorName(swatch) })}
              data-tooltip={colorName(swatch)}
              data-tooltip-side="bottom"
              aria-pressed={color === swatch}
              onMouseDown={keepCanvasFocus}
              onClick={() => actions.setColor(swatch)}
            />
          ))}
        </div>
        {cards.length > 0 && facilitator && (
          <label className="property-bar__field">
            <span>{t('props.company')}</span>
            <select
              className="property-bar__select"
              value={company === 'mixed' ? '' : (company ?? '-')}
              onChange={(event) => {
                const value = event.target.value;
                if (value)
                  actions.setCompanyAndKind({ company: value === '-' ? null : (value as CompanyKey) });
              }}
            >
              {company === 'mixed' && <option value="">{t('props.mixed')}</option>}
              <option value="-">{t('props.companyNone')}</option>
              {companies.map((entry) => (
                <option key={entry.key} value={entry.key}>
                  {entry.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {cards.length > 0 && (
          <label className="property-bar__field">
            <span>{t('props.kind')}</span>
            <select
              className="property-bar__select"
              value={kind === 'mixed' ? '' : (kind ?? '-')}
              onChange={(event) => {
                const value = event.target.value;
                if (value === '-') actions.setCompanyAndKind({ kind: null });
                else if (isCardKind(value)) actions.setCompanyAndKind({ kind: value });
              }}
            >
              {kind === 'mixed' && <option value="">{t('props.mixed')}</option>}
              <option value="-">{t('props.kindNone')}</option>
              {CARD_KINDS.map((entry) => (
                <option key={entry} value={entry}>
                  {t(`kind.${entry}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <TagPicker
          session={session}
          stores={stores}
          workshop={workshop}
          cards={cards.filter(
            (shape): shape is StickyShape => shape.type === 'sticky' && rights.whyNot(shape.id) === null,
          )}
        />
        {slots.afterFields}
        <span className="property-bar__divider" aria-hidden="true" />
        {slots.arrange}
        {shapes.length === 1 && shapes[0]?.type === 'frame' && (
          <ThemeButton session={session} stores={stores} />
        )}
        {shapes.length >= 2 && (
          <ArrangeMenu
            session={session}
            stores={stores}
            actions={actions}
            count={shapes.length}
            sortKeys={sortKeys}
          />
        )}
        <ToolButton
          icon="front"
          label={t('action.bringToFront')}
          shortcut={shortcutLabel('Mod+]')}
          tooltipSide="bottom"
          onClick={() => actions.bringToFront()}
        />
        <ToolButton
          icon="back"
          label={t('action.sendToBack')}
          shortcut={shortcutLabel('Mod+[')}
          tooltipSide="bottom"
          onClick={() => actions.sendToBack()}
        />
        <ToolButton
          icon="duplicate"
          label={t('action.duplicate')}
          shortcut={shortcutLabel('Mod+D')}
          tooltipSide="bottom"
          onClick={() => actions.duplicateSelection()}
        />
        <ToolButton
          icon="delete"
          label={t('action.delete')}
          shortcut="Delete"
          tooltipSide="bottom"
          onClick={() => actions.deleteSelection()}
        />
        {slots.end}
      </div>
    </div>
  );
}
