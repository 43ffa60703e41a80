// Opens the workshop channels of a board for one page: control, ledger, activity and discussion
// for everyone, the company's private drafts for a member, the roster for the facilitator, and the clock offset. The page joined as a participant
// first: every channel opens with the participant token, so the server knows who writes.
import {
  foldAgreements,
  latestVoteRound,
  readControl,
  readDrafts,
  readLedger,
  readReactions,
  readRoster,
  readThreads,
  type Thread,
  type CardReactions,
  type ShapeId,
  type ControlSnapshot,
  type RosterSnapshot,
  type StickyShape,
} from '@kyoso/shared';
import type * as Y from 'yjs';
import type { FetchLike } from '../api';
import { createCommandsApi, type CommandsApi } from './commandsApi';
import type { LiveParticipant } from './participant';
import { createActivityChannel } from './activity';
import { openBoardConnection, type BoardConnection, type Refusal } from './boardConnection';
import { createDocStore } from './docStore';
import { createRosterHere } from './rosterHere';
import { defaultOfflineStore, offlineStoreName, type OfflineStore } from './offline';
import { ReadOnlyError, type Identity } from './session-types';
import { createValueStore } from './store';
import type { DraftsChannel, LedgerView, WorkshopSession } from './workshop-types';

export interface WorkshopOptions {
  serverUrl: string;
  /** The link this page was opened with (the facilitator's link commands and exports take it). */
  linkToken: string;
  /** This page's participant, admitted: its token opens the channels. Not destroyed with them. */
  participant: LiveParticipant;
  identity: Identity;
  WebSocketPolyfill?: unknown;
  fetch?: FetchLike;
  /** Prefix for HTTP calls (tests in Node); the page's own origin by default. */
  httpBaseUrl?: string;
  /** The commands API; made from `fetch` and `httpBaseUrl` when not given. */
  api?: CommandsApi;
  /** Keep drafts in IndexedDB (default true where there is one). */
  offline?: boolean;
  maxBackoffTime?: number;
}

/** Small documents: comparing their serialised snapshots is cheaper than being clever. */
const controlKey = (c: ControlSnapshot) =>
  JSON.stringify({
    ...c,
    locks: { ...c.locks, shapes: [...c.locks.shapes].sort() },
    tagList: [...c.tagList],
  });
const sameControl = (a: ControlSnapshot, b: ControlSnapshot) => a === b || controlKey(a) === controlKey(b);
/** The ledger only grows: the same number of entries is the same ledger. */
const sameLedger = (a: LedgerView, b: LedgerView) =>
  a.events.length === b.events.length && a.unverified === b.unverified;
const sameRoster = (a: RosterSnapshot, b: RosterSnapshot) => JSON.stringify(a) === JSON.stringify(b);
const sameReactions = (a: ReadonlyMap<ShapeId, CardReactions>, b: ReadonlyMap<ShapeId, CardReactions>) =>
  a.size === b.size && JSON.stringify([...a]) === JSON.stringify([...b]);
const sameThreads = (a: ReadonlyMap<ShapeId, Thread>, b: ReadonlyMap<ShapeId, Thread>) =>
  a.size === b.size && JSON.stringify([...a]) === JSON.stringify([...b]);
const sameCards = (a: readonly StickyShape[], b: readonly StickyShape[]) =>
  a.length === b.length && JSON.stringify(a) === JSON.stringify(b);

function readLedgerView(doc: Y.Doc): LedgerView {
  const { events, unverified } = readLedger(doc);
  return { events, agreements: foldAgreements(events), vote: latestVoteRound(events), unverified };
}

