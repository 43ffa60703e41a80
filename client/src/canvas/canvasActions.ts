// Everything the toolbar, property bar, keyboard and pointer can do to the board or the view,
// in one place so they all behave the same. Board changes go through `session.run` with shared
// commands; each action is one undo step.
import {
  addConnector,
  addShape,
  addSticky,
  areaAt,
  bringToFront,
  classifyCardsByArea,
  deleteShapes,
  duplicateShapes,
  isBoxShape,
  MAX_TEXT_LENGTH,
  moveShapes,
  placeShapes,
  readShape,
  sendToBack,
  setColor,
  setCompanyAndKind,
  setShapeBounds,
  shapesMap,
  contains,
  grow,
  nearestFree,
  TakenSpace,
  STICKY_DEFAULTS,
  type BoxShape,
  type CardKind,
  type CompanyKey,
  type Place,
  type RightsRefusal,
  type ShapeId,
  textBoxOf,
} from '@kyoso/shared';
import type * as Y from 'yjs';
import type { BoardSession, Point, Rect } from '../sync/session-types';
import type { WorkshopSession } from '../sync/workshop-types';
import { refuseEdit, type CanvasStores, type KindChange } from './canvasStores';
import { changeableIds, deletableIds, movableIds } from './editRights';
import { parseClipboard, serializeShapes } from './clipboard';
import { IDLE } from './gesture';
import { pasteShapes } from './paste';
import { rightsNow } from './rightsNow';
import { runStep } from './runCommand';
import { measureTextWidth } from './textMeasure';
import type { CreationTool, Tool } from './tools';
import { isEditingTool } from './tools';
import { coveredInsets } from './sidePanelInsets';
import { panIntoView } from './showCards';
import { nearestInDirection, nextInOrder, readingOrder, type Direction, type Placed } from './cardOrder';
import { centerOn, fitBeside, sameCamera, stepZoom, visibleRect, zoomAt } from './viewport';
import { wrapText } from './wrapText';

const DEFAULT_SIZES: Readonly<Record<CreationTool, { w: number; h: number }>> = {
  sticky: STICKY_DEFAULTS,
  rect: { w: 240, h: 160 },
  ellipse: { w: 200, h: 200 },
  text: { w: 240, h: 48 },
  frame: { w: 800, h: 600 },
};
/** A creation drag smaller than this (world units) counts as a click. */
const MIN_DRAWN_SIZE = 16;

export type CanvasActions = ReturnType<typeof createCanvasActions>;

/** What every part of the editor is handed: the board, the editor's own state, and its actions. */
export interface CanvasPartProps {
  session: BoardSession;
  stores: CanvasStores;
  actions: CanvasActions;
  /** The workshop channels (control, ledger, drafts) and commands. */
  workshop: WorkshopSession;
}

/**
 * A card moved or made inside a template area takes its kind and company, in the same step. A
 * member's card keeps its company in another company's lane (`member`: their company): a member
 * never gives a card to another company.
 */
function withAreaClass(doc: Y.Doc, id: ShapeId, member: CompanyKey | null, origin: unknown): ShapeId {
  classifyCardsByArea(doc, { ids: [id], member }, origin);
  return id;
}
function withAreaClasses(doc: Y.Doc, ids: ShapeId[], member: CompanyKey | null, origin: unknown): ShapeId[] {
  classifyCardsByArea(doc, { ids, member }, origin);
  return ids;
}
/**
 * Moves shapes. One card dropped alone into an area of another kind takes that kind (a group keeps
 * its kinds); a moved card keeps its company, one without a company takes the lane's (for a member,
 * only their own company's lane: a member never gives a card to another company). Returns the card
 * that changed kind, if any, with its kind before.
 */
function moveIntoAreas(
  doc: Y.Doc,
  ids: ShapeId[],
  delta: { dx: number; dy: number },
  before: CardKind | null,
  member: CompanyKey | null,
  origin: unknown,
): KindChange['change'] {
  moveShapes(doc, { ids, ...delta }, origin);
  if (ids.length !== 1) return null;
  const [changed] = classifyCardsByArea(doc, { ids, moved: true, member }, origin);
  if (!changed) return null;
  const after = readShape(changed, shapesMap(doc).get(changed));
  return after.ok && after.shape.type === 'sticky' && after.shape.kind !== before
    ? { id: changed, from: before, to: after.shape.kind }
    : null;
}

