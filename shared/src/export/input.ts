// What every export renders from: one read of the board, holding only what the caller may read.
// Built by the server (server/src/export/load-board.ts) and by the client for previews.
import type { Attribution } from '../activity/activity-doc.js';
import type { Company } from '../companies.js';
import type { Thread } from '../discussion/comments.js';
import type { ReactionEntry } from '../discussion/reactions.js';
import type { BoardId, CompanyKey, ShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import type { Locale } from '../templates.js';
import type { LedgerEvent } from '../workshop/ledger.js';
import type { Phase } from '../workshop/phases.js';

export interface ExportBoard {
  id: BoardId;
  title: string;
  locale: Locale;
  template: string;
  companies: Company[];
}

/** What the exports keep of `control`: the agenda, the locks and the board's tag list. */
export interface ExportControl {
  phases: Phase[];
  lockFrames: boolean;
  locked: ShapeId[];
  /** The board's tag list, tag -> colour (absent in files written before tags). */
  tags?: Record<string, string>;
}

/** The reactions and threads the caller may read, for the board file. */
export interface ExportDiscussion {
  /** The board's reactions (`discussion`), as `readReactionEntries` gives them. */
  reactions: readonly ReactionEntry[];
  /** The board's threads (`discussion`). */
  threads: ReadonlyMap<ShapeId, Thread>;
  /** The threads of the drafts the caller may read, by company (never another company's). */
  drafts: Partial<Record<CompanyKey, ReadonlyMap<ShapeId, Thread>>>;
}

export interface ExportInput {
  board: ExportBoard;
  /** Drawable shapes of `content` in z-order (back to front), as `readShapes` returns them. */
  shapes: Shape[];
  /** The ledger's events in order (agreements, reveals, revealed vote totals). */
  ledger: LedgerEvent[];
  /** The agenda and the locks of `control` (the timer and attention are moments, not kept). */
  control: ExportControl;
  /** Private drafts of the channels the caller may read: a member's own company, nobody else's. */
  drafts: Partial<Record<CompanyKey, Shape[]>>;
  /** ISO time of the export. */
  exportedAt: string;
  /** Who created and last changed each shape (the `activity` channel), for the board file. */
  attribution?: ReadonlyMap<ShapeId, Attribution>;
  /** Reactions and comment threads, for the board file (absent: none). */
  discussion?: ExportDiscussion;
  /** IANA time zone the times on the export are printed in (UTC when absent). */
  timeZone?: string;
}

export const EXPORT_FORMATS = ['json', 'svg', 'png', 'pdf', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (value: unknown): value is ExportFormat =>
  EXPORT_FORMATS.some((format) => format === value);

export const PAPER_SIZES = ['a4', 'a3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** What to draw: the whole board, or one frame (its box and what lies inside it). */
export interface DrawOptions {
  frame: ShapeId | null;
  /**
   * The reader's language (the board's when absent): for the labels, and for a template's own
   * headings and instructions, drawn in it whichever language placed them.
   */
  locale?: Locale;
}

export const PDF_PAGES = ['board', 'frames', 'handout', 'plan'] as const;
export type PdfPages = (typeof PDF_PAGES)[number];

export interface PdfOptions extends DrawOptions {
  paper: PaperSize;
  /**
   * One page per frame (the board's frames in reading order), the whole board on one page, or the
   * executive handout: a cover, the map on as many pages as it takes to stay legible, and the
   * action list of the synergy points.
   */
  pages: PdfPages;
}
