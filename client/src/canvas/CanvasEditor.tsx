// The editor of an open board: the canvas with its tools, wired to one session, and whatever the
// features add through the extension points (extensions.ts). Owns the canvas's local stores,
// publishes this user's selection and view through presence, and keeps the facilitator's locks
// (from the workshop's control channel) where the editor's rules read them.
import { useEffect, useMemo, useRef } from 'react';
import type { ShapeId } from '@kyoso/shared';
import type { BoardSession } from '../sync/session-types';
import type { WorkshopSession } from '../sync/workshop-types';
import { BoardCanvas } from './BoardCanvas';
import { createCanvasActions, type CanvasActions } from './canvasActions';
import { RemovalConfirmDialog } from './RemovalConfirmDialog';
import { createCanvasStores, type CanvasStores } from './canvasStores';
import type { ExtendCanvas } from './extensions';
import { HelpPanel } from './HelpPanel';
import { PanelDock } from '../ui/PanelDock';
import { Minimap } from './Minimap';
import { PropertyBar } from './PropertyBar';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { remoteDrags, type DragOrigins } from './remoteDrags';
import { rightsNow } from './rightsNow';
import { sameIds } from './selection';
import { Toolbar } from './Toolbar';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { useClipboard } from './useClipboard';
import { installBenchHook } from './benchHook';
import { fitBeside, visibleRect, type Camera } from './viewport';
import { coveredInsets } from './sidePanelInsets';
import { ZoomControls } from './ZoomControls';
import { SearchPanel } from './search/SearchPanel';
import { useCursorsHidden } from './cursorsHidden';
import { useSelectionInSight } from './useSelectionInSight';

/** Selection, view and shape deletions kept in step with presence and the board. */
function usePresenceSync(session: BoardSession, stores: CanvasStores): void {
  useEffect(() => {
    const { presence, shapes } = session;
    let selection = stores.editor.get().selection;
    const offEditor = stores.editor.subscribe(() => {
      const next = stores.editor.get().selection;
      if (next === selection) return;
      selection = next;
      presence.setSelection(next);
    });
    // Shapes someone else deleted leave the selection.
    const offShapes = shapes.subscribe(() => {
      const current = stores.editor.get().selection;
      const kept = current.filter((id) => shapes.byId(id) !== undefined);
      if (!sameIds(kept, current)) stores.editor.update({ selection: kept });
    });
    const publishView = () => presence.setView(visibleRect(stores.camera.get(), stores.size.get()));
    publishView();
    const offCamera = stores.camera.subscribe(publishView);
    const offSize = stores.size.subscribe(publishView);
    return () => {
      offEditor();
      offShapes();
      offCamera();
      offSize();
      presence.setCursor(null);
      presence.setSelection([]);
      presence.setDragging(null);
      presence.setView(null);
    };
  }, [session, stores]);
}

/** Keeps `stores.remoteDrags` in step with presence and the board. */
function useRemoteDrags(session: BoardSession, stores: CanvasStores): void {
  useEffect(() => {
    const origins: DragOrigins = new Map();
    const update = () => {
      stores.remoteDrags.set(remoteDrags(session.presence.peers.get(), session.shapes.byId, origins));
    };
    update();
    const offPeers = session.presence.peers.subscribe(update);
    const offShapes = session.shapes.subscribe(update);
    return () => {
      offPeers();
      offShapes();
      stores.remoteDrags.set([]);
    };
  }, [session, stores]);
}

/**
 * Shows the whole board once, when it has first loaded (from the server or the offline copy);
 * an empty board stays where it is, so the first card someone makes does not move the view.
 * The fitted view is kept (`stores.arrival`) until the person first presses, scrolls or types on
 * the canvas, for a panel that opens by itself just after (`fitBesideArrivingPanel`).
 */
