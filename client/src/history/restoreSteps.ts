// A restore split into steps small enough for one websocket message each. Every transaction is
// one message, and the server refuses messages over KYOSO_MAX_MESSAGE_BYTES (1 MiB by default,
// with a permanent close), so a restore that rewrites thousands of cards goes in parts: first the
// deletions, then boxes, then connectors (their ends exist by then). Each step is a whole target
// for `restoreShapes`; the last one is the version itself.
import { isBoxShape, type Shape } from '@kyoso/shared';

/** JSON bytes of changed shapes per step: their Yjs encoding stays well under 1 MiB. */
export const STEP_BYTES = 256 * 1024;

const sizeOf = (shape: Shape): number => JSON.stringify(shape).length;

export function restoreSteps(
  current: readonly Shape[],
  target: readonly Shape[],
  stepBytes = STEP_BYTES,
): Shape[][] {
  const wanted = new Set(target.map((shape) => shape.id));
  const before = new Map(current.map((shape) => [shape.id, shape]));
  const changed = target.filter((shape) => {
    const old = before.get(shape.id);
    return old === undefined || JSON.stringify(old) !== JSON.stringify(shape);
  });
  const total = changed.reduce((sum, shape) => sum + sizeOf(shape), 0);
  if (total <= stepBytes) return [[...target]];

  // The board as it stands after each step: kept shapes first, then each batch of changes.
  const working = new Map(current.filter((shape) => wanted.has(shape.id)).map((shape) => [shape.id, shape]));
  // Connectors kept unchanged may join shapes the steps have not written yet: they wait too.
  const pending = (shape: Shape) =>
    shape.type === 'connector' && !(working.has(shape.from) && working.has(shape.to));
  for (const shape of working.values()) if (pending(shape)) working.delete(shape.id);
  const steps: Shape[][] = [[...working.values()]];
  const ordered = [...changed.filter(isBoxShape), ...changed.filter((shape) => !isBoxShape(shape))];
  let bytes = 0;
  for (const shape of ordered) {
    const size = sizeOf(shape);
    if (bytes > 0 && bytes + size > stepBytes) {
      steps.push([...working.values()]);
      bytes = 0;
    }
    working.set(shape.id, shape);
    bytes += size;
  }
  steps.push([...target]);
  return steps;
}
