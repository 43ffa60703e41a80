// The export benchmark: Kyoso's drawing exports (PDF with pdfkit, PNG with resvg, SVG as a string)
// against "just print it with a browser" (headless Chromium loading the same SVG, page.pdf and a
// screenshot), on synthetic boards of 100, 500 and 2000 cards. See bench/README.md, "export".
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { renderSvg, type ExportInput } from '@kyoso/shared';
// The server package exports only its app; its export renderers are reached by path (bench code
// runs from the TypeScript sources, `--conditions=kyoso-src --import tsx`).
import { renderPdf } from '../../server/src/export/pdf.js';
import { pngScale, renderPng } from '../../server/src/export/png.js';
import type { Benchmark, BenchContext } from '../lib/benchmark.js';
import { describeMachine } from '../lib/machine.js';
import { sleep } from '../lib/processes.js';
import { fmt, markdownTable, quantile, ratio, sortedCopy } from '../lib/stats.js';
import { exportBoard, PROBE_TEXT } from './boards.js';
import { cardsDrawn, type Bounds } from './coverage.js';
import { childrenCpu, measure, type Sample } from './measure.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumVersion } from '../lib/chromium.js';

const SIZES = [100, 500, 2000];
const QUICK_SIZES = [100];
const RUNS = 5;
const QUICK_RUNS = 3;
/** A4 landscape at 96 px per inch, as Chromium lays out a page for print (no margins). */
const A4_CSS = { w: 1122, h: 793 };
const PAGE_PADDING = 24;
/** Rest between two timed jobs, so that one's leftovers (the browser tidying up) miss the next. */
const SETTLE_MS = 250;

type Tool = 'Kyoso' | 'Chromium';
type Format = 'pdf' | 'png' | 'svg';

interface Series {
  samples: Sample[];
  /** The last output, for its size and for the checks below. */
  output: Buffer | string | null;
  /** The smallest output of the timed runs, kept to look at when the sizes differ. */
  smallest: Buffer | string | null;
  /** For PNGs: cards visible in each run's image (see coverage.ts). */
  drawn: number[];
}

interface SizeResult {
  cards: number;
  shapes: number;
  buildMs: number;
  svgSize: Bounds;
  series: Map<`${Tool} ${Format}`, Series>;
  checks: Map<`${Tool} ${Format}`, string>;
}

function parseList(value: string | true | undefined, name: string, fallback: number[]): number[] {
  if (typeof value !== 'string') return fallback;
  const list = value.split(',').map((s) => Number(s.trim()));
  if (list.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--${name}: bad list "${value}"`);
  return list;
}

/** The width and height the SVG document declares (the board's bounds, one unit per px). */
function svgSize(svg: string): Bounds {
  const match = /<svg[^>]* viewBox="(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) throw new Error('the SVG export has no viewBox');
  return { x: Number(match[1]), y: Number(match[2]), w: Number(match[3]), h: Number(match[4]) };
}

const inlineSvg = (svg: string, style: string) =>
  svg.replace(/^<\?xml[^>]*\?>\s*/, '').replace(/^<svg /, `<svg style="${style}" `);

/** The page Chromium prints: the SVG inline, scaled (viewBox, "meet") to fit an A4 landscape page. */
function printHtml(svg: string): string {
  const w = A4_CSS.w - 2 * PAGE_PADDING;
  const h = A4_CSS.h - 2 * PAGE_PADDING;
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0}body{padding:${PAGE_PADDING}px}svg{display:block}</style></head><body>${inlineSvg(svg, `width:${w}px;height:${h - 1}px`)}</body></html>`;
}

/** The page Chromium screenshots: the SVG inline at its own size. */
function screenshotHtml(svg: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;overflow:hidden}svg{display:block}</style></head><body>${inlineSvg(svg, '')}</body></html>`;
}

function pngPixels(png: Buffer): string {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG') return 'not a PNG';
  return `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
}

/** Pages, and whether pdftotext finds the probe card's Japanese text (whitespace ignored). */
function checkPdf(pdf: Buffer, file: string): string {
  writeFileSync(file, pdf);
  let pages = '?';
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    pages = /^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '?';
  } catch {
    // poppler-utils missing: leave it unknown
  }
  let found = 'pdftotext failed';
  try {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    found = text.replace(/\s+/g, '').includes(PROBE_TEXT) ? 'yes' : 'no';
  } catch {
    // reported as failed
  }
  return `${pages} page${pages === '1' ? '' : 's'}, 「${PROBE_TEXT}」 found: ${found}`;
}

