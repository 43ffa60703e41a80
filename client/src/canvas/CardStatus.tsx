// What a screen reader says about the selected card: its place in the reading order, its kind and
// company, and its text ("3 of 12: Asset · Acme · Nationwide network"), in a polite live region,
// so that a person moving through the cards with Tab or Alt+arrow hears where they are.
import { isBoxShape, type ShapeId } from '@kyoso/shared';
import { useMemo } from 'react';
import { useShapesById, useStore, useStoreSelector } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';
import type { CanvasStores } from './canvasStores';
import { readingOrder, type Placed } from './cardOrder';

const selectionOf = (state: { selection: readonly ShapeId[] }) => state.selection;
const NONE: readonly ShapeId[] = [];

export function CardStatus({ session, stores }: { session: BoardSession; stores: CanvasStores }) {
  const { t } = useI18n();
  const selection = useStoreSelector(stores.editor, selectionOf);
  const [card] = useShapesById(session.shapes, selection.length === 1 ? selection : NONE);
  const { companies } = useStore(session.meta);
  const text = useMemo(() => {
    if (!card || !isBoxShape(card) || card.type === 'frame') return '';
    const cards = session.shapes
      .all()
      .flatMap((shape): Placed[] => (isBoxShape(shape) && shape.type !== 'frame' ? [shape] : []));
    const position = readingOrder(cards).findIndex((placed) => placed.id === card.id) + 1;
    const parts =
      card.type === 'sticky'
        ? [
            card.kind ? t(`kind.${card.kind}`) : t('tool.sticky'),
            companies.find((company) => company.key === card.company)?.name ?? '',
          ]
        : [t(`tool.${card.type}`)];
    const description = [...parts.filter(Boolean), card.text.trim()].filter(Boolean).join(' · ');
    return t('canvas.cardStatus', { position, count: cards.length, description });
  }, [card, companies, session, t]);
  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="card-status">
      {text}
    </p>
  );
}
