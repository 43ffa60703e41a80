// Plain shape objects for unit tests (no document needed).
import type { BoxShape, CompanyKey, ConnectorShape, Shape, ShapeId } from '@kyoso/shared';

type BoxType = Exclude<Shape['type'], 'connector'>;

let counter = 0;

export function box(
  type: BoxType,
  x: number,
  y: number,
  w: number,
  h: number,
  extra: {
    id?: string;
    text?: string;
    company?: string | null;
    kind?: string | null;
    color?: string | null;
  } = {},
): BoxShape {
  counter += 1;
  const base = {
    id: (extra.id ?? `s${counter}`) as ShapeId,
    x,
    y,
    w,
    h,
    index: `a${counter.toString(36)}`,
    text: extra.text ?? '',
    color: extra.color ?? null,
  };
  if (type === 'sticky')
    return {
      ...base,
      type,
      company: (extra.company ?? null) as CompanyKey | null,
      kind: (extra.kind ?? null) as 'idea' | null,
    };
  return { ...base, type };
}

export function connector(
  from: Shape,
  to: Shape,
  extra: { id?: string; text?: string } = {},
): ConnectorShape {
  counter += 1;
  return {
    id: (extra.id ?? `c${counter}`) as ShapeId,
    type: 'connector',
    x: 0,
    y: 0,
    index: `a${counter.toString(36)}`,
    from: from.id,
    to: to.id,
    text: extra.text ?? '',
    startArrow: 'none',
    endArrow: 'arrow',
    color: null,
  };
}

export const ids = (...shapes: Shape[]): ShapeId[] => shapes.map((shape) => shape.id);
