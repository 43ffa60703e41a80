// The board's synergy suggestions (suggestSynergies from @kyoso/shared), leaving out pairs
// dismissed in this browser and pairs already linked through a synergy card. Recomputed only
// when the cards' text, company or kind change, not when they move.
import {
  isCard,
  suggestionKey,
  suggestSynergies,
  type Shape,
  type ShapeId,
  type StickyShape,
  type Suggestion,
} from '@kyoso/shared';
import { useMemo } from 'react';
import { useStore } from '../../bindings/hooks';
import type { BoardSession } from '../../sync/session-types';

/** Shown in the panel; more would bury the strong ones. */
export const PANEL_LIMIT = 12;

const isMatchable = (shape: Shape): shape is StickyShape =>
  isCard(shape) &&
  shape.company !== null &&
  (shape.kind === 'asset' || shape.kind === 'gap' || shape.kind === 'goal');

/** Asset→need pairs already joined by a synergy card (asset → synergy → need connectors). */
export function linkedPairs(shapes: readonly Shape[]): string[] {
  const synergies = new Set(shapes.filter((s) => isCard(s) && s.kind === 'synergy').map((s) => s.id));
  const into = new Map<ShapeId, ShapeId[]>();
  const out = new Map<ShapeId, ShapeId[]>();
  for (const shape of shapes) {
    if (shape.type !== 'connector') continue;
    if (synergies.has(shape.to)) into.set(shape.to, [...(into.get(shape.to) ?? []), shape.from]);
    if (synergies.has(shape.from)) out.set(shape.from, [...(out.get(shape.from) ?? []), shape.to]);
  }
  const keys: string[] = [];
  for (const [synergy, assets] of into)
    for (const asset of assets)
      for (const need of out.get(synergy) ?? []) keys.push(suggestionKey(asset, need));
  return keys;
}

export function useSuggestions(session: BoardSession, dismissed: readonly string[]): Suggestion[] {
  const shapes = useStore(session.shapes);
  const cards = useMemo(() => shapes.filter(isMatchable), [shapes]);
  // A key of what the matcher reads, so that moving cards does not recompute.
  const signature = cards
    .map((c) => `${c.id}\u0001${c.company}\u0001${c.kind}\u0001${c.text}`)
    .join('\u0002');
  const linked = useMemo(() => linkedPairs(shapes).sort().join('\u0002'), [shapes]);
  return useMemo(
    () => {
      const excluded = new Set([...dismissed, ...(linked === '' ? [] : linked.split('\u0002'))]);
      return suggestSynergies(cards, { limit: PANEL_LIMIT, dismissed: excluded });
    },
    // `cards` is read through `signature`; positions do not matter.
    [signature, linked, dismissed],
  );
}
