// How each room of a board is loaded: the document, and for the channels clients write, the rules
// their updates must pass. `content` is checked object by object against the shared rights (with
// the facilitator's locks from `control` and the synergy links of its own connectors), a company's
// private drafts are checked as cards, and `control` only for client ids. `content` also gets its
// `meta` from the board record and its migrations before anyone is served.
import type * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  asCompanyKey,
  mayChange,
  mayCreate,
  mayDelete,
  migrateContentDoc,
  readControl,
  readMeta,
  setRosterAdmission,
  writeBoardIdentity,
  type BoardId,
  type CompanyKey,
  type ControlSnapshot,
  type RightsContext,
  type RightsRefusal,
  type Shape,
} from '@kyoso/shared';
import { heldNamesRoomKey, releaseHeldNames } from './activity/anonymous-activity.js';
import { activityRoomKey, recordContentActivity, type ContentActivity } from './activity/content-activity.js';
import type { RecorderTiming } from './activity/recorder.js';
import { recordSteps, type StepActivity } from './activity/step-activity.js';
import { roomKey } from './boards.js';
import type { ContentShapesCache } from './content-shapes-cache.js';
import { sealLegacyLedger } from './ledger/append.js';
import type { LedgerSigner } from './ledger/signing-key.js';
import type { BoardRecord, RoomKey, Storage } from './storage/storage.js';
import { Room, type RoomOptions } from './sync/room.js';
import type { RoomRegistry } from './sync/rooms.js';
import { ClientIdGuard } from './trust/client-id-guard.js';
import { ClientIdOwners } from './trust/client-ids.js';
import { ConnectorIndex } from './trust/connector-index.js';
import { ShapeGuard, type ShapeRules } from './trust/shape-guard.js';

/** The server-only room holding who owns each Yjs client id of the board's channels. */
export const writersRoomKey = (board: BoardId): RoomKey => roomKey(board, 'server/writers');

/** Everything a room needs that is the same for every room of the node. */
export type CommonRoomOptions = Omit<
  RoomOptions,
  'key' | 'prepare' | 'guard' | 'onAccepted' | 'onClose' | 'onUnload'
>;

export interface BoardRoomDeps {
  storage: Storage;
  /** The registry the loader belongs to (rooms hold the rooms they rely on). */
  rooms: () => RoomRegistry;
  /** Seals a ledger written before the server signed it, when its room loads. */
  ledgerSigner: LedgerSigner;
  common: CommonRoomOptions;
  /** A client's change to a board's content was accepted (webhooks look for agreements gone stale). */
  onContentChanged?: (board: BoardId) => void;
  /** Keeps unloaded content rooms' shapes, to answer `GET /shapes` without loading them again. */
  shapesCache?: ContentShapesCache;
  /** How long activity waits before it is written (tests; RecorderTiming's defaults otherwise). */
  activityTiming?: Partial<RecorderTiming>;
}

/** Room keys are `<board id>/<channel>` (roomKey), so the part before the first slash is a board id. */
function splitKey(key: RoomKey): { board: BoardId; channel: string } {
  const slash = key.indexOf('/');
  return { board: key.slice(0, slash) as BoardId, channel: key.slice(slash + 1) };
}

/** The facilitator's controls (locks, an anonymous phase), read again only after `control` changed. */
function controlOf(control: Y.Doc): { get(): ControlSnapshot; dispose(): void } {
  let cached: ControlSnapshot | null = null;
  const forget = () => {
    cached = null;
  };
  control.on('update', forget);
  return {
    get: () => (cached ??= readControl(control)),
    dispose: () => control.off('update', forget),
  };
}

/**
 * Names held back during an anonymous phase go back into the activity when it ends: when the
 * facilitator ends it, and on load for a phase that ended while the content was not loaded.
 */
