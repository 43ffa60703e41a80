// The executive handout (`pages=handout`): a cover (title, companies, date, what came of it), the
// synergy map on as many pages as it takes to stay legible (each top-level frame, then what lies
// outside every frame, or else the whole board, split into tiles when one page would shrink it
// too far), and the action list: every
// synergy point with the cards it links, its status, owners per company, next step, due date and
// who agreed when. A map cut into tiles is first shown whole on one page (an overview: the links
// between companies' cards, which the tiles cut apart).
// Times are printed in the reader's zone; the words follow the reader's language.
import {
  boxContains,
  displayWidth,
  excerpt,
  buildScene,
  buildPlanReport,
  buildSynergyReport,
  isBoxShape,
  formatExportTime,
  overlaps,
  safeColor,
  topLevelFrames,
  type ExportInput,
  type Locale,
  type PdfOptions,
  type ReportRow,
  type Scene,
  type Shape,
  type ShapeId,
  type SynergyReport,
} from '@kyoso/shared';
import {
  BOLD,
  contentBox,
  fitScale,
  INK,
  MARGIN,
  MUTED,
  nextTurn,
  openPdf,
  paintFooter,
  paintHeader,
  paintScene,
  PAPER,
  REGULAR,
  RULE,
  type Doc,
  type PageInfo,
} from './pdf-paint.js';
import { paintTable, type TableColumn } from './pdf-table.js';
import { paintPlan } from './pdf-plan.js';

/** The map is drawn at no less than this many points per world unit (a card's text stays readable). */
export const MIN_MAP_SCALE = 0.4;

interface HandoutWords {
  kicker: string;
  prepared: string;
  /** `changed`: points whose agreements were to content that has changed since. */
  summary: (points: number, agreed: number, changed: number) => string;
  map: string;
  /** A map cut into tiles, drawn whole first. */
  overview: string;
  wholeBoard: string;
  outsideFrames: string;
  actions: string;
  notYet: string;
  changed: string;
}

const WORDS: Record<Locale, HandoutWords> = {
  ja: {
    kicker: 'アライアンス・ワークショップ 成果資料',
    prepared: '書き出し日時',
    summary: (points, agreed, changed) =>
      `シナジーポイント ${points}件（全社合意 ${agreed}件${changed > 0 ? `、合意後に変更あり ${changed}件` : ''}）`,
    map: 'シナジーマップ',
    overview: '全体図',
    wholeBoard: 'ボード全体',
    outsideFrames: 'フレームの外',
    actions: 'アクションリスト',
    notYet: '未合意',
    changed: '合意後に変更',
  },
  en: {
    kicker: 'Alliance workshop handout',
    prepared: 'Exported',
    summary: (points, agreed, changed) =>
      `${points} synergy point${points === 1 ? '' : 's'} (${agreed} agreed by every company${
        changed > 0 ? `, ${changed} changed since agreed` : ''
      })`,
    map: 'Synergy map',
    overview: 'overview',
    wholeBoard: 'Whole board',
    outsideFrames: 'Outside the frames',
    actions: 'Action list',
    notYet: 'not yet',
    changed: 'changed since agreed',
  },
};

interface Tile {
  scene: Scene;
  title: string;
  /** The pages of one map are drawn at one scale (the largest all of them fit). */
  scale: number;
}

/** Room left between a cut and the card it was moved to avoid, in world units. */
const CUT_GAP = 12;

/**
 * Where to cut `[start, end)` into pieces no longer than `max`, of about equal length (as many as
 * an even split needs; moving a cut may add one), each cut moved off any card lying across it
 * (`spans`: the cards' extents along this axis) to just before or after it, whichever is nearer
 * and keeps the pieces within `max`. A card longer than a piece is no obstacle (it is cut
 * anyway); a crowd with no gap near is cut where the even split falls. Returns the pieces' edges,
 * `start` and `end` included.
 */
