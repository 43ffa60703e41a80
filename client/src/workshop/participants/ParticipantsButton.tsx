// The facilitator's "Participants" button in the dock. When someone waits to be let in, it wears a
// count badge and a notice says who: the facilitator notices without opening the panel.
import { updatePageUi, usePageUi } from '../../bindings/pageUi';
import type { RosterSnapshot } from '@kyoso/shared';
import { useEffect, useRef } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasStores } from '../../canvas/canvasStores';
import { useI18n } from '../../i18n/I18nProvider';
import type { Store } from '../../sync/session-types';
import { showNotice } from '../facilitation/notices';
import { waitingCount } from './rosterGroups';
import './participants.css';

function PeopleIcon() {
  return (
    <svg
      width={20}
      height={20}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      aria-hidden="true"
    >
      <circle cx="7.5" cy="6.5" r="2.5" />
      <path d="M2.5 16c.4-3 2.3-4.7 5-4.7s4.6 1.7 5 4.7" strokeLinecap="round" />
      <circle cx="14" cy="7.5" r="2" />
      <path d="M14 11.5c1.9 0 3.2 1.3 3.5 3.5" strokeLinecap="round" />
    </svg>
  );
}

export function ParticipantsButton({
  boardId,
  roster: rosterStore,
  stores,
}: {
  boardId: string;
  roster: Store<RosterSnapshot>;
  stores: CanvasStores;
}) {
  const { t } = useI18n();
  const roster = useStore(rosterStore);
  const open = usePageUi((ui) => ui.participantsOpen === boardId);
  const waiting = waitingCount(roster);
  const seen = useRef<Set<string> | null>(null);

  // A notice for each new request (not for those already waiting when the page opened).
  useEffect(() => {
    const ids = roster.participants.filter((entry) => entry.status === 'waiting');
    if (seen.current) {
      const fresh = ids.filter((entry) => !seen.current!.has(entry.id));
      const last = fresh[fresh.length - 1];
      if (last) showNotice(stores, 'info', t('participants.waitingNotice', { name: last.name }));
    }
    seen.current = new Set(ids.map((entry) => entry.id));
  }, [roster, stores, t]);

  const label =
    waiting > 0
      ? `${t('participants.open')} (${t('participants.waitingBadge', { count: waiting })})`
      : t('participants.open');
  return (
    <button
      type="button"
      className={`dock-icon-button participants-dock-button${waiting > 0 ? ' participants-dock-button--waiting' : ''}`}
      aria-label={label}
      aria-pressed={open}
      data-tooltip={waiting > 0 ? label : `${t('participants.open')}: ${t('participants.openHint')}`}
      data-tooltip-side="top"
      data-testid="participants-open"
      onClick={() => updatePageUi({ participantsOpen: open ? null : boardId })}
    >
      <PeopleIcon />
      {waiting > 0 && (
        <span className="participants-badge" data-testid="participants-waiting-count" aria-hidden="true">
          {waiting}
        </span>
      )}
    </button>
  );
}
