// Whether a PNG of a board shows every card: the image is shrunk (resvg decodes and scales it) so
// that a card is about ten pixels wide, and each card's centre must not be the white background.
// Catches a screenshot that comes back with part of the page never painted.
import { Resvg } from '@resvg/resvg-js';
import type { Shape } from '@kyoso/shared';

/** World units per pixel of the shrunk image: a 200-unit card becomes 10 px. */
const UNITS_PER_PIXEL = 20;
/** Sum of R, G and B above which a pixel counts as the white background. */
const WHITE = 3 * 247;

export interface Bounds {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function cardsDrawn(
  png: Buffer,
  shapes: readonly Shape[],
  bounds: Bounds,
): { drawn: number; total: number } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><image width="${width}" height="${height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.ceil(bounds.w / UNITS_PER_PIXEL)) },
  }).render();
  const pixels = image.pixels;
  let drawn = 0;
  let total = 0;
  for (const shape of shapes) {
    if (shape.type !== 'sticky') continue;
    total += 1;
    const px = Math.floor(((shape.x + shape.w / 2 - bounds.x) / bounds.w) * image.width);
    const py = Math.floor(((shape.y + shape.h / 2 - bounds.y) / bounds.h) * image.height);
    if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
    const at = (py * image.width + px) * 4;
    if (pixels[at]! + pixels[at + 1]! + pixels[at + 2]! < WHITE) drawn += 1;
  }
  return { drawn, total };
}
