// The worker thread that draws PDF exports (pdf.ts): each file's bytes go back without a copy.
import { handOver, serveTasks } from '../workers/worker-task.js';
import { drawPdf, type PdfTask } from './pdf.js';

serveTasks<PdfTask, Uint8Array>(drawPdf, (pdf) => handOver(pdf));
