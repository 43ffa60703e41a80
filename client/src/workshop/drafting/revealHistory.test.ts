import type { LedgerEvent } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { revealHistory } from './revealHistory';

const by = (name: string, company: string) =>
  ({ participant: `p-${name}`, name, role: 'member', company }) as LedgerEvent['by'];
const revealed = (at: string, name: string, company: string, cards: string[]) =>
  ({ type: 'revealed', at, by: by(name, company), company, cards }) as LedgerEvent;

describe('reveal history', () => {
  const events: LedgerEvent[] = [
    revealed('2026-05-01T10:00:00Z', 'Aoi', 'a', ['1', '2']),
    revealed('2026-05-01T10:05:00Z', 'Ben', 'b', ['3']),
    {
      type: 'agreed',
      at: '2026-05-01T10:06:00Z',
      by: by('Aoi', 'a'),
      company: 'a',
      card: '1',
    } as LedgerEvent,
    revealed('2026-05-01T10:10:00Z', 'Aya', 'a', ['4']),
  ];

  it("lists only the company's reveals, newest first", () => {
    expect(revealHistory(events, 'a' as never)).toEqual([
      { at: '2026-05-01T10:10:00Z', name: 'Aya', cards: ['4'] },
      { at: '2026-05-01T10:00:00Z', name: 'Aoi', cards: ['1', '2'] },
    ]);
  });

  it('keeps at most the limit', () => {
    expect(revealHistory(events, 'a' as never, 1)).toHaveLength(1);
  });
});
