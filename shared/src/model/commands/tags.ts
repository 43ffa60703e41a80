// Tagging cards: adds and removes tags on a selection of cards in one transaction. Tags are the
// keys of each card's nested `tags` map, so a tag added here and another added elsewhere at the
// same moment both stay.
import * as Y from 'yjs';
import type { ShapeId } from '../../ids.js';
import { MAX_TAGS_PER_CARD, TAGS_FIELD, normalizeTag } from '../../tags/tags.js';
import { assertArgs, CommandError, requireShape, shapeIdList } from './guards.js';

export interface TagCardsArgs {
  ids: readonly ShapeId[];
  /** Tags to put on every card (typed text: normalised here). */
  add?: readonly string[];
  /** Tags to take off every card. */
  remove?: readonly string[];
}

function tagList(name: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_TAGS_PER_CARD)
    throw new CommandError(`${name} must be a list of at most ${MAX_TAGS_PER_CARD} tags`);
  return [
    ...new Set(
      value.map((item: unknown) => {
        const tag = typeof item === 'string' ? normalizeTag(item) : null;
        if (tag === null)
          throw new CommandError(`${name}: ${JSON.stringify(String(item).slice(0, 60))} is not a tag`);
        return tag;
      }),
    ),
  ];
}

export function tagCards(doc: Y.Doc, args: TagCardsArgs, origin: unknown): void {
  assertArgs(args);
  const add = tagList('add', args.add);
  const remove = tagList('remove', args.remove);
  const targets = shapeIdList(args.ids).map((id) => {
    const { shape, map } = requireShape(doc, id);
    if (shape.type !== 'sticky') throw new CommandError(`shape ${id} is a ${shape.type}, not a card`);
    const after = new Set(shape.tags ?? []);
    for (const tag of remove) after.delete(tag);
    for (const tag of add) after.add(tag);
    if (after.size > MAX_TAGS_PER_CARD)
      throw new CommandError(`a card carries at most ${MAX_TAGS_PER_CARD} tags`);
    return map;
  });
  doc.transact(() => {
    for (const map of targets) {
      let tags = map.get(TAGS_FIELD);
      if (!(tags instanceof Y.Map)) {
        if (add.length === 0) continue;
        tags = new Y.Map<true>();
        map.set(TAGS_FIELD, tags);
      }
      const stored = tags as Y.Map<unknown>;
      for (const tag of remove) if (stored.has(tag)) stored.delete(tag);
      for (const tag of add) if (stored.get(tag) !== true) stored.set(tag, true);
    }
  }, origin);
}
