// Sorting a selection into a grid by the votes of the latest revealed round, most first (the
// property bar's arrange menu, canvas/ArrangeMenu.tsx): a facilitator lines up what the room chose.
import type { SortKey } from '../../canvas/extensions';
import type { WorkshopSession } from '../../sync/workshop-types';

export function voteSortKey(workshop: WorkshopSession): SortKey {
  const totals = () => {
    const round = workshop.ledger.get().vote;
    return round?.status === 'revealed' ? (round.totals ?? null) : null;
  };
  return {
    id: 'votes',
    label: 'arrange.byVotes',
    unavailable: () => (totals() ? null : 'arrange.byVotesNone'),
    key: (shape) => totals()?.[shape.id] ?? 0,
    descending: true,
  };
}
