// What crosses the wire between the server, the client and the tests, named once: the answer to
// creating (or importing) a board, the websocket close codes and reasons (docs/API.md), and the
// shapes the page's test handle lists.
import type { Company } from './companies.js';
import type { BoardId } from './ids.js';
import type { Locale } from './templates.js';
import type { VoteStatus } from './workshop/vote-rounds.js';

/** One token (or link) per role; members' by company key. */
export interface RoleTokens {
  facilitator: string;
  observer: string;
  members: Record<string, string>;
}

/** `201` of `POST /api/boards` and `POST /api/boards/import`. */
export interface CreatedBoard {
  id: BoardId;
  title: string;
  locale: Locale;
  template: string;
  companies: Company[];
  tokens: RoleTokens;
  /** The tokens as links to open the board. */
  links: RoleTokens;
}

/** Websocket close codes. 44xx are permanent (the stock client stops retrying); 4503 is not. */
export const CLOSE = {
  malformed: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  tooLarge: 4413,
  overloaded: 4503,
} as const;
export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/** Close reasons a client acts on (others are for people and logs). */
export const CLOSE_REASON = {
  /** 4401: the facilitator replaced the board's links. */
  linkReplaced: 'link has been replaced',
  /** 4401: the facilitator removed this participant. */
  participantRemoved: 'participant removed',
  /** 4403: the facilitator (or an admin) deleted the board. */
  boardDeleted: 'the board was deleted',
} as const;

/**
 * A shape as the page's test handle lists it (`window.kyoso.shapes()`, docs/API.md). Every key is
 * present: `w`, `h` are null for connectors, `company` and `kind` null for shapes that are not
 * company cards (or have none), `tags` empty for shapes without tags.
 */
export interface TestShape {
  id: string;
  type: string;
  x: number;
  y: number;
  w: number | null;
  h: number | null;
  text: string;
  company: string | null;
  kind: string | null;
  tags: string[];
}

/** `GET /api/boards/<id>/progress` (facilitator): how the room is doing, as counts only. */
export interface RoomProgress {
  /**
   * The latest vote round, how many people have at least one dot in it, and how many members
   * could take part in it (`roundElectorate`).
   */
  votes: { round: number; status: VoteStatus; voted: number; members: number } | null;
  /** Private drafts per company key. */
  drafts: Record<string, number>;
}
