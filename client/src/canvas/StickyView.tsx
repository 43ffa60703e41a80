// A card: light tint of its colour, a strip of the full colour on top, its kind, its text;
// one Konva node drawn in one pass (drawShapes.ts).
import { textBoxOf } from '@kyoso/shared';
import type { StickyShape } from '@kyoso/shared';
import { Shape } from 'react-konva';
import { cardColors, TEXT_COLOR } from './colors';
import { drawCard, type CardLook } from './drawShapes';
import { CANVAS_FONT, fitShapeText } from './textMeasure';

/** The kind label is 11 world units high: drawn from 5 screen pixels up. */
const LABEL_SIZE = 11;
const MIN_LABEL_SCREEN_PX = 5;

interface StickyViewProps {
  shape: StickyShape;
  base: string;
  kindLabel: string | null;
  zoomLevel: number;
  hideText: boolean;
}

export function StickyView({ shape, base, kindLabel, zoomLevel, hideText }: StickyViewProps) {
  const colors = cardColors(base);
  const box = textBoxOf(shape);
  const look: CardLook = {
    w: shape.w,
    h: shape.h,
    fill: colors.fill,
    strip: colors.strip,
    labelColor: colors.label,
    label: LABEL_SIZE * zoomLevel >= MIN_LABEL_SCREEN_PX ? kindLabel : null,
    font: CANVAS_FONT,
    text:
      box && !hideText && shape.text
        ? {
            layout: fitShapeText(shape.text, box.rect.w, box.rect.h, box.options),
            box,
            color: TEXT_COLOR,
            font: CANVAS_FONT,
            zoomLevel,
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
      sceneFunc={(context) => drawCard(context._context, look)}
    />
  );
}
