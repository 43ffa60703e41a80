// The worker thread that draws PDF exports (pdf.ts): each file's bytes go back without a copy.
import {
  buildScene,
  topLevelFrames,
  type ExportInput,
  type PdfOptions,
  type Scene,
  type ShapeId,
} from '@kyoso/shared';
import { handOver, serveTasks } from '../workers/worker-task.js';
import { breakJapaneseByPhrase } from './japanese-phrases.js';
import { drawHandout } from './pdf-handout.js';
import { drawPlanPdf } from './pdf-plan.js';
import {
  contentBox,
  nextTurn,
  openPdf,
  paintFooter,
  paintHeader,
  paintScene,
  PAPER,
  WORDS,
  type PageInfo,
} from './pdf-paint.js';
import type { PdfTask } from './pdf.js';

/** Which frames get a page: the one asked for, every top-level frame, or none (whole board). */
function pageFrames(input: ExportInput, options: PdfOptions): (ShapeId | null)[] {
  if (options.frame !== null) return [options.frame];
  if (options.pages === 'board') return [null];
  const frames = topLevelFrames(input.shapes);
  return frames.length > 0 ? frames.map((frame) => frame.id) : [null];
}

/** Draws the PDF in this thread: what the worker runs. */
async function drawPdf({ input, options }: PdfTask): Promise<Buffer> {
  await breakJapaneseByPhrase();
  if (options.pages === 'handout') return drawHandout(input, options);
  if (options.pages === 'plan') return drawPlanPdf(input, options);
  const paper = PAPER[options.paper];
  const locale = options.locale ?? input.board.locale;
  const words = WORDS[locale] ?? WORDS.ja;
  const scenes: Scene[] = [];
  for (const frame of pageFrames(input, options)) {
    scenes.push(buildScene(input, { frame, locale }));
    await nextTurn();
  }
  const title = scenes[0]?.title ?? input.board.title;
  const { doc, bytes } = openPdf(paper, input, title);
  for (const [i, scene] of scenes.entries()) {
    doc.addPage({ size: [paper.w, paper.h], margin: 0 });
    const page: PageInfo = {
      title: scene.title,
      pageTitle: scene.frameTitle ?? words.wholeBoard,
      number: i + 1,
      count: scenes.length,
    };
    paintHeader(doc, input, page, paper);
    await paintScene(doc, scene, contentBox(paper));
    paintFooter(doc, input, page, paper, locale);
  }
  doc.end();
  return bytes;
}

serveTasks<PdfTask, Uint8Array>(drawPdf, (pdf) => handOver(pdf));
