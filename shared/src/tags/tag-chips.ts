// Where a card's tags are drawn: small rounded chips in the card's header row, right-aligned,
// beside the kind label (card units, from the card's top-left). The canvas (drawShapes.ts) and the
// drawing exports (scene-shapes.ts) lay them out here alike; what does not fit becomes "+n".
import { shade, tint } from '../export/scene-colors.js';
import { ellipsize, textWidth } from '../export/text-layout.js';
import { tagColor } from './tags.js';

export const TAG_CHIP = {
  size: 10,
  height: 14,
  padX: 5,
  gap: 4,
  /** Centre line of the card's header row (the kind label's). */
  cy: 17,
  inset: 10,
  /** Longest chip, card units: a long tag is cut with an ellipsis. */
  maxWidth: 90,
} as const;

export interface TagChip {
  /** What the chip says: the tag (maybe cut short), or "+n" for the tags that did not fit. */
  label: string;
  x: number;
  w: number;
  fill: string;
  color: string;
}

const chipWidth = (label: string): number =>
  Math.ceil(textWidth(label, TAG_CHIP.size, 700)) + 2 * TAG_CHIP.padX;

/**
 * Chips for `tags` on a card `width` wide whose kind label ends at `labelEnd` (0 when it has
 * none), right to left from the card's right edge; in tag order from left to right.
 */
export function layoutTagChips(
  tags: readonly string[],
  width: number,
  labelEnd: number,
  boardTags: ReadonlyMap<string, string>,
): TagChip[] {
  if (tags.length === 0) return [];
  const left = Math.max(TAG_CHIP.inset, labelEnd + (labelEnd > 0 ? 8 : 0));
  const right = width - TAG_CHIP.inset;
  const placed: TagChip[] = [];
  const more = (count: number): TagChip => {
    const label = `+${count}`;
    return { label, x: 0, w: chipWidth(label), fill: '#eceff3', color: '#5a6474' };
  };
  // Later tags give way first: the chips shown are the first ones in tag order.
  for (let shown = tags.length; shown >= 0; shown--) {
    const chips: TagChip[] = tags.slice(0, shown).map((tag) => {
      const base = tagColor(tag, boardTags);
      const label = ellipsize(tag, TAG_CHIP.maxWidth - 2 * TAG_CHIP.padX, TAG_CHIP.size, 700);
      return { label, x: 0, w: chipWidth(label), fill: tint(base, 0.72), color: shade(base, 0.45) };
    });
    if (shown < tags.length) chips.push(more(tags.length - shown));
    const total = chips.reduce((sum, chip) => sum + chip.w, 0) + TAG_CHIP.gap * (chips.length - 1);
    if (total > right - left) continue;
    let x = right - total;
    for (const chip of chips) {
      placed.push({ ...chip, x });
      x += chip.w + TAG_CHIP.gap;
    }
    return placed;
  }
  return [];
}
