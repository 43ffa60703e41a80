// Tags on cards (docs/SCHEMA.md, "Tags"): short labels such as "優先" or "PoC" that anyone who may
// change a card puts on it, to filter and highlight the board by. A card's tags are a nested Y.Map
// (tag -> true) so that two people tagging the same card at once both keep theirs. A tag is stored
// in one normal form (NFKC, trimmed, inner spaces collapsed, no leading '#'), so "ＰｏＣ", " PoC" and
// "#PoC" are one tag.
import * as Y from 'yjs';
import { CARD_SWATCHES } from '../palette.js';
import { isWellFormed } from '../model/well-formed.js';

/** The shape field holding a card's tags. */
export const TAGS_FIELD = 'tags';
/** Longest tag, in UTF-16 units after normalising. */
export const MAX_TAG_LENGTH = 40;
/** Most tags one card carries. */
export const MAX_TAGS_PER_CARD = 12;

// Control characters and the separators a list of tags is typed with never belong to a tag.
const SEPARATORS = /[\s\u3000]+/g;
const CONTROL = /\p{Cc}/u;

/**
 * The stored form of what a person typed as a tag, or null when nothing usable is left (empty,
 * too long, a control character, half a surrogate pair).
 */
export function normalizeTag(input: string): string | null {
  const tag = input.normalize('NFKC').replace(SEPARATORS, ' ').trim().replace(/^#+/, '').trim();
  if (tag === '' || tag.length > MAX_TAG_LENGTH || CONTROL.test(tag) || !isWellFormed(tag)) return null;
  return tag;
}

export const isTag = (value: unknown): value is string =>
  typeof value === 'string' && normalizeTag(value) === value;

/** Code-unit order: every replica lists a card's tags alike, whatever order it received them in. */
export const compareTags = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A card's tags, sorted; never throws. Anything that is not a map of tags to `true` (a bad tag,
 * too many) is left out and noted in `repairs`, so a bad tag never hides the card.
 */
export function readTags(value: unknown, repairs: string[]): readonly string[] {
  if (value === undefined || value === null) return [];
  if (!(value instanceof Y.Map)) {
    repairs.push(`${TAGS_FIELD}: expected a map of tags`);
    return [];
  }
  const tags: string[] = [];
  for (const [tag, mark] of (value as Y.Map<unknown>).entries()) {
    if (isTag(tag) && mark === true) tags.push(tag);
    else
      repairs.push(
        `${TAGS_FIELD}.${tag.slice(0, 20)}: expected a tag of at most ${MAX_TAG_LENGTH} characters`,
      );
  }
  tags.sort(compareTags);
  if (tags.length > MAX_TAGS_PER_CARD) {
    repairs.push(`${TAGS_FIELD}: more than ${MAX_TAGS_PER_CARD} tags`);
    return tags.slice(0, MAX_TAGS_PER_CARD);
  }
  return tags;
}

/** A fresh nested map holding `tags` (new cards, copies). */
export function tagsMap(tags: readonly string[]): Y.Map<true> {
  return new Y.Map(tags.map((tag) => [tag, true] as const));
}

/** The colour of a tag nobody gave one: picked from the card swatches by the tag's text, so it is
 * the same on every screen and in every export. */
export function defaultTagColor(tag: string): string {
  let hash = 0;
  for (let i = 0; i < tag.length; i++) hash = (hash * 31 + tag.charCodeAt(i)) >>> 0;
  return CARD_SWATCHES[hash % CARD_SWATCHES.length] as string;
}

/** A tag's colour: the board's tag list's (control, `tags`), else its default. */
export function tagColor(tag: string, boardTags: ReadonlyMap<string, string>): string {
  return boardTags.get(tag) ?? defaultTagColor(tag);
}