async function peerRun(
  browserContext: BrowserContext,
  html: string,
  produce: (page: Page) => Promise<Buffer>,
): Promise<{ sample: Sample; output: Buffer | string }> {
  const page = await browserContext.newPage();
  try {
    return await measure(async () => {
      await page.setContent(html, { waitUntil: 'load' });
      return produce(page);
    }, childrenCpu);
  } finally {
    await page.close();
  }
}

async function runSize(
  browser: Browser,
  cards: number,
  runs: number,
  context: BenchContext,
  work: string,
): Promise<SizeResult> {
  const buildStarted = performance.now();
  const input: ExportInput = exportBoard(cards);
  const buildMs = performance.now() - buildStarted;
  const svg = renderSvg(input, { frame: null });
  const size = svgSize(svg);
  const scale = pngScale(size.w, size.h);
  const pdfHtml = printHtml(svg);
  const pngHtml = screenshotHtml(svg);
  const pdfContext = await browser.newContext({ viewport: { width: A4_CSS.w, height: A4_CSS.h } });
  const pngContext = await browser.newContext({
    viewport: { width: Math.ceil(size.w), height: Math.ceil(size.h) },
    deviceScaleFactor: scale,
  });
  const result: SizeResult = {
    cards,
    shapes: input.shapes.length,
    buildMs,
    svgSize: size,
    series: new Map(),
    checks: new Map(),
  };
  const jobs: [Tool, Format, () => Promise<{ sample: Sample; output: Buffer | string }>][] = [
    ['Kyoso', 'pdf', () => measure(() => renderPdf(input, { frame: null, paper: 'a4', pages: 'board' }))],
    [
      'Chromium',
      'pdf',
      () => peerRun(pdfContext, pdfHtml, (page) => page.pdf({ landscape: true, format: 'A4' })),
    ],
    ['Kyoso', 'png', () => measure(() => renderPng(input, { frame: null }))],
    ['Chromium', 'png', () => peerRun(pngContext, pngHtml, (page) => page.screenshot({ type: 'png' }))],
    ['Kyoso', 'svg', () => measure(() => Promise.resolve(renderSvg(input, { frame: null })))],
  ];
  try {
    // One untimed run of each first (fonts read, code compiled, the browser's caches warm), then
    // the timed runs, interleaved so that drift in the machine's load hits every series alike.
    for (const [tool, format, job] of jobs) {
      context.progress(`${cards} cards: warm-up ${tool} ${format}`);
      await job();
    }
    for (let run = 0; run < runs; run++) {
      for (const [tool, format, job] of jobs) {
        await sleep(SETTLE_MS);
        const { sample, output } = await job();
        const key = `${tool} ${format}` as const;
        const series = result.series.get(key) ?? {
          samples: [],
          output: null,
          smallest: null,
          drawn: [],
        };
        series.output = output;
        if (series.smallest === null || sample.bytes < Math.min(...series.samples.map((x) => x.bytes)))
          series.smallest = output;
        series.samples.push(sample);
        if (format === 'png' && typeof output !== 'string')
          series.drawn.push(cardsDrawn(output, input.shapes, size).drawn);
        result.series.set(key, series);
      }
      context.progress(`${cards} cards: run ${run + 1}/${runs} done`);
    }
  } finally {
    await pdfContext.close();
    await pngContext.close();
  }
  for (const [key, series] of result.series) {
    const output = series.output;
    if (!output || typeof output === 'string') continue;
    const [tool, format] = key.split(' ') as [Tool, Format];
    if (format === 'pdf') {
      result.checks.set(key, checkPdf(output, join(work, `${cards}-${tool.toLowerCase()}.pdf`)));
    } else if (format === 'png') {
      writeFileSync(join(work, `${cards}-${tool.toLowerCase()}.png`), output);
      const smallest = series.smallest;
      if (smallest && smallest.length !== output.length)
        writeFileSync(join(work, `${cards}-${tool.toLowerCase()}-smallest.png`), smallest);
      const least = Math.min(...series.drawn);
      const complete = series.drawn.filter((n) => n === cards).length;
      result.checks.set(
        key,
        complete === series.drawn.length
          ? `${pngPixels(output)} px, all ${cards} cards drawn in every run`
          : `${pngPixels(output)} px, all cards drawn in ${complete} of ${series.drawn.length} runs (fewest: ${least} of ${cards})`,
      );
    }
  }
  return result;
}