export function createCanvasActions(session: BoardSession, stores: CanvasStores) {
  const { camera, size, editor } = stores;
  const selection = () => editor.get().selection;
  const select = (ids: readonly ShapeId[]) => editor.update({ selection: ids });
  const screenCentre = () => ({ x: size.get().w / 2, y: size.get().h / 2 });
  const viewCentre = (): Point => {
    const cam = camera.get();
    return { x: cam.x + size.get().w / 2 / cam.zoom, y: cam.y + size.get().h / 2 / cam.zoom };
  };
  const existing = (ids: readonly ShapeId[]) => ids.filter((id) => session.shapes.byId(id) !== undefined);
  const editable = () => !session.readOnly;
  // What this page may not change (locked shapes, another company's cards, template areas for a
  // member) is left alone, and the user is told why: the server would refuse it anyway.
  const rights = () => rightsNow(session, stores);
  const member = () => rights().ownCompany;
  const kept = ({ ids, refused }: { ids: ShapeId[]; refused: RightsRefusal | null }) => {
    if (refused) refuseEdit(stores, refused);
    return ids;
  };
  const changeable = (ids: readonly ShapeId[]) => (editable() ? kept(changeableIds(ids, rights())) : []);
  /** A member's new card that stands in another company's lane stays theirs: say so. */
  const tellIfOtherLane = (id: ShapeId, own: CompanyKey | null) => {
    const card = session.shapes.byId(id);
    if (own === null || card?.type !== 'sticky') return;
    const centre = { x: card.x + card.w / 2, y: card.y + card.h / 2 };
    const around = session.shapes
      .search({ ...centre, w: 1, h: 1 })
      .flatMap((near) => session.shapes.byId(near) ?? []);
    const lane = areaAt(around, centre)?.areaCompany;
    if (lane === undefined || lane === own) return;
    stores.laneKept.set({ count: stores.laneKept.get().count + 1, lane });
  };
  const movable = (ids: readonly ShapeId[]) =>
    kept(movableIds(ids, rights(), session.shapes.byId, session.shapes.all()));
  const refusalFor = (id: ShapeId) => rights().whyNot(id);
  /**
   * Runs a change that takes cards off the synergy map at once, unless some of them carry
   * recorded agreements: then the person is asked first (one company alone undid what every
   * company had agreed, with a key press and without a word).
   */
  const askIfAgreed = (ids: readonly ShapeId[], action: 'delete' | 'rekind', run: () => void) => {
    const cards = ids.filter((id) => stores.agreedBy.of(id).length > 0);
    if (cards.length === 0) run();
    else stores.pendingRemoval.set({ action, cards, run });
  };
  /** Moves what may be moved; a card that took another kind on the way is announced (kindChanges). */
  const moveCards = (ids: ShapeId[], dx: number, dy: number) => {
    if (!editable() || ids.length === 0) return;
    const only = ids.length === 1 ? session.shapes.byId(ids[0]!) : undefined;
    const before = only?.type === 'sticky' ? only.kind : null;
    const own = member();
    const change = runStep(session, (doc, origin) =>
      moveIntoAreas(doc, ids, { dx, dy }, before, own, origin),
    );
    if (change) stores.kindChanges.set({ count: stores.kindChanges.get().count + 1, change });
  };
  /** An undo or redo into a shape this page may no longer change is not done; the user is told why. */
  const stepRefused = (step: 'undo' | 'redo'): boolean => {
    const now = rights();
    const refused = session.history
      .touchedBy(step)
      .reduce<RightsRefusal | null>((found, id) => found ?? now.whyNot(id), null);
    if (refused) refuseEdit(stores, refused);
    return refused !== null;
  };

  /** Company and kind of a new card: a member's cards are their company's ideas. */
  const cardDefaults = (): { company: CompanyKey | null; kind: CardKind | null } =>
    session.identity.role === 'member'
      ? { company: session.identity.company, kind: 'idea' }
      : { company: null, kind: null };

  /**
   * A card or text made for an edit and left without text (a double tap by mistake, Escape at
   * once) is taken back, as if never made: no empty card stays on everyone's board, and undo does
   * not bring it back.
   */
  function takeBackIfEmpty(id: ShapeId): boolean {
    const shape = session.shapes.byId(id);
    if (!shape || shape.text.trim() !== '' || rights().whyNot(id)) return false;
    if (!session.history.takeBack(id))
      runStep(session, (doc, origin) => deleteShapes(doc, { ids: [id] }, origin));
    select(editor.get().selection.filter((selected) => selected !== id));
    return true;
  }

  /** Free text grows or shrinks to its text at full size once editing ends. */
  function fitTextHeight(id: ShapeId): void {
    const shape = session.shapes.byId(id);
    if (!shape || shape.type !== 'text') return;
    const box = textBoxOf(shape);
    if (!box) return;
    const { padding, maxSize, lineHeight } = box.options;
    const lines = wrapText(shape.text || ' ', shape.w - 2 * padding, (line) =>
      measureTextWidth(line, maxSize),
    );
    const h = Math.ceil(lines.length * maxSize * lineHeight + 2 * padding);
    if (Math.abs(h - shape.h) > 1)
      runStep(session, (doc, origin) =>
        setShapeBounds(doc, { id, x: shape.x, y: shape.y, w: shape.w, h }, origin),
      );
  }

  /** What Tab walks through: every shape with a box but frames (they have their own walk). */
  const keyboardCards = (): Placed[] =>
    session.shapes.all().flatMap((shape) => (isBoxShape(shape) && shape.type !== 'frame' ? [shape] : []));
  /** Selects a card and scrolls it into view when it is not wholly on screen. */
  const showCard = (card: Placed) => {
    select([card.id]);
    if (!contains(visibleRect(camera.get(), size.get()), card))
      camera.set(centerOn(camera.get(), { x: card.x + card.w / 2, y: card.y + card.h / 2 }, size.get()));
  };

  const actions = {
    setTool(tool: Tool) {
      if (isEditingTool(tool) && !editable()) return;
      editor.update({ tool });
    },
    undo() {
      if (!editable()) return;
      session.history.stopCapturing();
      if (stepRefused('undo')) return;
      session.history.undo();
      select(existing(selection()));
    },
    redo() {
      if (!editable()) return;
      session.history.stopCapturing();
      if (stepRefused('redo')) return;
      session.history.redo();
      select(existing(selection()));
    },
    zoomStep(direction: 1 | -1) {
      const cam = camera.get();
      camera.set(zoomAt(cam, screenCentre(), stepZoom(cam.zoom, direction)));
    },
    zoomTo100() {
      camera.set(zoomAt(camera.get(), screenCentre(), 1));
    },
    zoomToFit() {
      const bounds = session.shapes.bounds();
      if (bounds) camera.set(fitBeside(bounds, size.get(), coveredInsets(stores.element.current)));
      else camera.set(centerOn({ ...camera.get(), zoom: 1 }, { x: 0, y: 0 }, size.get()));
    },
    /**
     * A panel opened by itself as the board arrived (the panels' code loads after the first fit,
     * so a member's drafts covered the template's first column): the board is fitted again beside
     * it on the next frame, unless the person has begun to look around since the first fit. Not
     * for a phone's sheet across the board: it is read, then closed, and the board seen whole.
     */
    fitBesideArrivingPanel() {
      requestAnimationFrame(() => {
        const { fitted } = stores.arrival;
        const bounds = session.shapes.bounds();
        if (!fitted || !bounds || !sameCamera(camera.get(), fitted)) return;
        const covered = coveredInsets(stores.element.current);
        if (covered.left === 0 && covered.right === 0) return;
        const next = fitBeside(bounds, size.get(), covered);
        stores.arrival.fitted = next;
        camera.set(next);
      });
    },
    /**
     * Tab and Shift+Tab on the canvas: selects the next or previous card in reading order and
     * brings it into view. False past either end, so that the focus may leave the canvas.
     */
    focusCard(step: 1 | -1): boolean {
      const [current] = selection();
      const next = nextInOrder(keyboardCards(), current ?? null, step);
      if (!next) return false;
      showCard(next);
      return true;
    },
    /** Alt+arrow: selects the nearest card that way. */
    focusNear(direction: Direction) {
      const [current] = selection();
      const from = current ? session.shapes.byId(current) : undefined;
      if (!from || !isBoxShape(from)) return void actions.focusCard(1);
      const next = nearestInDirection(keyboardCards(), from, direction);
      if (next) showCard(next);
    },
    /** Enter with nothing selected: a new card on free space in the middle of the view, being typed into. */
    newCardInView() {
      const { w, h } = STICKY_DEFAULTS;
      const centre = viewCentre();
      const view = visibleRect(camera.get(), size.get());
      const taken = new TakenSpace();
      for (const id of session.shapes.search(view)) {
        const shape = session.shapes.byId(id);
        if (shape && isBoxShape(shape) && shape.type !== 'frame') taken.add(grow(shape, 20));
      }
      const spot = nearestFree(taken, { w, h }, { x: centre.x - w / 2, y: centre.y - h / 2 }, { step: 20 });
      const at = spot ?? { x: centre.x - w / 2, y: centre.y - h / 2 };
      actions.create('sticky', { x: at.x + w / 2, y: at.y + h / 2 }, null);
    },
    /** Centres the view on a world point, keeping the zoom (minimap). */
    centreOn(point: Point) {
      camera.set(centerOn(camera.get(), point, size.get()));
    },
    deleteSelection() {
      const selected = selection();
      if (!editable() || selected.length === 0) return;
      const ids = kept(
        deletableIds(selected, rights(), session.shapes.byId, session.shapes.all(), stores.locks.get()),
      );
      const remove = () => {
        if (ids.length > 0) runStep(session, (doc, origin) => deleteShapes(doc, { ids }, origin));
        select(selection().filter((id) => !ids.includes(id) && session.shapes.byId(id)));
      };
      askIfAgreed(ids, 'delete', remove);
    },
    duplicateSelection() {
      const ids = existing(selection());
      if (!editable() || ids.length === 0) return;
      const own = member();
      const copies = runStep(session, (doc, origin) =>
        withAreaClasses(doc, duplicateShapes(doc, { ids, member: own }, origin), own, origin),
      );
      if (copies) select(copies);
    },
    /**
     * Rearranges the selection's boxes (connectors follow their ends) in one undo step: `layout`
     * gets them in reading order and says where each goes. What this page may not move stays.
     */
    /**
     * Lays out the selected cards this page may move. `edgeFromAll`: aligning, where the cards it
     * may not move (another company's) still mark the edge, so a member's own card lines up with
     * them; spacing and grids move only what may move.
     */
    arrange(layout: (boxes: readonly BoxShape[]) => readonly Place[], edgeFromAll = false) {
      if (!editable()) return;
      const selected = existing(selection());
      const ids = movable(selected);
      const boxesOf = (list: readonly ShapeId[]) =>
        list
          .map((id) => session.shapes.byId(id))
          .filter((shape): shape is BoxShape => shape !== undefined && isBoxShape(shape));
      const basis = boxesOf(edgeFromAll ? selected : ids);
      if (ids.length === 0 || basis.length < 2) return;
      const moving = new Set(ids);
      const places = layout(readingOrder(basis)).filter((place) => moving.has(place.id));
      if (places.length > 0) runStep(session, (doc, origin) => placeShapes(doc, { places }, origin));
    },
    bringToFront() {
      const ids = changeable(existing(selection()));
      if (editable() && ids.length > 0) runStep(session, (doc, origin) => bringToFront(doc, { ids }, origin));
    },
    sendToBack() {
      const ids = changeable(existing(selection()));
      if (editable() && ids.length > 0) runStep(session, (doc, origin) => sendToBack(doc, { ids }, origin));
    },
    selectAll() {
      select(session.shapes.all().map((shape) => shape.id));
    },
    nudge(dx: number, dy: number) {
      moveCards(editable() ? movable(existing(selection())) : [], dx, dy);
    },
    move(ids: readonly ShapeId[], dx: number, dy: number) {
      moveCards(editable() ? movable(existing(ids)) : [], dx, dy);
    },
    setBounds(id: ShapeId, rect: Rect) {
      if (!editable()) return;
      const refused = refusalFor(id);
      if (refused) return refuseEdit(stores, refused);
      runStep(session, (doc, origin) => setShapeBounds(doc, { id, ...rect }, origin));
    },
    setColor(color: string | null) {
      const ids = changeable(existing(selection()));
      if (editable() && ids.length > 0)
        runStep(session, (doc, origin) => setColor(doc, { ids, color }, origin));
    },
    setCompanyAndKind(change: { company?: CompanyKey | null; kind?: CardKind | null }) {
      const ids = changeable(
        existing(selection()).filter((id) => session.shapes.byId(id)?.type === 'sticky'),
      );
      if (!editable() || ids.length === 0) return;
      const run = () => runStep(session, (doc, origin) => setCompanyAndKind(doc, { ids, ...change }, origin));
      const unlinked = (id: ShapeId) => {
        const card = session.shapes.byId(id);
        return (
          card?.type === 'sticky' &&
          card.kind === 'synergy' &&
          change.kind !== undefined &&
          change.kind !== 'synergy'
        );
      };
      askIfAgreed(ids.filter(unlinked), 'rekind', run);
    },
    /** Whether this page may change the shape, and if not, why (for views that offer edits). */
    refusalFor,
    connect(from: ShapeId, to: ShapeId) {
      if (!editable()) return;
      const id = runStep(session, (doc, origin) => addConnector(doc, { from, to }, origin));
      if (id) select([id]);
      editor.update({ tool: 'select' });
    },
    /** Makes a shape with the tool: `rect` from a drag, or the default size around `at`. */
    create(tool: CreationTool, at: Point, rect: Rect | null): ShapeId | null {
      if (!editable()) return null;
      const drawn = rect && rect.w >= MIN_DRAWN_SIZE && rect.h >= MIN_DRAWN_SIZE ? rect : null;
      const size = DEFAULT_SIZES[tool];
      const box = drawn ?? {
        x: Math.round(tool === 'text' ? at.x : at.x - size.w / 2),
        y: Math.round(at.y - size.h / 2),
        ...size,
      };
      const own = member();
      const id = runStep(session, (doc, origin) =>
        tool === 'sticky'
          ? withAreaClass(doc, addSticky(doc, { ...box, ...cardDefaults() }, origin), own, origin)
          : addShape(doc, { type: tool, ...box }, origin),
      );
      if (!id) return null;
      if (tool === 'sticky') tellIfOtherLane(id, own);
      editor.update({
        tool: 'select',
        selection: [id],
        editing: tool === 'sticky' || tool === 'text' ? { id, fresh: true } : null,
      });
      return id;
    },
    startEditing(id: ShapeId) {
      if (!editable() || !session.shapes.byId(id)) return;
      const refused = refusalFor(id);
      if (refused) {
        editor.update({ selection: [id] });
        return refuseEdit(stores, refused);
      }
      session.history.stopCapturing();
      editor.update({ selection: [id], editing: { id } });
      panIntoView(session, stores, id);
    },
    /** Enter: edits the text of the one selected shape; with nothing selected, makes a card. */
    editSelection() {
      const ids = selection();
      if (ids.length === 1 && ids[0]) actions.startEditing(ids[0]);
      else if (ids.length === 0 && editable()) actions.newCardInView();
    },
    finishEditing() {
      const editing = editor.get().editing;
      if (!editing) return;
      session.history.stopCapturing();
      editor.update({ editing: null });
      if (editing.fresh && takeBackIfEmpty(editing.id)) return;
      fitTextHeight(editing.id);
    },
    escape() {
      const state = editor.get();
      if (state.helpOpen) return editor.update({ helpOpen: false });
      if (state.editing) return actions.finishEditing();
      if (stores.gesture.get() !== IDLE) {
        stores.gesture.set(IDLE);
        stores.drag.set(null);
        session.presence.setDragging(null);
        return;
      }
      if (state.tool !== 'select') return editor.update({ tool: 'select' });
      select([]);
    },
    toggleHelp() {
      editor.update({ helpOpen: !editor.get().helpOpen });
    },
    /** The selection as clipboard text, or null when nothing is selected. */
    copySelection(): string | null {
      const shapes = session.shapes.all();
      const chosen = new Set(selection());
      const picked = shapes.filter((shape) => chosen.has(shape.id));
      return picked.some(isBoxShape) ? serializeShapes(picked) : null;
    },
    /** Pastes clipboard text at the pointer: our shapes, or plain text as a new card. */
    paste(text: string): boolean {
      if (!editable()) return false;
      const at = stores.pointer.world ?? viewCentre();
      const shapes = parseClipboard(text);
      if (shapes) {
        const companies = session.meta.get().companies.map((company) => company.key);
        const ids = runStep(session, (doc, origin) =>
          pasteShapes(doc, shapes, { at, companies, ownCompany: member() }, origin),
        );
        if (ids) select(ids);
        return ids !== null;
      }
      const plain = Array.from(text.trim())
        .slice(0, MAX_TEXT_LENGTH / 2)
        .join('');
      if (!plain) return false;
      const { w, h } = STICKY_DEFAULTS;
      const own = member();
      const id = runStep(session, (doc, origin) =>
        withAreaClass(
          doc,
          addSticky(
            doc,
            { x: Math.round(at.x - w / 2), y: Math.round(at.y - h / 2), text: plain, ...cardDefaults() },
            origin,
          ),
          own,
          origin,
        ),
      );
      if (id) {
        tellIfOtherLane(id, own);
        select([id]);
      }
      return id !== null;
    },
  };
  return actions;
}
