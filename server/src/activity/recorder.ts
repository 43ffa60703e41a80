// Records who did what on a board's content, from the writer of every accepted client update (the
// connection's verified token). It costs the message path a few map operations per update: nothing
// is written then. Changes are folded in memory and written to the `activity` room as one server
// change per flush:
// - the same person repeating the same kind of change on the same shapes within `coalesceMs` of
//   their last one extends one entry (a drag, typing) instead of adding entries; such an entry is
//   rewritten at most every `rewriteMs`;
// - a card taking a template area's class right after its move (or creation) by the same person
//   turns that entry into "moved into an area" (or marks the creation's area);
// - a person's "last changed" stamp on a shape is rewritten at most every `stampMs`.
import type {
  ActivityActor,
  ActivityArea,
  ActivityBatch,
  ActivityEntry,
  AttributionWrite,
  Shape,
  ShapeId,
  Stamp,
} from '@kyoso/shared';
import { isSynergyCard, MAX_ENTRY_SHAPES, randomId } from '@kyoso/shared';
import type { Logger } from '../log.js';
import type { ShapeChange } from '../trust/write-guard.js';
import { ownerKey, type Writer } from '../trust/writer.js';
import { classifyChange, labelOf, type ChangeKind } from './classify.js';
import type { AreaIndex } from './area-index.js';

export interface RecorderTiming {
  /** Delay between a change and its write (everything due is written in one server change). */
  flushMs: number;
  /** Repeats of the same change by the same person within this of the last fold into one entry. */
  coalesceMs: number;
  /** A folded entry is rewritten at most this often. */
  rewriteMs: number;
  /** The same person's "last changed" stamp on a shape is rewritten at most this often. */
  stampMs: number;
}

export const DEFAULT_RECORDER_TIMING: RecorderTiming = {
  flushMs: 500,
  coalesceMs: 120_000,
  rewriteMs: 10_000,
  stampMs: 30_000,
};

/** An area class this soon after the same person's move or creation belongs to it. */
const FOLLOW_MS = 5_000;

export interface RecorderOptions {
  areas: Pick<AreaIndex, 'at'>;
  /**
   * Whether the board's record already holds stamps for this shape id: a shape "created" under
   * such an id was made before and deleted (an undo, a version restored), so it is `restored`.
   */
  stamped?: (id: ShapeId) => boolean;
  /** Applies a batch to the `activity` room (a server change); resolves once stored. */
  write: (batch: ActivityBatch) => Promise<void>;
  log: Logger;
  timing?: Partial<RecorderTiming>;
  now?: () => number;
  newId?: () => string;
}

interface Open {
  key: string;
  owner: string;
  entry: ActivityEntry;
  /** The shape whose text labels the entry (its text is read when the entry is written). */
  named: Shape | null;
  /** `edited` of one shape: its label before the entry's first change (`was`, when it differs). */
  was: string | null;
  /** When this entry last folded a change (ms). */
  lastAt: number;
  /** When it was last written (ms), or null before its first write. */
  writtenAt: number | null;
}

interface Mark {
  actor: ActivityActor;
  owner: string;
  at: number;
}

interface PendingStamp {
  /** Made (or made again: a deletion undone keeps its creator, see `AttributionWrite.made`). */
  made?: Mark;
  changed?: Mark;
  due: number;
}

/** A change as listed: a creation under an id made before is a restoration. */
type RecordedKind = ChangeKind | 'restored';

interface Group {
  kind: RecordedKind;
  ids: ShapeId[];
  /** How many of them are lines. */
  links: number;
  named: Shape;
  /** `named` before the change, for an edit. */
  previous?: Shape;
  area?: ActivityArea;
  moved: boolean;
  /** Every shape's previous change was this person's too: nobody else came in between. */
  continued: boolean;
}

