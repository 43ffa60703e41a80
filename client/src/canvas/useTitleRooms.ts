// The room each frame has for its title among the other frames (frameTitle.ts), worked out again
// only when a frame changes: cards moving about leave it as it was.
import type { FrameShape, Shape, ShapeId } from '@kyoso/shared';
import { useMemo, useRef } from 'react';
import { titleRoom, type TitleRoom } from './frameTitle';

interface Rooms {
  frames: readonly FrameShape[];
  byId: ReadonlyMap<ShapeId, TitleRoom>;
}

export function useTitleRooms(all: readonly Shape[]): ReadonlyMap<ShapeId, TitleRoom> {
  const last = useRef<Rooms | null>(null);
  return useMemo(() => {
    const frames = all.filter((shape): shape is FrameShape => shape.type === 'frame');
    const previous = last.current;
    // The shape index keeps the objects of shapes that did not change.
    if (previous?.frames.length === frames.length && previous.frames.every((frame, i) => frame === frames[i]))
      return previous.byId;
    const byId = new Map(frames.map((frame) => [frame.id, titleRoom(frame, frames)]));
    last.current = { frames, byId };
    return byId;
  }, [all]);
}