export function cutsAlong(
  start: number,
  end: number,
  max: number,
  spans: readonly [number, number][],
): number[] {
  if (!(max > 0) || end - start <= max) return [start, end];
  const cards = spans.filter(([a, b]) => b - a < max);
  const crossing = (line: number) => cards.filter(([a, b]) => a < line && b > line);
  /** From `line`, step over the cards in its way towards `dir` (-1 before, +1 after them). */
  const clear = (line: number, dir: -1 | 1, low: number, high: number): number | null => {
    for (let at = line; at >= low && at <= high;) {
      const across = crossing(at);
      if (across.length === 0) return at;
      at =
        dir < 0
          ? Math.min(...across.map(([a]) => a)) - CUT_GAP
          : Math.max(...across.map(([, b]) => b)) + CUT_GAP;
    }
    return null;
  };
  const edges = [start];
  for (let from = start; end - from > max + 1e-6;) {
    const ideal = from + (end - from) / Math.ceil((end - from) / max);
    const before = clear(ideal, -1, from + (ideal - from) / 2, from + max);
    const after = clear(ideal, 1, from + (ideal - from) / 2, from + max);
    const options = [before, after].filter((line): line is number => line !== null);
    const line =
      options.length > 0
        ? options.reduce((a, b) => (Math.abs(b - ideal) < Math.abs(a - ideal) ? b : a))
        : ideal;
    edges.push(line);
    from = line;
  }
  edges.push(end);
  return edges;
}

/**
 * A scene cut into a grid of pieces each drawn at MIN_MAP_SCALE or more in `box`, the cuts laid
 * between `shapes`' cards where there is room, so a card is printed whole on one page.
 */
export function tilesOf(scene: Scene, box: { w: number; h: number }, shapes: readonly Shape[] = []): Scene[] {
  const { bounds } = scene;
  const fits = Math.min(box.w / bounds.w, box.h / bounds.h);
  if (fits >= MIN_MAP_SCALE) return [scene];
  const cards = shapes.filter(isBoxShape).filter((card) => card.type !== 'frame' && overlaps(bounds, card));
  const xs = cutsAlong(
    bounds.x,
    bounds.x + bounds.w,
    box.w / MIN_MAP_SCALE,
    cards.map((c) => [c.x, c.x + c.w]),
  );
  const ys = cutsAlong(
    bounds.y,
    bounds.y + bounds.h,
    box.h / MIN_MAP_SCALE,
    cards.map((c) => [c.y, c.y + c.h]),
  );
  const tiles: Scene[] = [];
  for (let row = 0; row + 1 < ys.length; row++)
    for (let column = 0; column + 1 < xs.length; column++)
      tiles.push({
        ...scene,
        bounds: { x: xs[column]!, y: ys[row]!, w: xs[column + 1]! - xs[column]!, h: ys[row + 1]! - ys[row]! },
      });
  return tiles;
}

/**
 * What lies outside every top-level frame (a synergy point placed beside a template, a card
 * dragged out of it): the boxes no frame holds. Empty without frames.
 */
export function outsideFrames(shapes: readonly Shape[]): Shape[] {
  const frames = topLevelFrames(shapes);
  if (frames.length === 0) return [];
  return shapes.filter(
    (shape) =>
      isBoxShape(shape) && shape.type !== 'frame' && !frames.some((frame) => boxContains(frame, shape)),
  );
}

/**
 * `outside` and the cards its connectors reach: a synergy point placed beside a template is shown
 * with the cards it links (inside the template), not cropped and magnified on its own.
 */
export function withLinkedCards(outside: readonly Shape[], shapes: readonly Shape[]): Shape[] {
  const picked = new Set(outside.map((shape) => shape.id));
  const byId = new Map(shapes.map((shape) => [shape.id, shape]));
  const reached = new Map<ShapeId, Shape>();
  for (const shape of shapes) {
    if (shape.type !== 'connector' || !(picked.has(shape.from) || picked.has(shape.to))) continue;
    for (const end of [shape.from, shape.to]) {
      const other = byId.get(end);
      if (other && !picked.has(end) && isBoxShape(other) && other.type !== 'frame') reached.set(end, other);
    }
  }
  return [...outside, ...reached.values()];
}

/**
 * The tiles that show a card or some text; a tile of empty template areas is a page with nothing
 * on it. A map with nothing on it at all keeps its tiles (the template is what there is to show).
 */
