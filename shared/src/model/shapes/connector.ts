// Connector: a line from one shape to another, drawn between their boxes, so it follows them
// when they move. `x`, `y` are the label's offset from the midpoint of the two ends (0, 0 by
// default), which is why moving shapes never moves connectors. The label is `text`.
import * as Y from 'yjs';
import type { ShapeId } from '../../ids.js';
import {
  FieldError,
  readColor,
  readCoordinate,
  readEnum,
  readIndex,
  readShapeRef,
  readYText,
  type Repairs,
  type ShapeFields,
  type ShapeDefinition,
  type ShapeMap,
} from './fields.js';

export const ARROW_HEADS = ['none', 'arrow'] as const;
export type ArrowHead = (typeof ARROW_HEADS)[number];

export interface ConnectorShape {
  id: ShapeId;
  type: 'connector';
  x: number;
  y: number;
  index: string;
  from: ShapeId;
  to: ShapeId;
  text: string;
  startArrow: ArrowHead;
  endArrow: ArrowHead;
  color: string | null;
}

export const CONNECTOR_DEFAULTS = {
  x: 0,
  y: 0,
  startArrow: 'none',
  endArrow: 'arrow',
} as const satisfies Partial<ConnectorShape>;

/** The keys a connector may hold. */
export const CONNECTOR_KEYS: readonly string[] = [
  'type',
  'x',
  'y',
  'index',
  'from',
  'to',
  'text',
  'startArrow',
  'endArrow',
  'color',
];

export function readConnectorShape(id: ShapeId, map: ShapeFields, repairs: Repairs): ConnectorShape {
  const from = readShapeRef(map, 'from');
  const to = readShapeRef(map, 'to');
  if (from === to) throw new FieldError('from and to: a connector joins two different shapes');
  return {
    id,
    type: 'connector',
    x: readCoordinate(map, 'x'),
    y: readCoordinate(map, 'y'),
    index: readIndex(map),
    from,
    to,
    // The label is optional in storage: no Y.Text means no label.
    text: map.has('text') ? readYText(map) : '',
    startArrow: readEnum(map, 'startArrow', ARROW_HEADS, CONNECTOR_DEFAULTS.startArrow, repairs),
    endArrow: readEnum(map, 'endArrow', ARROW_HEADS, CONNECTOR_DEFAULTS.endArrow, repairs),
    color: readColor(map, repairs),
  };
}

export function writeConnectorShape(map: ShapeMap, shape: Omit<ConnectorShape, 'id'>): void {
  map.set('type', 'connector');
  map.set('x', shape.x);
  map.set('y', shape.y);
  map.set('index', shape.index);
  map.set('from', shape.from);
  map.set('to', shape.to);
  // Always a Y.Text, so a label can be typed into later and merge like any text.
  map.set('text', new Y.Text(shape.text));
  map.set('startArrow', shape.startArrow);
  map.set('endArrow', shape.endArrow);
  if (shape.color !== null) map.set('color', shape.color);
}

export const CONNECTOR_SHAPE: ShapeDefinition<ConnectorShape> = {
  type: 'connector',
  keys: CONNECTOR_KEYS,
  defaults: CONNECTOR_DEFAULTS,
  read: readConnectorShape,
  write: writeConnectorShape,
};
