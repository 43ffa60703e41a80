// Which activity entries are news, worth a notice: recorded in the last minute. The activity
// channel may finish syncing after the board opens (or after being offline), and then every older
// entry looks new to a page; those are history, in the activity panel.
import type { ActivityEntry } from '@kyoso/shared';

export const NEWS_MS = 60_000;

/** Recorded (or last extended) within NEWS_MS of `now` (ms, the server's clock as the page knows it). */
export const isNews = (entry: ActivityEntry, now: number): boolean =>
  Date.parse(entry.until ?? entry.at) >= now - NEWS_MS;