export function openWorkshop(options: WorkshopOptions): WorkshopSession {
  const { identity, serverUrl, linkToken, participant } = options;
  const token = participant.token();
  if (!token) throw new Error('open the workshop once the participant has been admitted');
  const open = (channel: string) =>
    openBoardConnection({
      serverUrl,
      boardId: identity.boardId,
      token,
      channel,
      WebSocketPolyfill: options.WebSocketPolyfill,
      maxBackoffTime: options.maxBackoffTime,
    });
  const connections: BoardConnection[] = [];
  const offlineStores: OfflineStore[] = [];

  const control = open('control');
  const ledger = open('ledger');
  connections.push(control, ledger);
  const controlStore = createDocStore(control.doc, readControl, sameControl);
  const ledgerStore = createDocStore(ledger.doc, readLedgerView, sameLedger);
  const controlOrigin = Object.freeze({ kyoso: 'control', boardId: identity.boardId });
  // Who did what, recorded by the server: everyone reads it, nobody writes it.
  const activityConnection = open('activity');
  connections.push(activityConnection);
  const activity = createActivityChannel(activityConnection.doc);
  // Reactions and comment threads on cards, written by the server from each person's token.
  const discussion = open('discussion');
  connections.push(discussion);
  const reactionsStore = createDocStore(discussion.doc, readReactions, sameReactions);
  const threadsStore = createDocStore(discussion.doc, readThreads, sameThreads);

  let drafts: DraftsChannel | null = null;
  let draftStore: ReturnType<typeof createDocStore<readonly StickyShape[]>> | null = null;
  let draftThreads: ReturnType<typeof createDocStore<ReadonlyMap<ShapeId, Thread>>> | null = null;
  if (identity.role === 'member' && identity.company) {
    const channel = `private/${identity.company}`;
    const connection = open(channel);
    connections.push(connection);
    const factory = options.offline === false ? null : defaultOfflineStore();
    if (factory) offlineStores.push(factory(offlineStoreName(identity.boardId, channel), connection.doc));
    draftStore = createDocStore<readonly StickyShape[]>(connection.doc, readDrafts, sameCards);
    draftThreads = createDocStore(connection.doc, readThreads, sameThreads);
    const draftOrigin = Object.freeze({ kyoso: 'drafts', boardId: identity.boardId });
    drafts = {
      doc: connection.doc,
      connection: { get: connection.getState, subscribe: connection.subscribe },
      cards: draftStore,
      threads: draftThreads,
      run: (command) => command(connection.doc, draftOrigin),
    };
  }

  // The facilitator's live roster (read-only: only the server writes it).
  let rosterStore: ReturnType<typeof createDocStore<RosterSnapshot>> | null = null;
  let rosterHere: ReturnType<typeof createRosterHere> | null = null;
  if (identity.role === 'facilitator') {
    const connection = open('participants');
    connections.push(connection);
    rosterStore = createDocStore(connection.doc, readRoster, sameRoster);
    rosterHere = createRosterHere(connection.awareness);
  }

  const api =
    options.api ??
    createCommandsApi(identity.boardId, { fetch: options.fetch, baseUrl: options.httpBaseUrl });

  // Clock offset: half the round trip is the best guess of when the server read its clock.
  let offset = 0;
  const started = Date.now();
  void api.serverTime().then((result) => {
    if (!result.ok || typeof result.value.now !== 'number') return;
    const finished = Date.now();
    offset = result.value.now - (started + finished) / 2;
  });

  // A refused update on any channel: the page throws its copies away and opens them afresh.
  const refused = createValueStore<Refusal | null>(null);
  const unwatch = connections.map((connection) =>
    connection.subscribe(() => {
      const refusal = connection.getState().refused;
      if (refusal && !refused.get()) refused.set(refusal);
    }),
  );

  const canControl = identity.role === 'facilitator';
  let destroyed = false;
  return {
    identity,
    connection: { get: ledger.getState, subscribe: ledger.subscribe },
    linkToken,
    control: controlStore,
    controlDoc: control.doc,
    ledger: ledgerStore,
    activity,
    reactions: reactionsStore,
    threads: threadsStore,
    drafts,
    roster: rosterStore,
    here: rosterHere,
    participant,
    api,
    canControl,
    runControl(command) {
      if (!canControl || destroyed) throw new ReadOnlyError();
      return command(control.doc, controlOrigin);
    },
    now: () => Date.now() + offset,
    refused,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const stop of unwatch) stop();
      refused.destroy();
      controlStore.destroy();
      ledgerStore.destroy();
      activity.destroy();
      reactionsStore.destroy();
      threadsStore.destroy();
      draftThreads?.destroy();
      draftStore?.destroy();
      rosterStore?.destroy();
      rosterHere?.destroy();
      for (const store of offlineStores) void store.destroy();
      for (const connection of connections) connection.destroy();
    },
  };
}
