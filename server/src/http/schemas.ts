// Schemas several routes share: a person's or a board's text, and a colour.
import { Type } from 'typebox';
import { ERROR_KEYWORD } from './validation-message.js';

/** A title or a name: at most `max` characters, no control characters (trimmed by `cleanText`). */
export const Text = (max: number, description: string) =>
  Type.String({
    minLength: 1,
    maxLength: max,
    pattern: '^[^\\u0000-\\u001f\\u007f]*$',
    description,
    [ERROR_KEYWORD]: { pattern: 'must not contain control characters' },
  });

export const HexColor = (description: string) =>
  Type.String({
    pattern: '^#[0-9a-fA-F]{6}$',
    description,
    [ERROR_KEYWORD]: { pattern: 'must look like #rrggbb' },
  });

/** A card's or frame's id (the handler still refuses names such as `__proto__`: `shapeIdField`). */
export const ShapeIdText = (description: string) =>
  Type.String({
    pattern: '^[A-Za-z0-9_-]{1,64}$',
    description,
    [ERROR_KEYWORD]: 'must be a shape id (1 to 64 of A-Z a-z 0-9 _ -)',
  });
