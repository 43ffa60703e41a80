// Rectangles, ellipses and free text: outline in the shape's colour, a faint fill, fitted text;
// one Konva node drawn in one pass (drawShapes.ts).
import { textBoxOf } from '@kyoso/shared';
import type { EllipseShape, RectShape, TextShape } from '@kyoso/shared';
import { Shape } from 'react-konva';
import { TEXT_COLOR, tint } from './colors';
import { drawBox, type BoxLook } from './drawShapes';
import { CANVAS_FONT, fitShapeText } from './textMeasure';

interface BoxShapeViewProps {
  shape: RectShape | EllipseShape | TextShape;
  base: string;
  hideText: boolean;
  /** The words as this viewer reads them, when not as written (shapeWording.ts). */
  text?: string;
}

export function BoxShapeView({ shape, base, hideText, text = shape.text }: BoxShapeViewProps) {
  const box = textBoxOf(shape);
  const look: BoxLook = {
    kind: shape.type,
    w: shape.w,
    h: shape.h,
    fill: tint(base, 0.9),
    stroke: base,
    text:
      box && !hideText && text
        ? {
            layout: fitShapeText(text, box.rect.w, box.rect.h, box.options),
            box,
            color: shape.type === 'text' && shape.color ? shape.color : TEXT_COLOR,
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
      sceneFunc={(context, node) => drawBox(context._context, look, node.getAbsoluteScale().x)}
    />
  );
}
