// A card: light tint of its colour, a strip of the full colour on top, its kind, its text;
// one Konva node drawn in one pass (drawShapes.ts).
import { layoutTagChips, textBoxOf, textWidth } from '@kyoso/shared';
import type { StickyShape } from '@kyoso/shared';
import { Shape } from 'react-konva';
import { TEXT_COLOR, type CardColors } from './colors';
import { drawCard, type CardLook } from './drawShapes';
import { CANVAS_FONT, fitShapeText } from './textMeasure';

interface StickyViewProps {
  shape: StickyShape;
  colors: CardColors;
  kindLabel: string | null;
  hideText: boolean;
  /** The board's tag list (tag -> colour). */
  tagList: ReadonlyMap<string, string>;
}

const NO_CHIPS: never[] = [];

export function StickyView({ shape, colors, kindLabel, hideText, tagList }: StickyViewProps) {
  const box = textBoxOf(shape);
  const look: CardLook = {
    w: shape.w,
    h: shape.h,
    fill: colors.fill,
    strip: colors.strip,
    labelColor: colors.label,
    label: kindLabel,
    font: CANVAS_FONT,
    tags: shape.tags
      ? layoutTagChips(shape.tags, shape.w, kindLabel ? 10 + textWidth(kindLabel, 11, 700) : 0, tagList)
      : NO_CHIPS,
    text:
      box && !hideText && shape.text
        ? {
            layout: fitShapeText(shape.text, box.rect.w, box.rect.h, box.options),
            box,
            color: TEXT_COLOR,
            font: CANVAS_FONT,
          }
        : null,
  };
  return (
    <Shape
      x={shape.x}
      y={shape.y}
      width={shape.w}
      height={shape.h}
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context, node) => drawCard(context._context, look, node.getAbsoluteScale().x)}
    />
  );
}
