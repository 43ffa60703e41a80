// Text as glyph outlines for the PNG export. resvg shapes every <text> against the whole 5 MB
// Noto Sans JP, which takes seconds on a board of a few hundred cards; outlines of each glyph
// used, defined once and placed with <use>, rasterise in a fraction of that. Advances come from
// the same font, so lines are aligned by their real widths. fontkit is pdfkit's own font engine.
//
// Text too small to read in the picture, and text past a budget of outlines per picture, is drawn
// as one faint bar per line instead ("greeking", as canvas editors do when zoomed out): resvg
// refuses a document of more than a million elements, and a huge board at its reduced scale
// would otherwise reach that with glyphs nobody could read.
import { createRequire } from 'node:module';
import { baselineOf, safeColor, type TextItem, type TextPainter } from '@kyoso/shared';
import { fontFiles } from './fonts.js';

interface Glyph {
  id: number;
  advanceWidth: number;
  path: { toSVG(): string };
}

interface Font {
  unitsPerEm: number;
  glyphForCodePoint(codePoint: number): Glyph;
}

interface Fontkit {
  openSync(path: string): Font;
}

const require = createRequire(import.meta.url);

let fonts: { 400: Font; 700: Font } | null = null;

/** The two weights, opened once (fontkit reads glyphs lazily). */
function openFonts(): { 400: Font; 700: Font } {
  if (!fonts) {
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;
    const files = fontFiles();
    fonts = { 400: fontkit.openSync(files.regular), 700: fontkit.openSync(files.bold) };
  }
  return fonts;
}

const n = (value: number): string => String(Math.round(value * 100) / 100);
/** Glyph scales are small numbers (size / 1000): they keep more digits. */
const fine = (value: number): string => String(Math.round(value * 1e6) / 1e6);

/** Below this size in the picture's pixels a line of text is a bar: no one could read it. */
export const MIN_READABLE_PX = 4;
/** Glyph outlines placed in one picture at most; later texts are bars. */
export const MAX_GLYPHS = 250_000;

export interface GlyphPainterOptions {
  /** Pixels per world unit of the picture (the PNG's scale). */
  pixelScale?: number;
  maxGlyphs?: number;
}

/** A painter for one SVG document: it collects the glyphs its texts use. */
export function glyphPainter({
  pixelScale = 1,
  maxGlyphs = MAX_GLYPHS,
}: GlyphPainterOptions = {}): TextPainter {
  const fonts = openFonts();
  let glyphsLeft = maxGlyphs;
  const defined = new Map<string, string>();
  const glyphRef = (weight: 400 | 700, glyph: Glyph): string | null => {
    const key = `g${weight}-${glyph.id}`;
    if (!defined.has(key)) {
      const d = glyph.path.toSVG();
      defined.set(key, d ? `<path id="${key}" d="${d}"/>` : '');
    }
    return defined.get(key) ? key : null;
  };
  return {
    text(item: TextItem): string {
      const font = fonts[item.weight];
      const scale = item.size / font.unitsPerEm;
      const glyphCount = item.lines.reduce((sum, line) => sum + line.length, 0);
      const asBars = item.size * pixelScale < MIN_READABLE_PX || glyphCount > glyphsLeft;
      if (!asBars) glyphsLeft -= glyphCount;
      const uses: string[] = [];
      const bars: string[] = [];
      item.lines.forEach((line, i) => {
        const glyphs = [...line].map((char) => font.glyphForCodePoint(char.codePointAt(0) ?? 0));
        const width = glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) * scale;
        let x =
          item.align === 'left' ? item.x : item.align === 'center' ? item.x - width / 2 : item.x - width;
        const y = baselineOf(item, i);
        if (asBars) {
          // From the x-height to the baseline, where most of a line's ink is.
          if (width > 0)
            bars.push(`M${n(x)} ${n(y - item.size * 0.5)}h${n(width)}v${n(item.size * 0.5)}h${n(-width)}z`);
          return;
        }
        for (const glyph of glyphs) {
          const ref = glyphRef(item.weight, glyph);
          // Font units are y-up: flip around the baseline.
          if (ref)
            uses.push(
              `<use href="#${ref}" transform="matrix(${fine(scale)} 0 0 ${fine(-scale)} ${n(x)} ${n(y)})"/>`,
            );
          x += glyph.advanceWidth * scale;
        }
      });
      const fill = safeColor(item.color, '#1d2430');
      if (asBars) return bars.length ? `<path fill="${fill}" fill-opacity="0.3" d="${bars.join('')}"/>` : '';
      return `<g fill="${fill}">${uses.join('')}</g>`;
    },
    defs(): string {
      return `<defs>${[...defined.values()].join('')}</defs>`;
    },
  };
}
