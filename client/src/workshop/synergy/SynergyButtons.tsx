// In the property bar: "Make synergy point" for selected cards of two companies or more (creates
// the synergy card between them, linked by connectors, selects it and opens its details), "Link to synergy" when one
// synergy card and other cards are selected, and "Synergy details" for one synergy card.
import { createSynergy, linkToSynergy, type StickyShape } from '@kyoso/shared';
import { useShapesById, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { runStep } from '../../canvas/runCommand';
import { keepCanvasFocus } from '../../canvas/ToolButton';
import { useI18n } from '../../i18n/I18nProvider';
import { requestUi, updatePageUi } from '../../bindings/pageUi';
import { firstTitle } from './firstTitle';
import { selectedSynergy, selectionSides, spansCompanies } from './selectionSides';
import './synergy.css';

export function SynergyButtons({ session, stores }: Pick<CanvasPartProps, 'session' | 'stores'>) {
  const { t } = useI18n();
  const selection = useStoreSelector(stores.editor, (state) => state.selection);
  const shapes = useShapesById(session.shapes, selection);
  if (session.readOnly) return null;
  const synergy = selectedSynergy(shapes);
  const sides = selectionSides(shapes);

  const make = () => {
    if (!sides || !spansCompanies(shapes)) return;
    const title = firstTitle(shapes, sides) || t('synergy.newTitle');
    const id = runStep(session, (doc, origin) => createSynergy(doc, { title, ...sides }, origin));
    if (!id) return;
    // "Select more" (touch) was for picking the cards: done with.
    stores.editor.update({ selection: [id], editing: null, selectingMore: false });
    // The panel, once open beside the board, frames the new point and its cards in what the
    // panels leave free (it went to free space, maybe off screen).
    updatePageUi({ synergyFrame: [id, ...sides.from, ...sides.to] });
    requestUi('synergyPanelRequests');
  };
  const link = (card: StickyShape) => {
    const cards = [...(sides?.from ?? []), ...(sides?.to ?? [])];
    runStep(session, (doc, origin) => linkToSynergy(doc, { id: card.id, cards }, origin));
    stores.editor.update({ selection: [card.id], editing: null, selectingMore: false });
    requestUi('synergyPanelRequests');
  };

  return (
    <>
      {!synergy && sides && spansCompanies(shapes) && (
        <button
          type="button"
          className="synergy-make"
          aria-label={t('synergy.makeAria')}
          data-tooltip={t('synergy.makeHint')}
          data-tooltip-side="bottom"
          data-testid="synergy-make"
          onMouseDown={keepCanvasFocus}
          onClick={make}
        >
          {t('synergy.make')}
        </button>
      )}
      {synergy && sides && (
        <button
          type="button"
          className="synergy-make"
          data-testid="synergy-link"
          onMouseDown={keepCanvasFocus}
          onClick={() => link(synergy)}
        >
          {t('synergy.link')}
        </button>
      )}
      {synergy && !sides && shapes.length === 1 && (
        <button
          type="button"
          className="synergy-make"
          data-testid="synergy-details"
          onMouseDown={keepCanvasFocus}
          onClick={() => requestUi('synergyPanelRequests')}
        >
          {t('synergy.edit')}
        </button>
      )}
    </>
  );
}
