// Who created a shape and who changed it last, shown when the pointer rests on it, or on a touch
// screen when a finger holds it: read from the `activity` channel (recorded by the server from each
// writer's token), never from the shape. A card with agreements also says where they stand
// ("changed since agreed: waiting for …"), as its badge only hints. Moving, pressing, scrolling or leaving the canvas hides it
// (a long press's stays after the finger lifts, until the next touch). Shapes made before the
// server recorded this have no attribution and get no tooltip.
import { agreementStatus, currentAgreementContent, isBoxShape, type ShapeId } from '@kyoso/shared';
import { useEffect, useState } from 'react';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import './activity.css';
import { agreementStatusText } from '../agreement/statusText';
import { stampLine } from './activityText';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { shapeAt } from '../../canvas/pointerHits';
import { screenToWorld, worldToScreen } from '../../canvas/viewport';

/** How long the pointer rests before the tooltip shows. */
const REST_MS = 450;
/** How long a finger holds a shape before it shows (a tap selects; a hold asks who made it). */
const HOLD_MS = 550;
/** A finger moving further than this (px) pans or drags: no tooltip. */
const HOLD_SLOP = 10;
/** Room the tooltip keeps from the pointer and the window's edges. */
const OFFSET = 16;
const WIDTH = 320;
/** A pointer closer than this to the window's bottom gets the tooltip above it. */
const LOW = 160;

interface Hover {
  id: ShapeId;
  clientX: number;
  clientY: number;
  /** Shown by a long press: above the finger, which would cover it. */
  touch: boolean;
  /** The top of the shape's box on screen (client px): a long press's tooltip goes above it. */
  shapeTop: number | null;
}

/** Room a long press's tooltip needs above the shape (three lines), client px. */
const ABOVE_SHAPE = 140;

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
  const { agreements } = useStore(workshop.ledger);
  const anonymous = useStoreSelector(workshop.control, (control) => control.anonymous);

  useEffect(() => {
    const element = stores.element.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** Where a finger went down, while it may still become a long press. */
    let hold: { x: number; y: number } | null = null;
    /** Touch is what is in use: the browser's long-press gesture also says a mouse left. */
    let touching = false;
    const hide = () => {
      clearTimeout(timer);
      setHover(null);
    };
    const showAt = (clientX: number, clientY: number, touch: boolean) => {
      if (stores.editor.get().editing !== null) return;
      const bounds = element.getBoundingClientRect();
      const camera = stores.camera.get();
      const world = screenToWorld(camera, { x: clientX - bounds.left, y: clientY - bounds.top });
      const id = shapeAt(session.shapes, world, camera.zoom);
      const shape = id ? session.shapes.byId(id) : undefined;
      const shapeTop = shape && isBoxShape(shape) ? bounds.top + worldToScreen(camera, shape).y : null;
      setHover(id ? { id, clientX, clientY, touch, shapeTop } : null);
    };
    // Any press hides it; a second finger (a pinch) ends the hold too.
    const onDown = (event: PointerEvent) => {
      hide();
      hold = null;
      touching = event.pointerType === 'touch';
      if (!touching || !event.isPrimary) return;
      const { clientX, clientY } = event;
      hold = { x: clientX, y: clientY };
      timer = setTimeout(() => showAt(clientX, clientY, true), HOLD_MS);
    };
    const onMove = (event: PointerEvent) => {
      if (event.pointerType === 'touch') {
        if (hold && Math.hypot(event.clientX - hold.x, event.clientY - hold.y) > HOLD_SLOP) {
          hold = null;
          hide();
        }
        return;
      }
      touching = false;
      hide();
      if (event.buttons !== 0) return;
      const { clientX, clientY } = event;
      timer = setTimeout(() => showAt(clientX, clientY, false), REST_MS);
    };
    // A finger lifted before the hold ends was a tap.
    const onUp = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      if (hold) clearTimeout(timer);
      hold = null;
    };
    const onLeave = () => {
      // A lifted finger also leaves: a long press's tooltip stays until the next touch.
      if (!touching) hide();
    };
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onUp);
    element.addEventListener('pointerleave', onLeave);
    element.addEventListener('wheel', hide, { passive: true });
    return () => {
      hide();
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
      element.removeEventListener('pointerleave', onLeave);
      element.removeEventListener('wheel', hide);
    };
  }, [session, stores]);

  const attribution = hover && session.shapes.byId(hover.id) ? workshop.activity.attribution(hover.id) : null;
  // An anonymous phase: no card says who wrote it until the facilitator ends it.
  if (!hover || !attribution || anonymous) return null;
  const now = new Date(workshop.now());
  const time = (at: string) => formatLedgerTime(at, locale, now);
  // Read when shown (the tooltip is gone at the next move): no digest of the board per change.
  const agreement = agreements.has(hover.id)
    ? agreementStatus(
        agreements,
        hover.id,
        companies,
        currentAgreementContent(session.shapes.all())(hover.id)?.digest ?? null,
      )
    : null;
  const width = Math.min(WIDTH, window.innerWidth - 8);
  const left = hover.touch
    ? Math.min(Math.max(4, hover.clientX - width / 2), window.innerWidth - width - 4)
    : hover.clientX + OFFSET + WIDTH > window.innerWidth
      ? Math.max(4, hover.clientX - OFFSET - WIDTH)
      : hover.clientX + OFFSET;
  // Above a finger (it would cover the tooltip below it), and above the card the finger holds where
  // there is room (over it, it hid the card's text); below a mouse pointer unless that is near the
  // window's bottom (the launchers' row cut it off there).
  const touchBottom =
    hover.shapeTop !== null && hover.shapeTop < hover.clientY && hover.shapeTop > ABOVE_SHAPE
      ? hover.shapeTop - OFFSET / 2
      : hover.clientY - 2 * OFFSET;
  const place = hover.touch
    ? { left, bottom: window.innerHeight - touchBottom, maxWidth: width }
    : hover.clientY > window.innerHeight - LOW
      ? { left, bottom: window.innerHeight - hover.clientY + OFFSET }
      : { left, top: hover.clientY + OFFSET };
  return (
    <div
      className="attribution-tooltip"
      role="tooltip"
      data-testid="attribution-tooltip"
      data-shape={hover.id}
      style={place}
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
      {agreement && (agreement.agreedBy.length > 0 || agreement.changedSince.length > 0) && (
        <p data-testid="attribution-agreement">{agreementStatusText(agreement, companies, t)}</p>
      )}
    </div>
  );
}
