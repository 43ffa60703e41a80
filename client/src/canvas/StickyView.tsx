// A card: light tint of its colour, a strip of the full colour on top, its kind, its text;
// one Konva node drawn in one pass (drawShapes.ts).
import { textBoxOf } from '@kyoso/shared';
import type { StickyShape } from '@kyoso/shared';
import { Shape } from 'react-konva';
import { cardColors, TEXT_COLOR } from './colors';
import { drawCard, type CardLook } from './drawShapes';
import { CANVAS_FONT, fitShapeText } from './textMeasure';

interface StickyViewProps {
  shape: StickyShape;
  base: string;
  kindLabel: string | null;
  hideText: boolean;
}

export function StickyView({ shape, base, kindLabel, hideText }: StickyViewProps) {
  const colors = cardColors(base);
  const box = textBoxOf(shape);
  const look: CardLook = {
    w: shape.w,
    h: shape.h,
    fill: colors.fill,
    strip: colors.strip,
    labelColor: colors.label,
    label: kindLabel,
    font: CANVAS_FONT,
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
