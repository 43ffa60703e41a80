// The frames a user can export alone, in reading order (top to bottom, then left to right), named
// by their titles (told apart when several share one); and which one to offer first: the
// selected frame, if one is selected.
import { distinctFrameNames, type FrameShape, type Shape } from '@kyoso/shared';

export interface FrameChoice {
  id: string;
  /** The frame's title; empty when it has none (the dialog numbers it). */
  title: string;
}

export function frameChoices(shapes: readonly Shape[]): FrameChoice[] {
  const frames = shapes
    .filter((shape): shape is FrameShape => shape.type === 'frame')
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const names = distinctFrameNames(frames);
  return frames.map((frame) => ({ id: frame.id, title: names.get(frame.id) ?? '' }));
}

/** The selected frame's id when exactly one frame is selected, else null (the whole board). */
export function preselectedFrame(
  frames: readonly FrameChoice[],
  selection: readonly string[],
): string | null {
  const selected = selection.filter((id) => frames.some((frame) => frame.id === id));
  return selected.length === 1 ? (selected[0] ?? null) : null;
}
