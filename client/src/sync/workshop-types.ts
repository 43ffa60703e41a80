// The workshop channels beside the content board (DESIGN.md Contract, "Live sync"): `control`
// (agenda, timer, locks, attention; the facilitator writes), `ledger` (facts the server records),
// `activity` and `discussion` (who did what; reactions and comments: the server writes both), a
// member's `private/<company>` drafts and the facilitator's `participants` roster. Panels read
// them through these stores only.
import type * as Y from 'yjs';
import type {
  Agreements,
  CardReactions,
  ShapeId,
  Thread,
  ControlSnapshot,
  LedgerEvent,
  ParticipantId,
  RosterSnapshot,
  StickyShape,
  VoteRound,
} from '@kyoso/shared';
import type { CommandsApi } from './commandsApi';
import type { LiveParticipant } from './participant';
import type { ActivityChannel } from './activity';
import type { ConnectionState, Refusal } from './boardConnection';
import type { Identity, Store } from './session-types';

export interface LedgerView {
  events: readonly LedgerEvent[];
  agreements: Agreements;
  /** The latest dot-vote round (open, ended or revealed), or null. */
  vote: VoteRound | null;
  /** Entries of an imported file the server could not verify: kept, never counted. */
  unverified: number;
}

/** A member's private drafts: only their company's members ever receive this document. */
export interface DraftsChannel {
  readonly doc: Y.Doc;
  readonly connection: Store<ConnectionState>;
  /** Draft cards, in stored order. */
  readonly cards: Store<readonly StickyShape[]>;
  /** The drafts' comment threads (server-written into this private channel). */
  readonly threads: Store<ReadonlyMap<ShapeId, Thread>>;
  run<T>(command: (doc: Y.Doc, origin: unknown) => T): T;
}

export interface WorkshopSession {
  readonly identity: Identity;
  /** The ledger channel's connection: whether the server can be reached for commands. */
  readonly connection: Store<ConnectionState>;
  /** The link token this page was opened with (facilitator commands accept it). */
  readonly linkToken: string;
  readonly control: Store<ControlSnapshot>;
  readonly controlDoc: Y.Doc;
  readonly ledger: Store<LedgerView>;
  /** Who created and last changed each shape, and what happened (`activity`, server-written). */
  readonly activity: ActivityChannel;
  /** Reactions on the board's cards (`discussion`, server-written). */
  readonly reactions: Store<ReadonlyMap<ShapeId, CardReactions>>;
  /** Comment threads on the board's cards (`discussion`, server-written). */
  readonly threads: Store<ReadonlyMap<ShapeId, Thread>>;
  /** Null unless this page is a member's. */
  readonly drafts: DraftsChannel | null;
  /** Who is in the room (waiting requests included), live; null unless this page is the facilitator's. */
  readonly roster: Store<RosterSnapshot> | null;
  /** Who has a page on the canvas now, by participant, as the server says; null unless the facilitator's. */
  readonly here: Store<ReadonlySet<ParticipantId>> | null;
  readonly participant: LiveParticipant;
  readonly api: CommandsApi;
  /** True for the facilitator: only they may change `control`. */
  readonly canControl: boolean;
  /** Runs a control command (`setPhase`, `startTimer`, ...); throws ReadOnlyError unless facilitator. */
  runControl<T>(command: (doc: Y.Doc, origin: unknown) => T): T;
  /** The server's clock, estimated (ms since the epoch): timers count down against it. */
  now(): number;
  /** The first update of this page the server refused on a workshop channel (drafts, control). */
  readonly refused: Store<Refusal | null>;
  destroy(): void;
}
