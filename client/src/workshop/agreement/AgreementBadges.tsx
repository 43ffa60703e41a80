// Agreement badges on the canvas (overlay layer): every card some company agreed on carries a
// small seal in its bottom-right corner, constant size on screen, following the card while it is
// dragged or resized. Cards outside the view are skipped.
import { agreementStatus, type ShapeId } from '@kyoso/shared';
import { useMemo } from 'react';
import { Shape } from 'react-konva';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import type { CanvasStores } from '../../canvas/canvasStores';
import { HANDLE_SIZE, useResizeHandlesOn } from '../../canvas/ResizeHandles';
import { CANVAS_FONT, measureTextWidth } from '../../canvas/textMeasure';
import { useCullRegion } from '../../canvas/useCullRegion';
import type { Camera } from '../../canvas/viewport';
import { useI18n } from '../../i18n/I18nProvider';
import type { Rect } from '../../sync/session-types';
import { totalBadge } from '../voting/dotLayout';
import { useVoteRound } from '../voting/useVoteRound';
import { badgeLayout, badgeOrigin } from './badgeLayout';
import { BADGE_FONT_SIZE, drawBadge } from './drawBadge';
import { useCurrentContent } from './useCurrentContent';

const zoomOf = (camera: Camera) => camera.zoom;

/** Offsets of shapes being dragged (by anyone) or resized right now: badges move with them. */
function useMoving(stores: CanvasStores) {
  const own = useStore(stores.drag);
  const remote = useStore(stores.remoteDrags);
  const resize = useStore(stores.resize);
  return useMemo(() => {
    const offsets = new Map<ShapeId, { dx: number; dy: number }>();
    for (const drag of remote) for (const id of drag.ids) offsets.set(id, drag);
    if (own) for (const id of own.ids) offsets.set(id, own);
    return { offsets, resize };
  }, [own, remote, resize]);
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export function AgreementBadges({
  session,
  stores,
  workshop,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>) {
  const { t } = useI18n();
  const { agreements } = useStore(workshop.ledger);
  const { companies } = useStore(session.meta);
  const zoom = useStoreSelector(stores.camera, zoomOf);
  const region = useCullRegion(stores);
  const moving = useMoving(stores);
  const current = useCurrentContent(session);
  const handlesOn = useResizeHandlesOn({ session, stores })?.id ?? null;
  const round = useVoteRound(workshop);
  const totals = round?.status === 'revealed' ? round.totals : null;
  const labels = useMemo(() => {
    const all = t('agreement.badge.all');
    const changed = t('agreement.badge.changed');
    const width = (text: string) => measureTextWidth(text, BADGE_FONT_SIZE) * 1.08;
    return { all, changed, allWidth: width(all), changedWidth: width(changed) };
  }, [t]);

  return (
    <>
      {[...agreements.keys()].map((id) => {
        const shape = session.shapes.byId(id);
        if (!shape || shape.type !== 'sticky') return null;
        const offset = moving.offsets.get(id);
        const rect =
          moving.resize?.id === id
            ? moving.resize.rect
            : { x: shape.x + (offset?.dx ?? 0), y: shape.y + (offset?.dy ?? 0), w: shape.w, h: shape.h };
        if (!intersects(rect, region)) return null;
        const status = agreementStatus(agreements, id, companies, current(id)?.digest ?? null);
        if (status.agreedBy.length === 0 && status.changedSince.length === 0) return null;
        const changed = !status.agreed && status.changedSince.length > 0;
        const label = changed ? labels.changed : labels.all;
        // The revealed vote total sits at the bottom edge's left (VoteOverlay).
        const votes = totals?.[id] ?? 0;
        const total = votes > 0 ? totalBadge(rect, votes, zoom) : null;
        const layout = badgeLayout({
          companies,
          status,
          labelWidth: changed ? labels.changedWidth : labels.allWidth,
          cardScreenWidth: rect.w * zoom,
          cardScreenHeight: rect.h * zoom,
          ...(handlesOn === id ? { handles: HANDLE_SIZE } : {}),
          ...(total?.kind === 'count' ? { leftMark: total.width } : {}),
        });
        const at = badgeOrigin(rect, layout, zoom);
        return (
          <Shape
            key={id}
            x={at.x}
            y={at.y}
            width={layout.width}
            height={layout.height}
            scaleX={1 / zoom}
            scaleY={1 / zoom}
            listening={false}
            perfectDrawEnabled={false}
            sceneFunc={(context) => drawBadge(context._context, layout, label, CANVAS_FONT)}
          />
        );
      })}
    </>
  );
}