const median = (values: number[]) => quantile(sortedCopy(values), 0.5);

interface Summary {
  wallMs: number;
  cpuMs: number;
  stallMs: number;
  bytes: number;
  /** The smallest and largest output of the runs (the same for a deterministic exporter). */
  minBytes: number;
  maxBytes: number;
}

function summarize(series: Series | undefined): Summary {
  if (!series || series.samples.length === 0)
    return {
      wallMs: Number.NaN,
      cpuMs: Number.NaN,
      stallMs: Number.NaN,
      bytes: Number.NaN,
      minBytes: Number.NaN,
      maxBytes: Number.NaN,
    };
  return {
    wallMs: median(series.samples.map((s) => s.wallMs)),
    cpuMs: median(series.samples.map((s) => s.cpuMs)),
    stallMs: Math.max(...series.samples.map((s) => s.stallMs)),
    bytes: median(series.samples.map((s) => s.bytes)),
    minBytes: Math.min(...series.samples.map((s) => s.bytes)),
    maxBytes: Math.max(...series.samples.map((s) => s.bytes)),
  };
}

const kib = (bytes: number) => (Number.isFinite(bytes) ? `${fmt(bytes / 1024, 0)} KiB` : '–');
/** The size; its range over the runs when that differs by more than 1%. */
const sizeCell = (s: Summary) =>
  s.maxBytes > s.minBytes * 1.01
    ? `${kib(s.bytes)} (${fmt(s.minBytes / 1024, 0)}–${fmt(s.maxBytes / 1024, 0)})`
    : kib(s.bytes);

