// Hands each activity entry someone else records from now on to `tell`, once: what notices are
// made of (a version restored, an agreed point deleted). Entries present when the board opened,
// the page's own, and entries older than a minute (news.ts) are history, in the activity panel.
import type { ActivityEntry } from '@kyoso/shared';
import { useEffect, useRef } from 'react';
import type { WorkshopSession } from '../../sync/workshop-types';
import { isNews } from './news';

export function useNewsFromOthers(workshop: WorkshopSession, tell: (entry: ActivityEntry) => void): void {
  const latest = useRef(tell);
  useEffect(() => {
    latest.current = tell;
  });
  useEffect(() => {
    const { entries } = workshop.activity;
    const seen = new Set(entries.get().map((entry) => entry.id));
    const check = () => {
      const self = workshop.participant.get();
      const me = self.status === 'ready' ? self.participant.id : null;
      for (const entry of entries.get()) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        if ((me !== null && entry.by.participant === me) || !isNews(entry, workshop.now())) continue;
        latest.current(entry);
      }
    };
    return entries.subscribe(check);
  }, [workshop]);
}
