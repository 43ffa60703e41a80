// Group by theme on the board: which cards it works on (the selected cards and those inside
// selected frames, that this page may move), and applying the groups the person kept: a new frame
// per group, named as they chose, in a row in free space beside the cards, each card moved into its
// frame as a tidy grid; all of it one undo step.
import {
  addShape,
  childrenOfFrame,
  grow,
  THEME_FRAME,
  isBoxShape,
  nearestFree,
  placeShapes,
  TakenSpace,
  themeLayout,
  type ShapeId,
  type StickyShape,
} from '@kyoso/shared';
import type { BoardSession } from '../../sync/session-types';
import { readingOrder } from '../cardOrder';
import type { CanvasStores } from '../canvasStores';
import { rightsNow } from '../rightsNow';
import { runStep } from '../runCommand';

export interface ThemeCards {
  /** The cards to group, in reading order. */
  cards: StickyShape[];
  /** Cards in the selection this page may not move (another company's, locked): left out. */
  leftOut: number;
}

export function themeCardsOf(session: BoardSession, stores: CanvasStores): ThemeCards {
  const all = session.shapes.all();
  const ids = new Set<ShapeId>();
  for (const id of stores.editor.get().selection) {
    const shape = session.shapes.byId(id);
    if (shape?.type === 'sticky') ids.add(id);
    else if (shape?.type === 'frame')
      for (const child of childrenOfFrame(shape, all))
        if (session.shapes.byId(child)?.type === 'sticky') ids.add(child);
  }
  const rights = rightsNow(session, stores);
  const cards: StickyShape[] = [];
  let leftOut = 0;
  for (const id of ids) {
    const shape = session.shapes.byId(id);
    if (shape?.type !== 'sticky') continue;
    if (session.readOnly || rights.whyNot(id) !== null) leftOut += 1;
    else cards.push(shape);
  }
  return { cards: readingOrder(cards), leftOut };
}

export interface ThemeGroup {
  title: string;
  ids: readonly ShapeId[];
}

/** Makes the frames and moves the cards; returns the new frames' ids (none when nothing applied). */
export function applyThemeGroups(session: BoardSession, groups: readonly ThemeGroup[]): ShapeId[] {
  const byId = session.shapes.byId;
  const boxes = groups.map((group) =>
    readingOrder(
      group.ids.flatMap((id) => {
        const shape = byId(id);
        return shape?.type === 'sticky' ? [shape] : [];
      }),
    ),
  );
  const kept = groups
    .map((group, i) => ({ ...group, boxes: boxes[i]! }))
    .filter((group) => group.boxes.length > 0);
  if (kept.length === 0) return [];
  const moving = new Set(kept.flatMap((group) => group.boxes.map((box) => box.id)));
  const cards = kept.flatMap((group) => group.boxes);
  const left = Math.min(...cards.map((card) => card.x));
  const top = Math.min(...cards.map((card) => card.y));
  // The row goes where it covers nothing that stays (the cards it takes leave their places).
  const size = themeLayout(
    kept.map((group) => group.boxes),
    { x: 0, y: 0 },
  ).size;
  const taken = new TakenSpace();
  // A card's width of room around what stays, so the new frames do not touch it.
  for (const shape of session.shapes.all())
    if (isBoxShape(shape) && !moving.has(shape.id)) taken.add(grow(shape, THEME_FRAME.pad));
  const at = nearestFree(taken, size, { x: left, y: top }) ?? { x: left, y: top };
  const layout = themeLayout(
    kept.map((group) => group.boxes),
    at,
  );
  return (
    runStep(session, (doc, origin) => {
      const frames = layout.frames.map((frame, i) =>
        addShape(doc, { type: 'frame', ...frame, text: kept[i]!.title.trim() }, origin),
      );
      placeShapes(doc, { places: layout.places }, origin);
      return frames;
    }) ?? []
  );
}
