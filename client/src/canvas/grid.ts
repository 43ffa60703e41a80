// The background grid: spacing that adapts to zoom so lines stay 16–80 screen px apart, and a
// draw function for one Konva Shape (a few hundred lines per frame, never a node per line).
import { PALETTE } from '@kyoso/shared';
import type { Camera, Size } from './viewport';

export const GRID_BASE = 20;
const MIN_SCREEN_SPACING = 16;
/** Every fifth line is a little darker. */
export const GRID_MAJOR_EVERY = 5;

/** World distance between grid lines at this zoom: the base spacing times a power of 5. */
export function gridSpacing(zoom: number): number {
  let spacing = GRID_BASE;
  while (spacing * zoom < MIN_SCREEN_SPACING) spacing *= GRID_MAJOR_EVERY;
  while (spacing * zoom >= MIN_SCREEN_SPACING * GRID_MAJOR_EVERY && spacing > GRID_BASE)
    spacing /= GRID_MAJOR_EVERY;
  return spacing;
}

export interface GridLines {
  /** Screen x of each vertical line and whether it is a major one. */
  vertical: { at: number; major: boolean }[];
  horizontal: { at: number; major: boolean }[];
}

/** The grid lines crossing the screen, in screen pixels (crisp at any zoom). */
export function gridLines(camera: Camera, size: Size): GridLines {
  const spacing = gridSpacing(camera.zoom);
  const lines = (start: number, length: number) => {
    const out: { at: number; major: boolean }[] = [];
    const first = Math.ceil(start / spacing);
    const last = Math.floor((start + length / camera.zoom) / spacing);
    for (let i = first; i <= last; i++)
      out.push({
        at: Math.round((i * spacing - start) * camera.zoom) + 0.5,
        major: i % GRID_MAJOR_EVERY === 0,
      });
    return out;
  };
  return { vertical: lines(camera.x, size.w), horizontal: lines(camera.y, size.h) };
}

export const GRID_MINOR_COLOR = PALETTE.gridMinor;
export const GRID_MAJOR_COLOR = PALETTE.gridMajor;

/** Draws the grid on a 2D context in screen space. */
export function drawGrid(context: CanvasRenderingContext2D, camera: Camera, size: Size): void {
  const { vertical, horizontal } = gridLines(camera, size);
  for (const major of [false, true]) {
    context.beginPath();
    for (const line of vertical)
      if (line.major === major) {
        context.moveTo(line.at, 0);
        context.lineTo(line.at, size.h);
      }
    for (const line of horizontal)
      if (line.major === major) {
        context.moveTo(0, line.at);
        context.lineTo(size.w, line.at);
      }
    context.strokeStyle = major ? GRID_MAJOR_COLOR : GRID_MINOR_COLOR;
    context.lineWidth = 1;
    context.stroke();
  }
}
