import { describe, expect, it } from 'vitest';
import { connectorLine } from './connectorGeometry';
import { hitBox, hitTest } from './hitTest';
import { box, connector } from './testShapes';

const back = box('sticky', 0, 0, 200, 160, { id: 'back' });
const front = box('rect', 100, 100, 200, 160, { id: 'front' });
const round = box('ellipse', 500, 0, 200, 200, { id: 'round' });
const frame = box('frame', -100, 400, 800, 600, { id: 'frame' });
const link = connector(back, round, { id: 'link' });
const all = [frame, back, front, round, link];
const options = {
  zoom: 1,
  lineOf: () => connectorLine(back, 'box', round, 'ellipse'),
};

describe('hitTest', () => {
  it('picks the front-most shape under the point', () => {
    expect(hitTest({ x: 150, y: 120 }, all, options)).toBe('front');
    expect(hitTest({ x: 50, y: 50 }, all, options)).toBe('back');
  });

  it('misses empty canvas', () => {
    expect(hitTest({ x: 2000, y: 2000 }, all, options)).toBeNull();
  });

  it('uses the ellipse outline, not its box', () => {
    expect(hitTest({ x: 600, y: 100 }, all, options)).toBe('round');
    expect(hitTest({ x: 505, y: 5 }, all, options)).toBeNull();
  });

  it('picks a frame by its title or border only', () => {
    expect(hitTest({ x: 0, y: 390 }, all, options)).toBe('frame');
    expect(hitTest({ x: -98, y: 700 }, all, options)).toBe('frame');
    expect(hitTest({ x: 300, y: 700 }, all, options)).toBeNull();
  });

  it('picks a frame by its title where it is drawn: inside, when there is no room above', () => {
    const cramped = { ...options, zoom: 0.5, titleRoom: () => ({ above: 10, inside: 600 }) };
    expect(hitTest({ x: 300, y: 420 }, [frame], cramped)).toBe('frame');
    expect(hitTest({ x: 300, y: 380 }, [frame], cramped)).toBeNull();
    expect(hitTest({ x: 300, y: 420 }, [frame], { ...options, zoom: 0.5 })).toBeNull();
  });

  it('picks a connector near its line, with slack scaled by zoom', () => {
    const line = connectorLine(back, 'box', round, 'ellipse');
    const onLine = { x: (line.start.x + line.end.x) / 2, y: (line.start.y + line.end.y) / 2 + 4 };
    expect(hitTest(onLine, all, options)).toBe('link');
    expect(hitTest({ ...onLine, y: onLine.y + 30 }, all, options)).toBeNull();
    expect(hitTest({ ...onLine, y: onLine.y + 30 }, all, { ...options, zoom: 0.1 })).toBe('link');
  });

  it('gives a card, not a connector running under it, the click (connectors are drawn under cards)', () => {
    const left = box('sticky', 0, 0, 200, 160, { id: 'left' });
    const right = box('sticky', 600, 0, 200, 160, { id: 'right' });
    // A card made later, between the two, over the line joining them.
    const between = box('sticky', 300, 0, 200, 160, { id: 'between' });
    const joining = connector(left, right, { id: 'joining' });
    const lineOf = () => connectorLine(left, 'box', right, 'box');
    const onBoth = { x: 400, y: 80 };
    expect(hitTest(onBoth, [left, right, joining, between], { zoom: 1, lineOf })).toBe('between');
    expect(hitTest(onBoth, [left, right, between, joining], { zoom: 1, lineOf })).toBe('between');
    // Beside the cards, the connector is still picked.
    expect(hitTest({ x: 250, y: 80 }, [left, right, between, joining], { zoom: 1, lineOf })).toBe('joining');
  });
});

describe('hitBox', () => {
  it('finds where a connector can end, never the shape it starts from', () => {
    expect(hitBox({ x: 150, y: 120 }, all, 1)).toBe('front');
    expect(hitBox({ x: 150, y: 120 }, all, 1, front.id)).toBe('back');
    expect(hitBox({ x: 300, y: 700 }, all, 1)).toBe('frame');
  });
});
