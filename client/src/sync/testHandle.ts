// `window.kyoso`: read-only accessors for tests and debugging (DESIGN.md Contract, "Test handle").
import { readShapes, type Role, type Shape, type TestShape } from '@kyoso/shared';
import type { BoardConnection, ConnectionStatus } from './boardConnection';
import type { BoardSession } from './session-types';
import type { WorkshopSession } from './workshop-types';
import type * as Y from 'yjs';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface KyosoTestHandle {
  readonly boardId: string;
  readonly role: Role | null;
  /** Every drawable shape, in z-order (back to front), as `readShapes` reads them. */
  shapes(): TestShape[];
  viewport(): Viewport;
  connection(): ConnectionStatus;
  /** What this page knows about dot votes (null before the canvas is open). */
  votes(): TestVotes | null;
  /** A member's private drafts as shapes (empty for anyone else, or before the canvas is open). */
  drafts(): TestShape[];
  /** Agreements from the ledger: card id -> company key -> the name of who agreed for it. */
  agreements(): Record<string, Record<string, string>>;
}

/** A page's view of the current vote round: its own ballot only, totals once revealed. */
export interface TestVotes {
  round: number | null;
  status: 'open' | 'ended' | 'revealed' | null;
  rules: { votesPerPerson: number; allowMultiple: boolean } | null;
  /** This person's own dots, card id -> count (always empty for the facilitator and observers). */
  mine: Record<string, number>;
  left: number | null;
  totals: Record<string, number> | null;
}

// The voting panel provides `votes()` for the session it shows (one per open canvas).
const voteSources = new WeakMap<BoardSession, () => TestVotes>();

/** Lets `window.kyoso.votes()` read `source` while the returned function is not called. */
export function provideTestVotes(session: BoardSession, source: () => TestVotes): () => void {
  voteSources.set(session, source);
  return () => {
    if (voteSources.get(session) === source) voteSources.delete(session);
  };
}

// The drafting panels provide the workshop channels of the session they show.
const workshopSources = new WeakMap<BoardSession, WorkshopSession>();

/** Lets `window.kyoso.drafts()` and `agreements()` read `workshop` while the returned function is not called. */
export function provideTestWorkshop(session: BoardSession, workshop: WorkshopSession): () => void {
  workshopSources.set(session, workshop);
  return () => {
    if (workshopSources.get(session) === workshop) workshopSources.delete(session);
  };
}

function testAgreements(workshop: WorkshopSession | undefined): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [card, marks] of workshop?.ledger.get().agreements ?? [])
    out[card] = Object.fromEntries([...marks].map(([company, mark]) => [company, mark.name]));
  return out;
}

declare global {
  interface Window {
    kyoso?: KyosoTestHandle;
  }
}

export function toTestShape(shape: Shape): TestShape {
  return {
    id: shape.id,
    type: shape.type,
    x: shape.x,
    y: shape.y,
    w: shape.type === 'connector' ? null : shape.w,
    h: shape.type === 'connector' ? null : shape.h,
    text: shape.text,
    company: shape.type === 'sticky' ? shape.company : null,
    kind: shape.type === 'sticky' ? shape.kind : null,
    tags: shape.type === 'sticky' ? [...(shape.tags ?? [])] : [],
  };
}

/** The shapes of a content document, as the test handle reports them. */
export const testShapes = (doc: Y.Doc): TestShape[] => readShapes(doc).shapes.map(toTestShape);

/** The handle for a page with a board session; `viewport` is the canvas's camera. */
export function createSessionTestHandle(session: BoardSession, viewport: () => Viewport): KyosoTestHandle {
  return Object.freeze({
    boardId: session.identity.boardId,
    role: session.identity.role,
    shapes: () => testShapes(session.doc),
    viewport: () => {
      const { x, y, zoom } = viewport();
      return { x, y, zoom };
    },
    connection: () => session.connection.get().status,
    votes: () => voteSources.get(session)?.() ?? null,
    drafts: () => workshopSources.get(session)?.drafts?.cards.get().map(toTestShape) ?? [],
    agreements: () => testAgreements(workshopSources.get(session)),
  });
}

/**
 * The handle for a page with only a connection (the placeholder board page, before the canvas):
 * no camera, so the viewport is the origin, unzoomed.
 */
export function createTestHandle(
  boardId: string,
  role: Role | null,
  getConnection: () => BoardConnection | null,
): KyosoTestHandle {
  return Object.freeze({
    boardId,
    role,
    shapes: () => {
      const connection = getConnection();
      return connection ? testShapes(connection.doc) : [];
    },
    viewport: () => ({ x: 0, y: 0, zoom: 1 }),
    connection: () => getConnection()?.getState().status ?? 'offline',
    votes: () => null,
    drafts: () => [],
    agreements: () => ({}),
  });
}

/** Sets `window.kyoso`; the returned function removes it again (if it is still this handle). */
export function installTestHandle(handle: KyosoTestHandle): () => void {
  Object.defineProperty(window, 'kyoso', {
    value: handle,
    configurable: true,
    enumerable: false,
    writable: false,
  });
  return () => {
    if (window.kyoso === handle) delete window.kyoso;
  };
}
