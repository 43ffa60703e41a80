import type { Shape } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { linkedPairs } from './useSuggestions';

const card = (id: string, kind: string) => ({ id, type: 'sticky', kind }) as unknown as Shape;
const connector = (id: string, from: string, to: string) =>
  ({ id, type: 'connector', from, to }) as unknown as Shape;

describe('linkedPairs', () => {
  it('lists asset→need pairs joined through a synergy card, not plain connectors', () => {
    const shapes = [
      card('asset', 'asset'),
      card('gap', 'gap'),
      card('goal', 'goal'),
      card('syn', 'synergy'),
      connector('c1', 'asset', 'syn'),
      connector('c2', 'syn', 'gap'),
      connector('c3', 'syn', 'goal'),
      connector('c4', 'asset', 'gap'),
    ];
    expect(linkedPairs(shapes).sort()).toEqual(['asset>gap', 'asset>goal']);
  });
});
