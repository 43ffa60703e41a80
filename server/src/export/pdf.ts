// The board as a print-ready PDF (A4 or A3 landscape): the same scene as the SVG painted as
// vectors (pdf-paint.ts). One page for the board (or a frame), one page per top-level frame, or
// the executive handout (pdf-handout.ts). It is drawn in a worker thread (pdf-worker.ts): opening
// the fonts and laying out a large board take a thread for a while, and the event loop serves
// everyone's live sync. This module is what the main thread loads; pdfkit and the fonts are
// loaded by the worker only.
import type { ExportInput, PdfOptions } from '@kyoso/shared';
import { bytesFromWorker, siblingModule } from '../workers/worker-task.js';

export interface PdfTask {
  input: ExportInput;
  options: PdfOptions;
}

export async function renderPdf(input: ExportInput, options: PdfOptions): Promise<Buffer> {
  return bytesFromWorker(siblingModule(import.meta.url, 'pdf-worker'), { input, options } satisfies PdfTask);
}
