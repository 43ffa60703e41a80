import { describe, expect, it } from 'vitest';
import { asShapeId, type ShapeId } from '../ids.js';
import { textBoxOf, type BoxShape } from '../model/shape.js';
import { CARD_HEADER } from './text-boxes.js';

const id = asShapeId('shape-1') as ShapeId;
const box = { id, x: 100, y: 50, w: 200, h: 160, index: 'a0', text: '', color: null };

describe('text boxes', () => {
  it('puts a card’s text below its header, and keeps a reserved foot clear', () => {
    const card: BoxShape = { ...box, type: 'sticky', company: null, kind: null };
    expect(textBoxOf(card)?.rect).toEqual({ x: 0, y: CARD_HEADER - 8, w: 200, h: 160 - CARD_HEADER + 8 });
    expect(textBoxOf(card, 16)?.rect.h).toBe(160 - 16 - CARD_HEADER + 8);
    expect(textBoxOf(card)?.align).toBe('center');
  });

  it('fits an ellipse’s text into the largest box inside it, free text from the top left', () => {
    const ellipse = textBoxOf({ ...box, type: 'ellipse' });
    expect(ellipse?.rect.w).toBeCloseTo(200 / Math.SQRT2);
    expect(ellipse?.rect.x).toBeCloseTo((200 - 200 / Math.SQRT2) / 2);
    expect(textBoxOf({ ...box, type: 'text' })).toMatchObject({
      rect: { x: 0, y: 0, w: 200, h: 160 },
      align: 'left',
    });
    expect(textBoxOf({ ...box, type: 'rect' })?.options.maxSize).toBeGreaterThan(
      textBoxOf({ ...box, type: 'text' })!.options.maxSize,
    );
  });

  it('has none for a frame, whose text is its title above it', () => {
    expect(textBoxOf({ ...box, type: 'frame' })).toBeNull();
  });
});