function releaseNamesWhenPhaseEnds(control: Y.Doc, held: Room, activity: Room, log: RoomOptions['log']) {
  let anonymous = readControl(control).anonymous;
  const release = () =>
    void releaseHeldNames(held, activity).catch((error: unknown) =>
      log.warn('held names not released', { error: String(error) }),
    );
  if (!anonymous) release();
  const follow = () => {
    const now = readControl(control).anonymous;
    if (anonymous && !now) release();
    anonymous = now;
  };
  control.on('update', follow);
  return () => control.off('update', follow);
}

/**
 * Presence follows an anonymous phase at once: everyone's names go when it begins and come back
 * when it ends, not only as each person next moves (an idle person's name would show all phase).
 */
function restampWhenAnonymityChanges(control: Y.Doc, read: () => ControlSnapshot, content: Room) {
  let anonymous = read().anonymous;
  const follow = () => {
    const now = read().anonymous;
    if (now === anonymous) return;
    anonymous = now;
    content.restampPresence();
  };
  control.on('update', follow);
  return () => control.off('update', follow);
}

const contentRules = (context: () => RightsContext): ShapeRules => ({
  create: (who, after) => mayCreate(who, after, context()),
  change: (who, before, after) => mayChange(who, before, after, context()),
  remove: (who, before) => mayDelete(who, before, context()),
});

/** A company's drafts are cards of no company (or its own); its members may do anything else. */
function draftRules(company: CompanyKey): ShapeRules {
  const card = (shape: Shape): RightsRefusal | null =>
    shape.type === 'sticky' && (shape.company === null || shape.company === company)
      ? null
      : { code: 'malformed', shape: shape.id, message: `drafts are cards of company ${company}` };
  return {
    create: (_who, after) => card(after),
    change: (_who, _before, after) => card(after),
    remove: () => null,
  };
}

/**
 * The schema version the board's content is at: the record's, or for a board created before the
 * record kept one, the document's own when it is one this server knows (a client could once write
 * `meta`, so a version newer than the code is not believed).
 */
function schemaVersionOf(record: BoardRecord, doc: Y.Doc): number {
  if (record.schemaVersion !== undefined) return record.schemaVersion;
  const stored = readMeta(doc).meta.schemaVersion;
  return stored !== null && stored <= CURRENT_SCHEMA_VERSION ? stored : CURRENT_SCHEMA_VERSION;
}

/** Makes `meta` say what the board record says, then migrates the document. */
function prepareContent(doc: Y.Doc, record: BoardRecord | null): boolean {
  if (!record) return migrateContentDoc(doc).applied.length > 0;
  const restored = writeBoardIdentity(doc, { schemaVersion: schemaVersionOf(record, doc) }, 'board-record');
  const migrated = migrateContentDoc(doc).applied.length > 0;
  const named = writeBoardIdentity(doc, { title: record.title, companies: record.companies }, 'board-record');
  return restored || migrated || named;
}

