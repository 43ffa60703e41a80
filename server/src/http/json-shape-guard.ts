// A guard over a JSON body as it streams in: it follows strings and brackets byte by byte and
// refuses, as soon as it is seen, nesting deeper than any Kyoso document has or more objects and
// arrays than a body of that size needs. JSON.parse of 32 MiB of "[" takes seconds and a gigabyte;
// refused here, it costs one pass over the bytes that arrived.

/** The body breaks a limit: the message says which. */
export class JsonShapeError extends Error {}

export interface JsonShapeLimits {
  /** Objects and arrays inside each other. */
  maxDepth: number;
  /** Objects and arrays in the whole body. */
  maxContainers: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

export class JsonShapeGuard {
  private depth = 0;
  private containers = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limits: JsonShapeLimits) {}

  /** Reads the next chunk of the body; throws a JsonShapeError once it breaks a limit. */
  feed(chunk: Uint8Array): void {
    let { depth, containers, inString, escaped } = this;
    const { maxDepth, maxContainers } = this.limits;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (inString) {
        // UTF-8 continuation bytes are all >= 0x80, so a quote or backslash byte is the character.
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) {
        inString = true;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        depth += 1;
        containers += 1;
        if (depth > maxDepth) throw new JsonShapeError(`JSON nested deeper than ${maxDepth} levels`);
        if (containers > maxContainers)
          throw new JsonShapeError(`JSON with more than ${maxContainers} objects and arrays`);
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth -= 1;
      }
    }
    Object.assign(this, { depth, containers, inString, escaped });
  }
}