function useInitialFit(session: BoardSession, stores: CanvasStores): void {
  // Once per canvas: a new session (after a name change) keeps the view where it was.
  const done = useRef(false);
  useEffect(() => {
    const tryFit = () => {
      if (done.current || stores.size.get().w <= 1) return;
      const loaded = session.connection.get().synced || session.shapes.all().length > 0;
      if (!loaded) return;
      done.current = true;
      const bounds = session.shapes.bounds();
      if (!bounds) return;
      // Clear of the panels a step opened and of the bars, like "zoom to fit".
      const camera = fitBeside(bounds, stores.size.get(), coveredInsets(stores.element.current));
      stores.camera.set(camera);
      stores.arrival.fitted = camera;
    };
    tryFit();
    const offs = [session.connection, session.shapes, stores.size].map((store) => store.subscribe(tryFit));
    const element = stores.element.current;
    const lookingAround = () => {
      stores.arrival.fitted = null;
    };
    const events = ['pointerdown', 'wheel', 'keydown'] as const;
    for (const type of events) element?.addEventListener(type, lookingAround, { capture: true });
    return () => {
      offs.forEach((off) => off());
      for (const type of events) element?.removeEventListener(type, lookingAround, { capture: true });
    };
  }, [session, stores]);
}

/**
 * The facilitator's locks, the board's tag list and an anonymous phase from `control`; someone
 * editing a shape's text when it gets locked stops.
 */
function useLocks(
  session: BoardSession,
  stores: CanvasStores,
  workshop: WorkshopSession,
  actions: CanvasActions,
) {
  useEffect(() => {
    const sync = () => {
      stores.locks.set(workshop.control.get().locks);
      stores.tagList.set(workshop.control.get().tagList);
      stores.namesHidden.set(workshop.control.get().anonymous);
      const editing = stores.editor.get().editing;
      if (editing && rightsNow(session, stores).whyNot(editing.id as ShapeId)) actions.finishEditing();
    };
    sync();
    return workshop.control.subscribe(sync);
  }, [session, stores, workshop, actions]);
}

interface CanvasEditorProps {
  session: BoardSession;
  workshop: WorkshopSession;
  /** Filled with the camera's getter, for the page's test handle (`window.kyoso.viewport()`). */
  viewport: { current: (() => Camera) | null };
  /** What the features add (extensions.ts). */
  extend: ExtendCanvas;
}

export function CanvasEditor({ session, workshop, viewport, extend }: CanvasEditorProps) {
  const stores = useMemo(() => createCanvasStores(), []);
  const actions = useMemo(() => createCanvasActions(session, stores), [session, stores]);
  // Agreements are the ledger's: the editor asks before a change takes agreed points off the board.
  stores.agreedBy.of = (id) => [...(workshop.ledger.get().agreements.get(id)?.keys() ?? [])];
  usePresenceSync(session, stores);
  useLocks(session, stores, workshop, actions);
  useRemoteDrags(session, stores);
  useInitialFit(session, stores);
  useSelectionInSight(session, stores);
  useCursorsHidden(session, stores, workshop);
  useCanvasKeyboard(stores, actions);
  useClipboard(actions);
  useEffect(() => {
    viewport.current = () => stores.camera.get();
    return () => {
      viewport.current = null;
    };
  }, [viewport, stores]);
  useEffect(() => session.pictureShown(), [session]);
  // Written out here, not behind a function, so that the shipped build drops it entirely.
  useEffect(
    () => (import.meta.env.VITE_KYOSO_BENCH === '1' ? installBenchHook(session, stores) : undefined),
    [session, stores],
  );

  const parts = { session, stores, actions, workshop };
  const extensions = extend(parts);
  return (
    <div className="board-area">
      <BoardCanvas {...parts} marks={extensions.marks} badges={extensions.badges} />
      <Toolbar {...parts} />
      {session.readOnly ? (
        <ReadOnlyNotice />
      ) : (
        <PropertyBar {...parts} slots={extensions.propertyBar} sortKeys={extensions.sortKeys} />
      )}
      <ZoomControls stores={stores} actions={actions} />
      <RemovalConfirmDialog session={session} stores={stores} />
      <Minimap {...parts} />
      {/* One dock for the canvas's own panel (the shortcut list) and the features' panels. */}
      <PanelDock>
        <HelpPanel stores={stores} actions={actions} readOnly={session.readOnly} />
        <SearchPanel session={session} stores={stores} workshop={workshop} />
        {extensions.panels}
      </PanelDock>
    </div>
  );
}
