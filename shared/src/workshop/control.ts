// The `control` channel's document (DESIGN.md Contract): phase and agenda, timer, locks,
// follow/summon and the highlight of a revealed vote. Only the facilitator writes it, but readers still check every value: a
// misbehaving facilitator client must not break anyone's board.
import type * as Y from 'yjs';
import { asShapeId, type ShapeId } from '../ids.js';
import { controlMap, locksMap } from './control-roots.js';
import { parseAttention, type FollowMe, type Summon } from './attention.js';
import { parseVoteHighlight, type VoteHighlight } from './highlight.js';
import { DEFAULT_PHASES, MAX_PHASES, parsePhase, type Phase } from './phases.js';
import { parseTimer, type TimerState } from './timer.js';
import { readTagList } from '../tags/tag-list.js';
import { readCheckInSchedule, type ScheduledCheckIn } from '../plan/check-ins.js';

export interface Locks {
  /** Every frame is locked (template backgrounds and section frames). */
  frames: boolean;
  /** Items locked one by one. */
  shapes: ReadonlySet<ShapeId>;
}

export interface ControlSnapshot {
  phases: readonly Phase[];
  /** The current phase's id, or null before the workshop starts. */
  phase: string | null;
  timer: TimerState | null;
  summon: Summon | null;
  followMe: FollowMe | null;
  locks: Locks;
  /** The facilitator's "highlight the top N" of a revealed round, for everyone. */
  highlight: VoteHighlight | null;
  /** The facilitator has hidden everyone's cursors from the members and observers. */
  cursorsHidden: boolean;
  /** The board's tag list, tag -> colour (tags/tag-list.ts). */
  tagList: ReadonlyMap<string, string>;
  /** An anonymous phase is on: no names on cards, cursors or the activity (`setAnonymous`). */
  anonymous: boolean;
  /** The check-ins the facilitator scheduled, by date (plan/check-ins.ts). */
  checkIns: readonly ScheduledCheckIn[];
}

function readPhases(value: unknown): Phase[] {
  if (!Array.isArray(value)) return [...DEFAULT_PHASES];
  const phases: Phase[] = [];
  const seen = new Set<string>();
  for (const item of value.slice(0, MAX_PHASES)) {
    const phase = parsePhase(item);
    if (phase && !seen.has(phase.id)) {
      seen.add(phase.id);
      phases.push(phase);
    }
  }
  return phases;
}

/** Never throws: missing or malformed values read as "not set". */
export function readControl(doc: Y.Doc): ControlSnapshot {
  const control = controlMap(doc);
  const phases = readPhases(control.get('phases'));
  const phaseId = control.get('phase');
  const phase = typeof phaseId === 'string' && phases.some((p) => p.id === phaseId) ? phaseId : null;
  const lockedShapes = new Set<ShapeId>();
  locksMap(doc).forEach((value, key) => {
    const id = asShapeId(key);
    if (id && value === true) lockedShapes.add(id);
  });
  const { summon, followMe } = parseAttention(control.get('summon'), control.get('followMe'));
  return {
    phases,
    phase,
    timer: parseTimer(control.get('timer')),
    summon,
    followMe,
    locks: { frames: control.get('lockFrames') === true, shapes: lockedShapes },
    highlight: parseVoteHighlight(control.get('highlight')),
    cursorsHidden: control.get('hideCursors') === true,
    tagList: readTagList(doc),
    anonymous: control.get('anonymous') === true,
    checkIns: readCheckInSchedule(doc),
  };
}