function report(
  results: SizeResult[],
  meta: { chromium: string; quick: boolean; runs: number; loadBefore: string },
): string {
  const machine = describeMachine();
  const timeRows: string[][] = [];
  const outputRows: string[][] = [];
  for (const r of results) {
    for (const format of ['pdf', 'png', 'svg'] as const) {
      const k = summarize(r.series.get(`Kyoso ${format}`));
      const c = summarize(r.series.get(`Chromium ${format}`));
      const hasPeer = format !== 'svg';
      timeRows.push([
        String(r.cards),
        format.toUpperCase(),
        fmt(k.wallMs, 0),
        hasPeer ? fmt(c.wallMs, 0) : '(input)',
        hasPeer ? ratio(k.wallMs, c.wallMs) : '–',
        fmt(k.cpuMs, 0),
        hasPeer ? fmt(c.cpuMs, 0) : '–',
        hasPeer ? ratio(k.cpuMs, c.cpuMs) : '–',
        fmt(k.stallMs, 0),
        hasPeer ? fmt(c.stallMs, 0) : '–',
      ]);
      outputRows.push([
        String(r.cards),
        format.toUpperCase(),
        sizeCell(k),
        hasPeer ? sizeCell(c) : '–',
        hasPeer ? ratio(k.bytes, c.bytes) : '–',
        r.checks.get(`Kyoso ${format}`) ?? '',
        hasPeer ? (r.checks.get(`Chromium ${format}`) ?? '') : '',
      ]);
    }
  }
  const times = markdownTable(
    [
      'cards',
      'format',
      'Kyoso ms',
      'Chromium ms',
      'time K/C',
      'Kyoso CPU ms',
      'Chromium CPU ms',
      'CPU K/C',
      'Kyoso stall ms',
      'stall during Chromium ms',
    ],
    timeRows,
  );
  const outputs = markdownTable(
    ['cards', 'format', 'Kyoso size', 'Chromium size', 'size K/C', 'Kyoso output', 'Chromium output'],
    outputRows,
  );
  const boards = markdownTable(
    ['cards', 'shapes', 'board (px)', 'PNG scale', 'build ms'],
    results.map((r) => [
      String(r.cards),
      String(r.shapes),
      `${fmt(r.svgSize.w, 0)}×${fmt(r.svgSize.h, 0)}`,
      fmt(pngScale(r.svgSize.w, r.svgSize.h), 2),
      fmt(r.buildMs, 0),
    ]),
  );
  const pick = (cards: number, key: `${Tool} ${Format}`) =>
    summarize(results.find((r) => r.cards === cards)?.series.get(key));
  const largest = results[results.length - 1]!;
  const varying = results.flatMap((r) =>
    (['Kyoso', 'Chromium'] as const).flatMap((tool) =>
      (['pdf', 'png'] as const)
        .filter((format) => {
          const s = summarize(r.series.get(`${tool} ${format}`));
          return s.maxBytes > s.minBytes * 1.01;
        })
        .map((format) => `${tool} ${format.toUpperCase()} at ${r.cards} cards`),
    ),
  );
  const incomplete = results.flatMap((r) =>
    (['Kyoso', 'Chromium'] as const).flatMap((tool) => {
      const drawn = r.series.get(`${tool} png`)?.drawn ?? [];
      const short = drawn.filter((n) => n < r.cards);
      return short.length === 0
        ? []
        : [
            `${tool} at ${r.cards} cards (${short.length} of ${drawn.length} runs, as few as ${Math.min(...short)} cards painted)`,
          ];
    }),
  );
  const incompleteNote =
    incomplete.length === 0
      ? 'Every PNG of every run showed all the cards.'
      : `Not every PNG showed the whole board: ${incomplete.join('; ')}. The rest of such an image is plain white and nothing reports an error; a time for an incomplete picture flatters whoever made it, so read those PNG ratios as a bound, not a measurement.`;
  const varyingNote =
    varying.length === 0
      ? 'Every output had the same size in every run.'
      : `The output size differed between runs of the same input for ${varying.join(', ')} (ranges in the table; the smallest PNG is kept in \`bench/.tmp/export/<N>-<tool>-smallest.png\`): worth a look before trusting that series.`;
  const big = (key: `${Tool} ${Format}`) => pick(largest.cards, key);
  return [
    `# export${meta.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.nproc} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; ${meta.chromium}; ${machine.date}; load average ${meta.loadBefore} before the run, ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} after.`,
    '',
    '## Method',
    '',
    `- Boards (\`bench/export/boards.ts\`, built in-process as an \`ExportInput\`): the company-profile template (Japanese) for two companies, 東和鉄道 (Japanese cards) and Northwind Logistics (English cards), and N cards of 200×160 in a square grid beside it; assets, gaps and goals alternate. One card reads 「${PROBE_TEXT}」.`,
    `- Kyoso, in this process: \`renderPdf(input, {frame: null, paper: 'a4', pages: 'board'})\` (pdfkit, Noto Sans JP embedded and subset), \`renderPng(input, {frame: null})\` (resvg on libuv's thread pool, text as glyph outlines, 2× or less on huge boards) and \`renderSvg(input, {frame: null})\` (a string).`,
    `- Chromium ("just print it with a browser"): \`${CHROMIUM}\` through playwright-core, \`${CHROMIUM_ARGS.join(' ')}\`, launched once; per run a fresh page, \`setContent\` of Kyoso's own SVG inline in an HTML page, then \`page.pdf({ landscape: true, format: 'A4' })\` with the SVG scaled to fit the page (${PAGE_PADDING} px padding), or \`page.screenshot\` of the SVG at its own size with the device scale set to Kyoso's PNG scale (2×, less on the largest board), so both PNGs have the same pixels. Chromium's time starts at \`setContent\`: making the SVG (the SVG row) is not counted for it, nor is opening the page.`,
    `- ${meta.runs} timed runs of each, after one untimed warm-up, interleaved (Kyoso PDF, Chromium PDF, Kyoso PNG, Chromium PNG, Kyoso SVG) with ${SETTLE_MS} ms of rest before each. Times are medians of wall time. CPU: user + system time of all threads of this process (Kyoso) or of every Chromium process (from \`/proc/<pid>/stat\`), median. Stall: the longest gap between ticks of a 5 ms \`setInterval\` in this process, less 5 ms, worst run: how long a server doing the export in-process could not answer anyone else; for Chromium it is the bench process waiting on the browser, which does its work in other processes. Every PNG of every timed run is checked for all cards being painted (\`bench/export/coverage.ts\`: the image shrunk with resvg so a card is about 10 px wide, each card's centre must not be white). Sizes are medians, with the range over the runs in brackets when it spans more than 1%. Ratios are Kyoso / Chromium: under 1 means Kyoso is faster, uses less CPU or writes fewer bytes.`,
    '',
    '## Results',
    '',
    times,
    '',
    outputs,
    '',
    boards,
    '',
    '## What this shows',
    '',
    `Both sides draw the same scene: Chromium is given Kyoso's SVG, so this compares the ways of turning one drawing into a file, not two drawing engines. On the largest board (${largest.cards} cards), Kyoso's PDF takes ${fmt(big('Kyoso pdf').wallMs, 0)} ms against Chromium's ${fmt(big('Chromium pdf').wallMs, 0)} ms (${ratio(big('Kyoso pdf').wallMs, big('Chromium pdf').wallMs)}), and its PNG ${fmt(big('Kyoso png').wallMs, 0)} ms against ${fmt(big('Chromium png').wallMs, 0)} ms (${ratio(big('Kyoso png').wallMs, big('Chromium png').wallMs)})${(largest.series.get('Chromium png')?.drawn ?? []).some((n) => n < largest.cards) ? ", though Chromium's PNG there did not show the whole board (see Checks below)" : ''}. The stall column is the cost a live server pays, since Kyoso exports in the process that also serves the boards' sync: the PDF yields to the event loop every few items while painting, so its stall is the parts that run in one piece (building the scene and, presumably, pdfkit finishing the file with its font subset), the SVG is one synchronous call, and the PNG, whose rasterising and compression run on libuv's thread pool, still stalls for ${fmt(big('Kyoso png').stallMs, 0)} ms on the largest board. A split timing made while writing this benchmark put that in the parts left on the event loop: building the scene with glyph outlines (up to about 0.25 s at 2000 cards), copying the pixels out of resvg (\`image.pixels\`, 30–160 ms) and the synchronous part of \`encodePng\` (about 0.15–0.2 s), the last two back to back; those are what would shrink that column. Chromium's work happens in its own processes and stalls this process only while playwright takes in the result (the last column: decoding a screenshot, for one); but it is a second program of several processes to ship, start and keep alive next to the server, and its start-up (once here) is not in these times.`,
    '',
    `What it does not show: the outputs are not the same product. Kyoso's PDF has a header and footer, embeds a subset of Noto Sans JP (the same on every server) and prints the board on one A4 page; Chromium's uses whatever fonts the machine has (here Debian's Noto CJK) and does no layout beyond the scaling set up here. The PNG sizes depend on the encoders' compression settings as much as on the picture. Both PDFs were checked only for one Japanese text being extractable, not for how they look. The boards are synthetic grids of cards, without connectors, drawings or images; the numbers are from one ${machine.nproc}-core machine with both programs sharing it, so read the ratios rather than the milliseconds.`,
    '',
    `Checks: ${incompleteNote} ${varyingNote}`,
    '',
  ].join('\n');
}

