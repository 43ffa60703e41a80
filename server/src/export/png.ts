// The board as a PNG: the SVG export rasterised by resvg at 2× (print), with the embedded Noto Sans
// JP and no system fonts, so the picture is the same on every server. Huge boards are drawn at a
// lower scale so the image stays within MAX_SIDE and MAX_PIXELS. Text goes in as glyph outlines
// (glyph-text.ts). All of it runs in a worker thread (png-worker.ts): laying out the glyphs of a
// large board, copying 50 million pixels out of resvg and framing them for zlib each hold a
// thread for a few hundred milliseconds, never the event loop that serves everyone's live sync.
// This module is what the main thread loads; resvg and the fonts are loaded by the worker only.
import type { DrawOptions, ExportInput } from '@kyoso/shared';
import { bytesFromWorker, siblingModule } from '../workers/worker-task.js';

export const PNG_SCALE = 2;
export const MAX_SIDE = 16384;
export const MAX_PIXELS = 50_000_000;

/** 2×, or less when the board is so large that 2× would pass either limit. */
export function pngScale(width: number, height: number): number {
  const bySide = MAX_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_PIXELS / Math.max(width * height, 1));
  return Math.min(PNG_SCALE, bySide, byArea);
}

export interface PngTask {
  input: ExportInput;
  options: DrawOptions;
}

export async function renderPng(input: ExportInput, options: DrawOptions): Promise<Buffer> {
  return bytesFromWorker(siblingModule(import.meta.url, 'png-worker'), { input, options } satisfies PngTask);
}
