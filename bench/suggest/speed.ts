// How long ranking a large board's suggestions takes: every card of both labelled sets on one
// board (about 400 cards), first with texts the matcher has never seen, then after one card's
// text changed (what the open panel recomputes on every keystroke), against the plain-overlap
// baseline on the same board. A measurement for bench/results/suggest.md, not a test.
import { suggestSynergies, type SuggestCard } from '@kyoso/shared';
import { fmt, markdownTable, quantile, sortedCopy } from '../lib/stats.js';
import { jaccardPairs } from './baseline.js';
import { SCENARIOS } from './dataset.js';
import { FRESH_SCENARIOS } from './fresh-boards.js';

const RUNS = 7;
/** What the suggestions panel asks for. */
const PANEL_LIMIT = 12;

function bigBoard(run: number): SuggestCard[] {
  return [...SCENARIOS, ...FRESH_SCENARIOS].flatMap((scenario, s) =>
    scenario.cards.map((card) => ({
      id: `${s}/${card.id}`,
      company: `${s}/${card.company}`,
      kind: card.kind,
      // A text the matcher has not seen in this process (it keeps what it read of recent texts).
      text: `${card.text} #${run}`,
    })),
  );
}

function medianMs(measure: (run: number) => void): number {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    measure(run);
    samples.push(performance.now() - started);
  }
  return quantile(sortedCopy(samples), 0.5);
}

export function speedSection(): string {
  const boards = Array.from({ length: RUNS }, (_, run) => bigBoard(run));
  const cards = boards[0]!.length;
  const cold = medianMs((run) => suggestSynergies(boards[run]!, { limit: PANEL_LIMIT }));
  const edited = medianMs((run) => {
    const board = boards[run]!;
    const changed = board.map((card, i) => (i === 0 ? { ...card, text: `${card.text} (edited)` } : card));
    suggestSynergies(changed, { limit: PANEL_LIMIT });
  });
  const baseline = medianMs((run) => jaccardPairs(boards[run]!).slice(0, PANEL_LIMIT));
  return `## Speed

Every card of both sets on one board (${cards} cards), the panel's first ${PANEL_LIMIT} suggestions,
median of ${RUNS} runs on this machine (a measurement: it varies with the machine and its load):

${markdownTable(
  ['ranking', 'ms'],
  [
    ['Kyoso, texts not seen before', fmt(cold)],
    ['Kyoso, after one card was edited', fmt(edited)],
    ['baseline (plain overlap), same board', fmt(baseline)],
  ],
)}

The matcher keeps the terms of recent texts, so an edit re-reads one card, and it finds the reason
words only for the suggestions it returns.
`;
}