export function createBoardRoomLoader(deps: BoardRoomDeps): (key: RoomKey) => Promise<Room> {
  const { storage, common } = deps;

  /** Holds the rooms `keys` for as long as the room being loaded stays loaded. */
  async function holdAll(keys: readonly RoomKey[]) {
    const held: { room: Room; release(): void }[] = [];
    try {
      for (const key of keys) held.push(await deps.rooms().hold(key));
    } catch (error) {
      for (const entry of held) entry.release();
      throw error;
    }
    return {
      rooms: held.map((entry) => entry.room),
      release: () => held.forEach((entry) => entry.release()),
    };
  }

  async function loadWith(options: RoomOptions, held: { release(): void }): Promise<Room> {
    try {
      return await Room.load({ ...options, onClose: held.release });
    } catch (error) {
      held.release();
      throw error;
    }
  }

  async function loadContent(key: RoomKey, board: BoardId): Promise<Room> {
    const record = await storage.getBoard(board);
    const held = await holdAll([
      writersRoomKey(board),
      roomKey(board, 'control'),
      activityRoomKey(board),
      heldNamesRoomKey(board),
    ]);
    const [writers, control, activityRoom, heldNames] = held.rooms as [Room, Room, Room, Room];
    const controls = controlOf(control.doc);
    const stopReleasing = releaseNamesWhenPhaseEnds(control.doc, heldNames, activityRoom, common.log);
    // Who did what: recorded from each accepted update's writer into the `activity` room.
    let activity: ContentActivity | null = null;
    let stopRestamping = () => {};
    const companies = (record?.companies ?? []).map((company) => company.key);
    const room = await loadWith(
      {
        ...common,
        key,
        prepare: (doc) => prepareContent(doc, record),
        // Not at shutdown: nobody will ask this process again.
        onUnload: (doc, completeThrough) => {
          if (!deps.rooms().isClosing) deps.shapesCache?.remember(key, completeThrough, doc);
        },
        onAccepted: (writer, changes) => {
          if (changes.length === 0) return;
          activity?.record(writer, changes);
          deps.onContentChanged?.(board);
        },
        hidesNames: () => controls.get().anonymous,
        guard: (doc) => {
          const links = new ConnectorIndex(doc);
          const context: RightsContext = {
            companies,
            get locks() {
              return controls.get().locks;
            },
            synergyLinks: (id) => links.linkedCardCompanies(id),
          };
          return new ShapeGuard(doc, {
            owners: new ClientIdOwners(writers, 'content'),
            rules: contentRules(() => context),
            onDispose: () => {
              links.destroy();
            },
          });
        },
      },
      {
        release: () => {
          stopRestamping();
          stopReleasing();
          controls.dispose();
          // The rooms its last activity goes into stay held until it is written (at shutdown
          // they close after this one has let go: RoomRegistry.closeAll).
          const flushed = activity?.dispose() ?? Promise.resolve();
          void flushed.finally(() => held.release());
        },
      },
    );
    stopRestamping = restampWhenAnonymityChanges(control.doc, controls.get, room);
    activity = recordContentActivity(room.doc, activityRoom, common.log, deps.activityTiming, {
      active: () => controls.get().anonymous,
      held: heldNames,
    });
    if (record && record.schemaVersion !== CURRENT_SCHEMA_VERSION) {
      await storage.updateBoard(record.id, { schemaVersion: CURRENT_SCHEMA_VERSION });
    }
    return room;
  }

  return async (key) => {
    const { board, channel } = splitKey(key);
    if (channel === 'content') return loadContent(key, board);
    if (channel === 'ledger')
      return Room.load({ ...common, key, prepare: (doc) => sealLegacyLedger(doc, deps.ledgerSigner) });
    const drafts = /^private\/(.+)$/.exec(channel);
    const company = drafts?.[1] ? asCompanyKey(drafts[1]) : null;
    if (company) {
      const held = await holdAll([writersRoomKey(board)]);
      const owners = new ClientIdOwners(held.rooms[0]!, channel);
      return loadWith(
        { ...common, key, guard: (doc) => new ShapeGuard(doc, { owners, rules: draftRules(company) }) },
        held,
      );
    }
    if (channel === 'control') {
      // The steps the facilitator moves the workshop through go into the activity list.
      const held = await holdAll([writersRoomKey(board), activityRoomKey(board)]);
      const [writers, activity] = held.rooms as [Room, Room];
      const owners = new ClientIdOwners(writers, channel);
      let steps: StepActivity | null = null;
      const room = await loadWith(
        {
          ...common,
          key,
          guard: (doc) => new ClientIdGuard(doc, owners),
          onAccepted: (writer) => steps?.accepted(writer),
        },
        {
          release: () => {
            steps?.dispose();
            held.release();
          },
        },
      );
      steps = recordSteps(room.doc, activity, common.log);
      return room;
    }
    if (channel === 'participants') {
      // The roster mirrors the record's admission setting (a mirror write lost to a failed store
      // is made good on the next load).
      const record = await storage.getBoard(board);
      const admission = record?.admission ?? false;
      return Room.load({
        ...common,
        key,
        prepare: (doc) => setRosterAdmission(doc, admission, new Date().toISOString(), 'board-record'),
      });
    }
    return Room.load({ ...common, key });
  };
}
