// Who created a shape and who changed it last, shown when the pointer rests on it: read from the
// `activity` channel (recorded by the server from each writer's token), never from the shape.
// Moving, pressing, scrolling or leaving the canvas hides it. Shapes made before the server
// recorded this have no attribution and get no tooltip.
import type { ShapeId } from '@kyoso/shared';
import { useEffect, useState } from 'react';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import './activity.css';
import { stampLine } from './activityText';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { shapeAt } from '../../canvas/pointerHits';
import { screenToWorld } from '../../canvas/viewport';

/** How long the pointer rests before the tooltip shows. */
const REST_MS = 450;
/** Room the tooltip keeps from the pointer and the window's edges. */
const OFFSET = 16;
const WIDTH = 320;

interface Hover {
  id: ShapeId;
  clientX: number;
  clientY: number;
}

export function AttributionTooltip({
  session,
  stores,
  workshop,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>) {
  const { t, locale } = useI18n();
  const [hover, setHover] = useState<Hover | null>(null);
  // Re-read when the server records something (the hovered card's stamp may be it).
  useStore(workshop.activity.revision);
  const { companies } = useStore(session.meta);
  const anonymous = useStoreSelector(workshop.control, (control) => control.anonymous);

  useEffect(() => {
    const element = stores.element.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hide = () => {
      clearTimeout(timer);
      setHover(null);
    };
    const onMove = (event: PointerEvent) => {
      hide();
      if (event.buttons !== 0 || event.pointerType === 'touch') return;
      const { clientX, clientY } = event;
      timer = setTimeout(() => {
        if (stores.editor.get().editing !== null) return;
        const bounds = element.getBoundingClientRect();
        const camera = stores.camera.get();
        const world = screenToWorld(camera, { x: clientX - bounds.left, y: clientY - bounds.top });
        const id = shapeAt(session.shapes, world, camera.zoom);
        setHover(id ? { id, clientX, clientY } : null);
      }, REST_MS);
    };
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerdown', hide);
    element.addEventListener('pointerleave', hide);
    element.addEventListener('wheel', hide, { passive: true });
    return () => {
      hide();
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerdown', hide);
      element.removeEventListener('pointerleave', hide);
      element.removeEventListener('wheel', hide);
    };
  }, [session, stores]);

  const attribution = hover && session.shapes.byId(hover.id) ? workshop.activity.attribution(hover.id) : null;
  // An anonymous phase: no card says who wrote it until the facilitator ends it.
  if (!hover || !attribution || anonymous) return null;
  const now = new Date(workshop.now());
  const time = (at: string) => formatLedgerTime(at, locale, now);
  const left =
    hover.clientX + OFFSET + WIDTH > window.innerWidth
      ? Math.max(4, hover.clientX - OFFSET - WIDTH)
      : hover.clientX + OFFSET;
  return (
    <div
      className="attribution-tooltip"
      role="tooltip"
      data-testid="attribution-tooltip"
      data-shape={hover.id}
      style={{ left, top: hover.clientY + OFFSET }}
    >
      {attribution.created && (
        <p data-testid="attribution-created">
          {stampLine('attribution.created', attribution.created, companies, t, time(attribution.created.at))}
        </p>
      )}
      {attribution.changed && (
        <p data-testid="attribution-changed">
          {stampLine('attribution.changed', attribution.changed, companies, t, time(attribution.changed.at))}
        </p>
      )}
    </div>
  );
}
