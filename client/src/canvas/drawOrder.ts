// The order shapes are drawn in, back to front: frames (they hold the rest), then connectors,
// then everything else, each group in the board's own order. A connector drawn over a card would
// run through its text; under it, it shows from edge to edge, and a click on the card is the card's.

/** `items` (given in the board's order) in drawing order; `typeOf` tells an item's shape type. */
export function inDrawOrder<T>(items: readonly T[], typeOf: (item: T) => string | undefined): T[] {
  const frames: T[] = [];
  const connectors: T[] = [];
  const rest: T[] = [];
  for (const item of items) {
    const type = typeOf(item);
    (type === 'frame' ? frames : type === 'connector' ? connectors : rest).push(item);
  }
  return [...frames, ...connectors, ...rest];
}