export function withCards(tiles: readonly Scene[], shapes: readonly Shape[]): Scene[] {
  if (tiles.length < 2) return [...tiles];
  const content = shapes.filter((shape) => isBoxShape(shape) && shape.type !== 'frame');
  const shown = tiles.filter((tile) =>
    content.some((shape) => isBoxShape(shape) && overlaps(tile.bounds, shape)),
  );
  return shown.length > 0 ? shown : [...tiles];
}

/** The box around `shapes`, with the scene's margin. */
function around(shapes: readonly Shape[]): Scene['bounds'] | null {
  const boxes = shapes.filter(isBoxShape);
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  return {
    x: x - OUTSIDE_MARGIN,
    y: y - OUTSIDE_MARGIN,
    w: right - x + 2 * OUTSIDE_MARGIN,
    h: bottom - y + 2 * OUTSIDE_MARGIN,
  };
}
const OUTSIDE_MARGIN = 40;

/**
 * The map's pages: each top-level frame, then the part of the board around what lies outside
 * them and the cards it links (drawn from the whole board, so links and agreement badges read as
 * on the board), or the
 * whole board when it has no frames; each tiled when it must be. Drawn in the reader's language.
 */
async function mapTiles(input: ExportInput, box: { w: number; h: number }, words: HandoutWords) {
  const frames = topLevelFrames(input.shapes);
  const rest = around(withLinkedCards(outsideFrames(input.shapes), input.shapes));
  const maps: { frame: ShapeId | null; crop: Scene['bounds'] | null; name: string | null }[] =
    frames.length === 0
      ? [{ frame: null, crop: null, name: `${words.map} · ${words.wholeBoard}` }]
      : [
          ...frames.map((frame) => ({ frame: frame.id, crop: null, name: null })),
          ...(rest ? [{ frame: null, crop: rest, name: `${words.map} · ${words.outsideFrames}` }] : []),
        ];
  const tiles: Tile[] = [];
  for (const map of maps) {
    const drawn = buildScene(input, { frame: map.frame });
    const scene = map.crop ? { ...drawn, bounds: map.crop } : drawn;
    const name = map.name ?? scene.frameTitle ?? `${words.map} · ${words.wholeBoard}`;
    const pieces = withCards(tilesOf(scene, box, input.shapes), input.shapes);
    const scale = Math.min(...pieces.map((piece) => fitScale(piece, box)));
    if (pieces.length > 1)
      tiles.push({ scene, title: `${name} · ${words.overview}`, scale: fitScale(scene, box) });
    pieces.forEach((piece, i) =>
      tiles.push({
        scene: piece,
        title: `${name}${pieces.length > 1 ? ` (${i + 1}/${pieces.length})` : ''}`,
        scale,
      }),
    );
    await nextTurn();
  }
  return tiles;
}

function paintCover(doc: Doc, report: SynergyReport, words: HandoutWords, paper: { w: number; h: number }) {
  const x = MARGIN * 3;
  const width = paper.w - 2 * x;
  let y = paper.h * 0.28;
  doc.font(REGULAR).fontSize(13).fillColor(MUTED, 1).text(words.kicker, x, y, { width });
  y += 28;
  doc.font(BOLD).fontSize(30).fillColor(INK, 1).text(report.boardTitle, x, y, { width });
  y = doc.y + 18;
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(1)
    .strokeColor(RULE, 1)
    .stroke();
  y += 18;
  doc.font(REGULAR).fontSize(13);
  for (const company of report.companies) {
    doc
      .circle(x + 6, y + 7, 6)
      .fillColor(safeColor(company.color, MUTED), 1)
      .fill();
    doc.fillColor(INK, 1).text(company.name, x + 20, y, { width: width - 20 });
    y = doc.y + 6;
  }
  y += 14;
  const agreed = report.counts.agreed;
  doc
    .font(BOLD)
    .fontSize(14)
    .fillColor(INK, 1)
    .text(words.summary(report.rows.length, agreed, report.changedSinceAgreed), x, y, { width });
  y = doc.y + 8;
  doc
    .font(REGULAR)
    .fontSize(11)
    .fillColor(MUTED, 1)
    .text(`${words.prepared}: ${formatExportTime(report.exportedAt, report.timeZone)}`, x, y, { width });
}

