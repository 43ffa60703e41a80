// The worker thread that draws PNG exports (png.ts): the SVG scene rasterised by resvg, text as
// glyph outlines; each file's bytes go back without a copy.
import { Resvg } from '@resvg/resvg-js';
import { buildScene, sceneToSvg } from '@kyoso/shared';
import { handOver, serveTasks } from '../workers/worker-task.js';
import { breakJapaneseByPhrase } from './japanese-phrases.js';
import { glyphPainter } from './glyph-text.js';
import { encodePng } from './png-encode.js';
import { pngScale, type PngTask } from './png.js';

/** Draws the PNG in this thread: what the worker runs. */
async function drawPng({ input, options }: PngTask): Promise<Uint8Array> {
  await breakJapaneseByPhrase();
  const scene = buildScene(input, options);
  const scale = pngScale(scene.bounds.w, scene.bounds.h);
  // Text is already glyph outlines: resvg needs no fonts at all.
  const image = new Resvg(sceneToSvg(scene, glyphPainter({ pixelScale: scale })), {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false },
  }).render();
  return encodePng(image.pixels, image.width, image.height);
}

serveTasks<PngTask, Uint8Array>(drawPng, (png) => handOver(png));
