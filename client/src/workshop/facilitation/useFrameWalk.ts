// The facilitator's walk through the frames in reading order: next / previous fit the camera to
// each frame in turn (PageDown / PageUp too, as presentation clickers send). With "follow me" on,
// everyone's view walks along.
import type { ShapeId } from '@kyoso/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useKeyBinding } from '../../canvas/keyBindings';
import { fitBounds } from '../../canvas/viewport';
import { moveCamera, type CameraMotion } from './cameraMotion';
import { stepFrame, walkFrames } from './frameWalk';

/** Room around a frame on screen, its title (above the box) included. */
const FRAME_PADDING_PX = 72;

export interface FrameWalk {
  count: number;
  /** 1-based position of the frame last walked to, or null. */
  position: number | null;
  canStep(direction: 1 | -1): boolean;
  step(direction: 1 | -1): void;
}

export function useFrameWalk(
  { session, stores }: Pick<CanvasPartProps, 'session' | 'stores'>,
  enabled: boolean,
): FrameWalk {
  const all = useStore(session.shapes);
  const frames = useMemo(() => walkFrames(all), [all]);
  const [current, setCurrent] = useState<ShapeId | null>(null);
  const motion = useRef<CameraMotion | null>(null);
  const index = current === null ? -1 : frames.findIndex((frame) => frame.id === current);

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepFrame(frames, index < 0 ? null : current, direction);
      if (!next) return;
      setCurrent(next.id);
      motion.current?.stop();
      const goal = fitBounds(next, stores.size.get(), FRAME_PADDING_PX);
      motion.current = moveCamera(stores, { goal: () => goal, once: true });
    },
    [frames, index, current, stores],
  );

  useEffect(() => () => motion.current?.stop(), []);

  useKeyBinding({ keys: 'PageDown', run: () => step(1) }, enabled);
  useKeyBinding({ keys: 'PageUp', run: () => step(-1) }, enabled);

  return {
    count: frames.length,
    position: index < 0 ? null : index + 1,
    canStep: (direction) => stepFrame(frames, index < 0 ? null : current, direction) !== null,
    step,
  };
}
