// The property bar's comment button for one selected card: says how many comments its thread has
// and opens it in the comments panel (also on another company's card: commenting is not changing it).
import type { ShapeId } from '@kyoso/shared';
import { useShapesById, useStore, useStoreSelector } from '../../bindings/hooks';
import { requestUi, updatePageUi } from '../../bindings/pageUi';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { ToolButton } from '../../canvas/ToolButton';
import { useI18n } from '../../i18n/I18nProvider';

const NONE: readonly ShapeId[] = [];

/** Opens `card`'s thread in the comments panel. */
export function openThread(card: ShapeId): void {
  updatePageUi({ commentThread: card });
  requestUi('commentsPanelRequests');
}

export function CommentButton({ session, stores, workshop }: Omit<CanvasPartProps, 'actions'>) {
  const { t } = useI18n();
  const selection = useStoreSelector(stores.editor, (state) => state.selection);
  const [card] = useShapesById(session.shapes, selection.length === 1 ? selection : NONE);
  const threads = useStore(workshop.threads);
  if (card?.type !== 'sticky') return null;
  const count = threads.get(card.id)?.comments.length ?? 0;
  return (
    <ToolButton
      icon="comment"
      label={count > 0 ? t('comments.buttonCount', { count }) : t('comments.button')}
      tooltipSide="bottom"
      data-testid="comment-open"
      onClick={() => openThread(card.id)}
    />
  );
}