/** A card's start in the action list (its whole text is on the map), at most full-width 20. */
const LINKED_CARD_WIDTH = 40;
/** Cards named per company; the rest are counted ("+3"): a row must fit on a page. */
const LINKED_CARDS_SHOWN = 4;

/** A company's linked cards in one cell line, each cut short and the list capped. */
export function linkedCards(cards: readonly string[], separator: string): string {
  const shown = cards
    .slice(0, LINKED_CARDS_SHOWN)
    .map((card) => excerpt(card, LINKED_CARD_WIDTH, displayWidth));
  const more = cards.length - shown.length;
  return shown.join(separator) + (more > 0 ? ` +${more}` : '');
}

function actionColumns(report: SynergyReport, words: HandoutWords): TableColumn<ReportRow>[] {
  const { labels, companies } = report;
  const perCompany = (text: (key: string) => string | null) =>
    companies
      .map((company) => {
        const value = text(company.key);
        return value === null ? null : `${company.name}: ${value}`;
      })
      .filter((line) => line !== null)
      .join('\n');
  return [
    { title: '#', share: 0.03, cell: (_, i) => String(i + 1) },
    // The type under the title; none when nobody chose one.
    {
      title: labels.points,
      share: 0.15,
      cell: (row) => (row.type === '' ? row.title : `${row.title}\n${row.type}`),
      bold: true,
    },
    // What each company brings to it and what it answers: the tiles may print them pages apart.
    {
      title: labels.linked,
      share: 0.19,
      cell: (row) => {
        const lines = perCompany((key) => {
          const cards = row.linked[key as never] ?? [];
          return cards.length > 0 ? linkedCards(cards, labels.separator) : null;
        });
        const loose =
          row.unassigned.length > 0
            ? `${labels.noCompany}: ${linkedCards(row.unassigned, labels.separator)}`
            : '';
        return [lines, loose].filter(Boolean).join('\n') || '—';
      },
    },
    { title: labels.status, share: 0.07, cell: (row) => row.statusLabel },
    {
      title: labels.owners,
      share: 0.14,
      cell: (row) => perCompany((key) => row.owners[key as never] || '—'),
    },
    { title: labels.nextStep, share: 0.16, cell: (row) => row.nextStep || '—' },
    { title: labels.due, share: 0.07, cell: (row) => row.due || '—' },
    {
      title: labels.agreement,
      share: 0.19,
      cell: (row) =>
        perCompany((key) => {
          const mark = row.agreed[key as never];
          if (mark) return `${mark.name} (${formatExportTime(mark.at, report.timeZone)})`;
          const stale = row.changedSince[key as never];
          return stale ? `${words.changed} (${stale.name})` : words.notYet;
        }),
    },
  ];
}

export async function drawHandout(input: ExportInput, options: PdfOptions): Promise<Buffer> {
  const paper = PAPER[options.paper];
  const locale = options.locale ?? input.board.locale;
  const words = WORDS[locale] ?? WORDS.ja;
  const report = buildSynergyReport(input, locale);
  const box = contentBox(paper);
  // The map's labels (kinds, badges) in the reader's language too, not the board's.
  const tiles = await mapTiles({ ...input, board: { ...input.board, locale } }, box, words);
  const { doc, bytes } = openPdf(paper, input, input.board.title, { bufferPages: true });
  const titles: string[] = [];
  const page = (title: string) => {
    doc.addPage({ size: [paper.w, paper.h], margin: 0 });
    titles.push(title);
  };

  page('');
  paintCover(doc, report, words, paper);
  for (const tile of tiles) {
    page(tile.title);
    await paintScene(doc, tile.scene, box, tile.scale);
  }
  paintTable(doc, actionColumns(report, words), report.rows, report.labels.none, () => {
    page(words.actions);
    return box;
  });
  const plan = buildPlanReport(input, locale);
  if (plan.points.length > 0)
    paintPlan(doc, plan, () => {
      page(plan.labels.title);
      return box;
    });

  // Headers and footers once the number of pages is known (the cover has a footer only).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const info: PageInfo = {
      title: input.board.title,
      pageTitle: titles[i] ?? '',
      number: i + 1,
      count: range.count,
    };
    if (i > range.start) paintHeader(doc, input, info, paper);
    paintFooter(doc, input, info, paper, locale);
  }
  doc.end();
  return bytes;
}
