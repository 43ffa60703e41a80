// A frame: a quiet panel with its title above, the title kept at a readable screen size.
import { PALETTE } from '@kyoso/shared';
import type { FrameShape } from '@kyoso/shared';
import { Group, Rect, Text } from 'react-konva';
import type { Store } from '../sync/session-types';
import { shade } from './colors';
import { FRAME_TITLE_SCREEN_FONT, FRAME_TITLE_SCREEN_HEIGHT } from './frameTitle';
import { CANVAS_FONT } from './textMeasure';
import { useStoreSelector } from '../bindings/hooks';
import type { Camera } from './viewport';

interface FrameViewProps {
  shape: FrameShape;
  camera: Store<Camera>;
  untitled: string;
  hideText: boolean;
}

const zoomOf = (camera: Camera) => camera.zoom;

export function FrameView({ shape, camera, untitled, hideText }: FrameViewProps) {
  const zoom = useStoreSelector(camera, zoomOf);
  const titleH = FRAME_TITLE_SCREEN_HEIGHT / zoom;
  const color = shape.color ?? PALETTE.textSubtle;
  return (
    <Group x={shape.x} y={shape.y} listening={false}>
      <Rect
        width={shape.w}
        height={shape.h}
        cornerRadius={6 / zoom}
        fill="rgba(255, 255, 255, 0.72)"
        stroke={color}
        strokeWidth={1.25}
        strokeScaleEnabled={false}
        perfectDrawEnabled={false}
      />
      {!hideText && (
        <Text
          y={-titleH}
          height={titleH}
          width={shape.w}
          verticalAlign="middle"
          text={shape.text || untitled}
          fontFamily={CANVAS_FONT}
          fontSize={FRAME_TITLE_SCREEN_FONT / zoom}
          fontStyle="bold"
          fill={shape.text ? shade(color, 0.45) : PALETTE.textSubtle}
          wrap="none"
          ellipsis
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
}
