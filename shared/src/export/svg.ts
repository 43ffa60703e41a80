// The board as an SVG document: vector shapes, text as selectable <text>, the board's title as
// <title>. Nothing in it can run or fetch: no script, no event attributes, no links or external
// references; every text and attribute is escaped and every colour is a checked #rrggbb.
import type { DrawOptions, ExportInput } from './input.js';
import { buildScene, type Scene } from './scene.js';
import { baselineOf, roundedRectPath, type Point, type SceneItem, type TextItem } from './scene-items.js';
import { escapeXml, xmlNumber as n } from './xml.js';

export const SVG_FONT_FAMILY = "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";

const HEX = /^#[0-9a-fA-F]{6}$/;
const paint = (color: string | null): string => (color !== null && HEX.test(color) ? color : 'none');

const points = (list: readonly Point[]): string => list.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');

function itemSvg(item: SceneItem, painter: TextPainter | null): string {
  switch (item.type) {
    case 'rect': {
      const fill = paint(item.fill);
      const opacity = item.fillOpacity < 1 && fill !== 'none' ? ` fill-opacity="${n(item.fillOpacity)}"` : '';
      const stroke =
        item.stroke !== null ? ` stroke="${paint(item.stroke)}" stroke-width="${n(item.strokeWidth)}"` : '';
      if (item.roundBottom)
        return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.w)}" height="${n(item.h)}" rx="${n(Math.min(item.radius, item.w / 2, item.h / 2))}" fill="${fill}"${opacity}${stroke}/>`;
      return `<path d="${roundedRectPath(item)}" fill="${fill}"${opacity}${stroke}/>`;
    }
    case 'ellipse': {
      const stroke =
        item.stroke !== null ? ` stroke="${paint(item.stroke)}" stroke-width="${n(item.strokeWidth)}"` : '';
      return `<ellipse cx="${n(item.cx)}" cy="${n(item.cy)}" rx="${n(item.rx)}" ry="${n(item.ry)}" fill="${paint(item.fill)}"${stroke}/>`;
    }
    case 'line':
      return `<polyline points="${points(item.points)}" fill="none" stroke="${paint(item.stroke)}" stroke-width="${n(item.width)}" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'polygon':
      return `<polygon points="${points(item.points)}" fill="${paint(item.fill)}"/>`;
    case 'text': {
      if (painter) return painter.text(item);
      const anchor = item.align === 'left' ? 'start' : item.align === 'center' ? 'middle' : 'end';
      const weight = item.weight === 700 ? ' font-weight="700"' : '';
      const spans = item.lines
        .map((line, i) => `<tspan x="${n(item.x)}" y="${n(baselineOf(item, i))}">${escapeXml(line)}</tspan>`)
        .join('');
      return `<text font-size="${n(item.size)}"${weight} fill="${paint(item.color)}" text-anchor="${anchor}" xml:space="preserve">${spans}</text>`;
    }
  }
}

/** Draws text other than as <text>: the PNG renderer draws glyph outlines, which rasterise many
 * times faster than resvg shapes a CJK font. `defs` is asked for after every text was drawn. */
export interface TextPainter {
  text(item: TextItem): string;
  defs(): string;
}

/** The scene as an SVG document, one user unit per world unit. */
export function sceneToSvg(scene: Scene, painter: TextPainter | null = null): string {
  const { x, y, w, h } = scene.bounds;
  const body = scene.items.map((item) => itemSvg(item, painter));
  const title = scene.frameTitle ? `${scene.title} — ${scene.frameTitle}` : scene.title;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(w)}" height="${n(h)}" viewBox="${n(x)} ${n(y)} ${n(w)} ${n(h)}" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="#ffffff"/>`,
    painter ? painter.defs() : '',
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** The board (or one frame of it) as an SVG document. */
export const renderSvg = (input: ExportInput, options: DrawOptions): string =>
  sceneToSvg(buildScene(input, options));
