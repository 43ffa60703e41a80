// Every tag on the board's cards, once each, in tag order (the picker's and the search's lists).
import { compareTags, type Shape } from '@kyoso/shared';

export function tagsInUse(shapes: readonly Shape[]): string[] {
  const tags = new Set<string>();
  for (const shape of shapes)
    if (shape.type === 'sticky' && shape.tags) for (const tag of shape.tags) tags.add(tag);
  return [...tags].sort(compareTags);
}