export function actorOf(writer: Writer): ActivityActor {
  const { principal, participant } = writer;
  return {
    participant: participant?.id ?? null,
    name: participant?.name ?? null,
    role: principal.role,
    company: principal.role === 'member' ? principal.company : null,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const isLine = (shape: Shape) => shape.type === 'connector';
/** How well a shape names an entry: a shape with text over a line's label over nothing. */
const nameRank = (shape: Shape): number =>
  !('text' in shape) || shape.text.trim() === '' ? 0 : shape.type === 'connector' ? 1 : 2;
const stampOf = (mark: Mark): Stamp => ({ ...mark.actor, at: iso(mark.at) });
const coalesceKey = (owner: string, type: string, shapes: readonly string[], frame = '') =>
  `${owner}\u0000${type}\u0000${frame}\u0000${shapes.length === 1 ? shapes[0] : [...shapes].sort().join(',')}`;

export class ActivityRecorder {
  private readonly timing: RecorderTiming;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly open = new Map<string, Open>();
  /** Entries waiting to be written, with when they may be. */
  private readonly dueEntries = new Map<Open, number>();
  private readonly stamps = new Map<ShapeId, PendingStamp>();
  /** Whose "last changed" stamp each shape got last, and when (ms): the throttle's memory. */
  private readonly lastChanged = new Map<ShapeId, { owner: string; at: number }>();
  /** Who changed each shape last, while this room is loaded: a change by someone else ends folding. */
  private readonly lastWriter = new Map<ShapeId, string>();
  private readonly areaAt = (point: { x: number; y: number }) => this.options.areas.at(point);
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private disposed = false;

  constructor(private readonly options: RecorderOptions) {
    this.timing = { ...DEFAULT_RECORDER_TIMING, ...options.timing };
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => randomId(16));
  }

  /** An accepted client update and the shapes it changed. Cheap: the writes come later. */
  record(writer: Writer, changes: readonly ShapeChange[]): void {
    if (this.disposed || changes.length === 0) return;
    const now = this.now();
    const mark: Mark = { actor: actorOf(writer), owner: ownerKey(writer), at: now };
    const groups = new Map<string, Group>();
    let earliest = Infinity;
    for (const change of changes) {
      const classified = classifyChange(change, this.areaAt);
      if (!classified) continue;
      const kind: RecordedKind =
        classified.kind === 'created' && this.madeBefore(change.id) ? 'restored' : classified.kind;
      earliest = Math.min(earliest, this.stamp(change.id, kind, mark));
      const continued = this.lastWriter.get(change.id) === mark.owner;
      if (kind === 'deleted') this.lastWriter.delete(change.id);
      else this.lastWriter.set(change.id, mark.owner);
      const group = `${kind}\u0000${classified.area?.frame ?? ''}`;
      const found = groups.get(group);
      if (found) {
        // The entry is named by its first shape: a card with text rather than the line linking it.
        if (nameRank(classified.named) > nameRank(found.named)) {
          found.ids.unshift(change.id);
          found.named = classified.named;
          found.previous = classified.previous;
        } else found.ids.push(change.id);
        if (isLine(classified.named)) found.links += 1;
        found.moved ||= classified.moved ?? false;
        found.continued &&= continued;
      } else
        groups.set(group, {
          kind,
          ids: [change.id],
          links: isLine(classified.named) ? 1 : 0,
          named: classified.named,
          ...(classified.previous ? { previous: classified.previous } : {}),
          moved: classified.moved ?? false,
          continued,
          ...(classified.area ? { area: classified.area } : {}),
        });
    }
    for (const group of groups.values()) earliest = Math.min(earliest, this.observe(mark, group));
    this.schedule(now, earliest);
  }

  /** Stamps are stored for the id, or waiting to be: it was made before. */
  private madeBefore(id: ShapeId): boolean {
    return this.stamps.has(id) || (this.options.stamped?.(id) ?? false);
  }

  /** Notes the shape's new stamp; returns when it is due to be written. */
  private stamp(id: ShapeId, kind: RecordedKind, mark: Mark): number {
    const now = mark.at;
    if (kind === 'deleted') {
      // The stamps stay (see `AttributionWrite.made`); whoever makes it again is written at once.
      this.lastChanged.delete(id);
      return Infinity;
    }
    if (kind === 'created' || kind === 'restored') {
      // Made again before its first stamps were written: the first maker stays its creator.
      const made = this.stamps.get(id)?.made;
      this.stamps.set(id, made ? { made, changed: mark, due: now } : { made: mark, due: now });
      // The creator's own edits right after wait for the throttle, like any repeat.
      this.lastChanged.set(id, { owner: mark.owner, at: now });
      return now;
    }
    const last = this.lastChanged.get(id);
    const throttled = last !== undefined && last.owner === mark.owner && now - last.at < this.timing.stampMs;
    const pending = this.stamps.get(id);
    const next: PendingStamp = pending ?? { due: Infinity };
    next.changed = mark;
    next.due = Math.min(next.due, throttled ? last.at + this.timing.stampMs : now);
    this.stamps.set(id, next);
    if (!throttled) this.lastChanged.set(id, { owner: mark.owner, at: now });
    return next.due;
  }

  /** Folds a group of one update's changes into the list; returns when it is due to be written. */
  private observe(mark: Mark, group: Group): number {
    const { owner, at: now } = mark;
    const { ids, named } = group;
    // Folding needs the same person throughout: someone else's change in between starts afresh.
    const fold = (open: Open | undefined, withinMs: number): open is Open =>
      group.continued && open !== undefined && now - open.lastAt <= withinMs;
    let type: ActivityEntry['type'];
    if (group.kind === 'area') {
      const followed = group.continued ? this.followArea(owner, ids, group.area!, named, now) : null;
      if (followed !== null) return followed;
      type = group.moved ? 'moved-into-area' : 'edited';
    } else {
      type = group.kind;
    }
    const area = type === 'moved-into-area' ? group.area : undefined;
    const key = coalesceKey(owner, type, ids, area?.frame);
    const found = this.open.get(key);
    if (fold(found, this.timing.coalesceMs)) return this.touch(found, now, named);
    if (type === 'edited') {
      // Typing into a card just made is part of making it.
      const made = this.open.get(coalesceKey(owner, 'created', ids));
      if (fold(made, this.timing.coalesceMs)) return this.touch(made, now, named);
    }
    const entry: ActivityEntry = {
      id: this.newId(),
      type,
      at: iso(now),
      by: mark.actor,
      shapes: ids.slice(0, MAX_ENTRY_SHAPES),
      ...(ids.length > MAX_ENTRY_SHAPES ? { more: ids.length - MAX_ENTRY_SHAPES } : {}),
      ...(group.links > 0 ? { links: group.links } : {}),
      ...(isSynergyCard(named) ? { synergy: true as const } : {}),
      ...(area ? { area } : {}),
    };
    const was = type === 'edited' && ids.length === 1 && group.previous ? labelOf(group.previous) : null;
    const opened: Open = { key, owner, entry, named, was, lastAt: now, writtenAt: null };
    this.open.set(key, opened);
    this.dueEntries.set(opened, now);
    return now;
  }

  /**
   * A card taking an area's class right after the same person moved or made it belongs to that
   * entry; returns when the entry is due, or null when there is no such entry.
   */
  private followArea(
    owner: string,
    ids: ShapeId[],
    area: ActivityArea,
    named: Shape,
    now: number,
  ): number | null {
    const moved = this.open.get(coalesceKey(owner, 'moved', ids));
    if (moved && now - moved.lastAt <= FOLLOW_MS) {
      this.open.delete(moved.key);
      moved.entry = { ...moved.entry, type: 'moved-into-area', area };
      moved.key = coalesceKey(owner, 'moved-into-area', ids, area.frame);
      this.open.set(moved.key, moved);
      return this.touch(moved, now, named, true);
    }
    const made = this.open.get(coalesceKey(owner, 'created', ids));
    if (made && now - made.lastAt <= FOLLOW_MS) {
      made.entry = { ...made.entry, area };
      return this.touch(made, now, named, true);
    }
    return null;
  }

  /** Folds one more change into an open entry; `urgent` writes it without waiting for the throttle. */
  private touch(open: Open, now: number, named: Shape, urgent = false): number {
    open.lastAt = now;
    if (open.entry.shapes.length === 1) open.named = named;
    const throttle = open.writtenAt === null || urgent ? now : open.writtenAt + this.timing.rewriteMs;
    const already = this.dueEntries.get(open);
    const due = Math.min(already ?? Infinity, Math.max(now, throttle));
    this.dueEntries.set(open, due);
    return due;
  }

  /** Makes sure a flush runs by `due` (never sooner than `flushMs` from now): one timer at a time. */
  private schedule(now: number, due: number): void {
    if (this.disposed || due === Infinity) return;
    const at = Math.max(due, now + this.timing.flushMs);
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      this.flush(false);
    }, at - now);
    this.timer.unref();
  }

  /** Writes what is due (everything, when `all`) as one batch. */
  flush(all: boolean): Promise<void> {
    const now = this.now();
    const attributions = new Map<ShapeId, AttributionWrite>();
    for (const [id, pending] of this.stamps) {
      if (!all && pending.due > now) continue;
      this.stamps.delete(id);
      const write: AttributionWrite = {};
      if (pending.made) write.made = stampOf(pending.made);
      if (pending.changed) {
        write.changed = stampOf(pending.changed);
        this.lastChanged.set(id, { owner: pending.changed.owner, at: now });
      }
      attributions.set(id, write);
    }
    const entries: ActivityEntry[] = [];
    for (const [open, due] of this.dueEntries) {
      if (!all && due > now) continue;
      this.dueEntries.delete(open);
      open.writtenAt = now;
      const first = Date.parse(open.entry.at);
      if (open.lastAt > first) open.entry.until = iso(open.lastAt);
      // Written even when empty: the entry then names an untitled shape, not its later text.
      open.entry.label = labelOf(open.named);
      // A card empty before (a template's placeholder filled in) says nothing of what it was.
      if (open.was && open.was !== open.entry.label) open.entry.was = open.was;
      else delete open.entry.was;
      entries.push({ ...open.entry });
    }
    this.forgetOld(now);
    this.schedule(now, this.nextDue());
    if (attributions.size === 0 && entries.length === 0) return Promise.resolve();
    return this.options.write({ attributions, entries }).catch((error: unknown) => {
      this.options.log.warn('activity not recorded', { error: String(error) });
    });
  }

  private nextDue(): number {
    let next = Infinity;
    for (const due of this.dueEntries.values()) next = Math.min(next, due);
    for (const pending of this.stamps.values()) next = Math.min(next, pending.due);
    return next;
  }

  /** Open entries past their window and throttle marks past theirs are forgotten. */
  private forgetOld(now: number): void {
    for (const [key, open] of this.open) {
      if (now - open.lastAt > this.timing.coalesceMs && !this.dueEntries.has(open)) this.open.delete(key);
    }
    for (const [id, mark] of this.lastChanged) {
      if (now - mark.at >= this.timing.stampMs && !this.stamps.has(id)) this.lastChanged.delete(id);
    }
  }

  /** Writes everything still pending and stops (the content room is closing). */
  dispose(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.flush(true);
  }
}
