// When a summon ("bring everyone here") moves this page's camera, pure. A summon is a one-off
// jump: a page acts on a summon it has not acted on yet, only while it is fresh, so that opening
// the board later does not replay an old one, and never on the page that sent it.
import type { Summon } from '@kyoso/shared';

/** A summon older than this (server clock) when a page first sees it is history. */
export const SUMMON_FRESH_MS = 15_000;

export function shouldAnswerSummon(summon: Summon | null, handledSeq: number | null, now: number): boolean {
  if (!summon || summon.seq === handledSeq) return false;
  return now - summon.at <= SUMMON_FRESH_MS;
}
