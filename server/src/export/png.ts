// The board as a PNG: the SVG export rasterised by resvg at 2× (print), with the embedded Noto Sans
// JP and no system fonts, so the picture is the same on every server. Huge boards are drawn at a
// lower scale so the image stays within MAX_SIDE and MAX_PIXELS. Text goes in as glyph outlines
// (glyph-text.ts), and rasterising and compressing run on libuv's thread pool (png-encode.ts),
// never on the event loop that serves everyone's live sync.
import { renderAsync } from '@resvg/resvg-js';
import { buildScene, sceneToSvg, type DrawOptions, type ExportInput } from '@kyoso/shared';
import { glyphPainter } from './glyph-text.js';
import { encodePng } from './png-encode.js';

export const PNG_SCALE = 2;
export const MAX_SIDE = 16384;
export const MAX_PIXELS = 50_000_000;

/** 2×, or less when the board is so large that 2× would pass either limit. */
export function pngScale(width: number, height: number): number {
  const bySide = MAX_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_PIXELS / Math.max(width * height, 1));
  return Math.min(PNG_SCALE, bySide, byArea);
}

export async function renderPng(input: ExportInput, options: DrawOptions): Promise<Buffer> {
  const scene = buildScene(input, options);
  // Text is already glyph outlines: resvg needs no fonts at all.
  const image = await renderAsync(sceneToSvg(scene, glyphPainter()), {
    fitTo: { mode: 'zoom', value: pngScale(scene.bounds.w, scene.bounds.h) },
    background: '#ffffff',
    font: { loadSystemFonts: false },
  });
  return encodePng(image.pixels, image.width, image.height);
}
