// A frame: a quiet panel with its title, the title kept at a readable screen size and placed where
// it has room (frameTitle.ts): above the frame, at the top inside it, or on its top edge. The
// content layer draws a frame's body at the back and its title over the cards (`part`), so that
// cards in a frame never hide its title when, zoomed out, it sits inside the frame.
import { PALETTE } from '@kyoso/shared';
import type { FrameShape } from '@kyoso/shared';
import { memo, useMemo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { Store } from '../sync/session-types';
import { shade } from './colors';
import {
  FRAME_TITLE_SCREEN_FONT,
  FRAME_TITLE_SCREEN_LINE,
  OPEN_ROOM,
  titleStrip,
  type TitleRoom,
} from './frameTitle';
import { CANVAS_FONT, measureTextWidth } from './textMeasure';
import { useStoreSelector } from '../bindings/hooks';
import type { Camera } from './viewport';

interface FrameViewProps {
  shape: FrameShape;
  camera: Store<Camera>;
  /** The title as this viewer reads it (shapeWording.ts). */
  title: string;
  hideText: boolean;
  /** Room for the title around the frame (from the frames near it). */
  titleRoom?: TitleRoom | undefined;
  /** Only the panel, only the title, or both (the default: a frame drawn on its own, being dragged). */
  part?: 'body' | 'title' | 'whole';
}

const zoomOf = (camera: Camera) => camera.zoom;
/** Screen pixels between the frame's sides and a title inside it or on its edge (left, right). */
const INSET = { left: 4, right: 2 };
/** The edge label's padding, screen pixels. */
const LABEL_PAD = 5;

export const FrameView = memo(function FrameView({
  shape,
  camera,
  title,
  hideText,
  titleRoom = OPEN_ROOM,
  part = 'whole',
}: FrameViewProps) {
  const zoom = useStoreSelector(camera, zoomOf);
  // Rounding up a pixel: the label must not cut a title that fits.
  const titleWidth = useMemo(() => measureTextWidth(title, FRAME_TITLE_SCREEN_FONT, 'bold') + 1, [title]);
  const color = shape.color ?? PALETTE.textSubtle;
  const strip = titleStrip(shape, zoom, titleRoom);
  const inset = strip.place === 'above' ? 0 : INSET.left / zoom;
  const pad = strip.place === 'edge' ? LABEL_PAD / zoom : 0;
  const room = Math.max(0, shape.w - (strip.place === 'above' ? 0 : (INSET.left + INSET.right) / zoom));
  const width = strip.place === 'edge' ? Math.min(room, titleWidth / zoom + 2 * pad) : room;
  const showTitle = part !== 'body' && !hideText;
  return (
    <Group x={shape.x} y={shape.y} listening={false}>
      {part !== 'title' && (
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
      )}
      {showTitle && strip.place === 'edge' && (
        <Rect
          x={inset}
          y={strip.y - shape.y}
          width={width}
          height={strip.h}
          cornerRadius={FRAME_TITLE_SCREEN_LINE / 2 / zoom}
          fill={PALETTE.surface}
          stroke={color}
          strokeWidth={1}
          strokeScaleEnabled={false}
          perfectDrawEnabled={false}
        />
      )}
      {showTitle && (
        <Text
          name="frame-title"
          x={inset + pad}
          y={strip.y - shape.y}
          height={strip.h}
          width={Math.max(0, width - 2 * pad)}
          verticalAlign="middle"
          text={title}
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
});
