// The board's tag list: the tags the facilitator sets out for a workshop ("優先", "PoC候補"), each
// with a colour, kept in the `control` document's root `tags` (tag -> #rrggbb). People pick from it
// when tagging and may still type free tags; a free tag takes its default colour (tags.ts).
import type * as Y from 'yjs';
import { isHexColor } from '../companies.js';
import { tagListMap } from '../workshop/control-roots.js';
import { compareTags, isTag, normalizeTag } from './tags.js';

/** Most tags on a board's list. */
export const MAX_TAG_LIST = 60;

/** The list, tag -> colour, in tag order; malformed entries are left out (never throws). */
export function readTagList(doc: Y.Doc): ReadonlyMap<string, string> {
  const entries: [string, string][] = [];
  tagListMap(doc).forEach((color, tag) => {
    if (isTag(tag) && isHexColor(color)) entries.push([tag, color.toLowerCase()]);
  });
  entries.sort(([a], [b]) => compareTags(a, b));
  return new Map(entries.slice(0, MAX_TAG_LIST));
}

/** Puts a tag on the board's list with a colour, recolours it, or (colour null) takes it off. */
export function setListedTag(doc: Y.Doc, input: string, color: string | null, origin: unknown): void {
  const tag = normalizeTag(input);
  if (tag === null) throw new RangeError(`${JSON.stringify(input.slice(0, 60))} is not a tag`);
  if (color !== null && !isHexColor(color)) throw new RangeError('a tag colour is #rrggbb');
  const list = tagListMap(doc);
  if (color !== null && !list.has(tag) && readTagList(doc).size >= MAX_TAG_LIST)
    throw new RangeError(`the board's list holds at most ${MAX_TAG_LIST} tags`);
  doc.transact(() => {
    if (color === null) list.delete(tag);
    else list.set(tag, color.toLowerCase());
  }, origin);
}
