// Frames named in a list (the export's scope, the vote's scope): by their titles, but a template
// gives every company's lane areas of the same name ("強み・資産" once per company), so frames that
// share a title are told apart by the frame around them, and then by number.
import type { ShapeId } from '../ids.js';
import type { FrameShape } from './shapes/frame.js';

const inside = (inner: FrameShape, outer: FrameShape): boolean =>
  inner !== outer &&
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

/** The smallest other frame that holds `frame` whole, if any. */
function around(frame: FrameShape, frames: readonly FrameShape[]): FrameShape | undefined {
  let best: FrameShape | undefined;
  for (const other of frames)
    if (inside(frame, other) && (!best || other.w * other.h < best.w * best.h)) best = other;
  return best;
}

/**
 * Each frame's name for a list: its title (trimmed; '' for an untitled frame, which the caller
 * names); a title several frames share gets the title of the frame around each (`強み・資産 ·
 * 株式会社あさひ`), and names still shared get a number (`… 2`).
 */
export function distinctFrameNames(frames: readonly FrameShape[]): Map<ShapeId, string> {
  const title = (frame: FrameShape) => frame.text.trim().replace(/\s+/g, ' ');
  const count = (names: readonly string[], name: string) => names.filter((n) => n === name).length;
  const titles = frames.map(title);
  const named = frames.map((frame, i) => {
    const own = titles[i]!;
    if (!own || count(titles, own) === 1) return own;
    const parent = around(frame, frames);
    const parentTitle = parent ? title(parent) : '';
    return parentTitle ? `${own} · ${parentTitle}` : own;
  });
  const names = new Map<ShapeId, string>();
  const seen = new Map<string, number>();
  frames.forEach((frame, i) => {
    const name = named[i]!;
    if (!name || count(named, name) === 1) return names.set(frame.id, name);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    names.set(frame.id, n === 1 ? name : `${name} ${n}`);
  });
  return names;
}
