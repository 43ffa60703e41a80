// A connector: an arrow between the edges of its two shapes, with its label at the middle.
import { PALETTE } from '@kyoso/shared';
import type { BoxShape, ConnectorShape } from '@kyoso/shared';
import { Arrow, Group, Rect, Text } from 'react-konva';
import { connectorLine, type Outline } from './connectorGeometry';
import { CANVAS_FONT, measureTextWidth } from './textMeasure';

export const outlineOf = (shape: BoxShape): Outline => (shape.type === 'ellipse' ? 'ellipse' : 'box');

export const CONNECTOR_COLOR = PALETTE.muted;

interface ConnectorViewProps {
  shape: ConnectorShape;
  from: BoxShape;
  to: BoxShape;
  hideText: boolean;
}

export function ConnectorView({ shape, from, to, hideText }: ConnectorViewProps) {
  const line = connectorLine(from, outlineOf(from), to, outlineOf(to));
  const color = shape.color ?? CONNECTOR_COLOR;
  return (
    <Group listening={false}>
      <Arrow
        points={[line.start.x, line.start.y, line.end.x, line.end.y]}
        stroke={color}
        fill={color}
        strokeWidth={2}
        pointerLength={12}
        pointerWidth={11}
        pointerAtBeginning={shape.startArrow === 'arrow'}
        pointerAtEnding={shape.endArrow === 'arrow'}
        lineCap="round"
        perfectDrawEnabled={false}
      />
      {shape.text && !hideText && (
        <ConnectorLabel text={shape.text} x={line.mid.x + shape.x} y={line.mid.y + shape.y} />
      )}
    </Group>
  );
}

const LABEL_SIZE = 14;
const LABEL_PADDING = 6;

/** The label on a white tag centred on (x, y). */
function ConnectorLabel({ text, x, y }: { text: string; x: number; y: number }) {
  const lines = text.split('\n');
  const w = Math.max(...lines.map((line) => measureTextWidth(line, LABEL_SIZE))) + 2 * LABEL_PADDING;
  const h = lines.length * LABEL_SIZE * 1.3 + 2 * LABEL_PADDING;
  return (
    <Group x={x - w / 2} y={y - h / 2} listening={false}>
      <Rect
        width={w}
        height={h}
        fill={PALETTE.surface}
        stroke={PALETTE.border}
        strokeWidth={1}
        cornerRadius={4}
        perfectDrawEnabled={false}
      />
      <Text
        x={LABEL_PADDING}
        y={LABEL_PADDING}
        text={text}
        fontFamily={CANVAS_FONT}
        fontSize={LABEL_SIZE}
        lineHeight={1.3}
        fill={PALETTE.text}
        wrap="none"
        perfectDrawEnabled={false}
      />
    </Group>
  );
}