export const exportBenchmark: Benchmark = {
  name: 'export',
  description: 'PDF/PNG/SVG export of 100–2000-card boards, Kyoso vs printing the SVG in headless Chromium',
  options: {
    'export-sizes': {
      help: 'board sizes in cards, e.g. 100,500 (default 100,500,2000; quick 100)',
      takesValue: true,
    },
    'export-runs': {
      help: `timed runs per format and size (default ${RUNS}; quick ${QUICK_RUNS})`,
      takesValue: true,
    },
  },
  async run(context) {
    const sizes = parseList(
      context.options.get('export-sizes'),
      'export-sizes',
      context.quick ? QUICK_SIZES : SIZES,
    );
    const [runs] = parseList(context.options.get('export-runs'), 'export-runs', [
      context.quick ? QUICK_RUNS : RUNS,
    ]);
    const loadBefore = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const work = join(context.tmpDir, 'export');
    mkdirSync(work, { recursive: true });
    let browser: Browser | null = null;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
      const chromiumName = chromiumVersion(browser);
      const results: SizeResult[] = [];
      for (const cards of sizes) results.push(await runSize(browser, cards, runs!, context, work));
      const text = report(results, { chromium: chromiumName, quick: context.quick, runs: runs!, loadBefore });
      const file = join(context.resultsDir, context.quick ? 'export-quick.md' : 'export.md');
      writeFileSync(file, text);
      console.log(text.slice(text.indexOf('## Results'), text.indexOf('## What this shows')));
      context.progress(`wrote ${file}; outputs of the last run in ${work}`);
      return true;
    } finally {
      await browser?.close().catch(() => undefined);
    }
  },
};
