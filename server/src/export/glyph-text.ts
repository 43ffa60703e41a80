// Text as glyph outlines for the PNG export. resvg shapes every <text> against the whole 5 MB
// Noto Sans JP, which takes seconds on a board of a few hundred cards; outlines of each glyph
// used, defined once and placed with <use>, rasterise in a fraction of that. Advances come from
// the same font, so lines are aligned by their real widths. fontkit is pdfkit's own font engine.
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

/** A painter for one SVG document: it collects the glyphs its texts use. */
export function glyphPainter(): TextPainter {
  const fonts = openFonts();
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
      const uses: string[] = [];
      item.lines.forEach((line, i) => {
        const glyphs = [...line].map((char) => font.glyphForCodePoint(char.codePointAt(0) ?? 0));
        const width = glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) * scale;
        let x =
          item.align === 'left' ? item.x : item.align === 'center' ? item.x - width / 2 : item.x - width;
        const y = baselineOf(item, i);
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
      return `<g fill="${safeColor(item.color, '#1d2430')}">${uses.join('')}</g>`;
    },
    defs(): string {
      return `<defs>${[...defined.values()].join('')}</defs>`;
    },
  };
}
