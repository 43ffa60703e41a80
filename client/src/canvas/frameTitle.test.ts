import { describe, expect, it } from 'vitest';
import { frameTitleRect, OPEN_ROOM, titleRoom, titleStrip } from './frameTitle';

// A company-profile template in world units: the sheet, a company's lane in it (170 below the
// sheet's top), the lane's first area (70 below the lane's top), a second lane 90 below the first.
const sheet = { x: 0, y: 0, w: 2700, h: 1400 };
const lane = { x: 40, y: 170, w: 2580, h: 470 };
const area = { x: 60, y: 240, w: 460, h: 380 };
const lane2 = { x: 40, y: 730, w: 2580, h: 470 };
const area2 = { x: 60, y: 800, w: 460, h: 380 };
const beside = { x: 3000, y: 200, w: 400, h: 400 };
const frames = [sheet, lane, area, lane2, area2, beside];

describe('frame titles', () => {
  it('measure the room up to the edge above and down to the frames inside', () => {
    expect(titleRoom(sheet, frames)).toEqual({ above: Infinity, inside: 85 });
    expect(titleRoom(lane, frames)).toEqual({ above: 170, inside: 35 });
    expect(titleRoom(area, frames)).toEqual({ above: 70, inside: 380 });
    expect(titleRoom(lane2, frames)).toEqual({ above: 90, inside: 35 });
    // A frame to the side is no obstacle.
    expect(titleRoom(beside, frames)).toEqual({ above: Infinity, inside: 400 });
  });

  it('sit above their frames while there is room, as they always did', () => {
    for (const frame of frames) expect(titleStrip(frame, 0.3, titleRoom(frame, frames)).place).toBe('above');
    expect(frameTitleRect(area, 0.5)).toEqual({ x: 60, y: 240 - 44, w: 460, h: 44 });
    expect(frameTitleRect(area, 0.5, OPEN_ROOM)).toEqual(frameTitleRect(area, 0.5, titleRoom(area, frames)));
  });

  it('move inside, or onto the edge, where they would run into the titles around them', () => {
    // "Zoom to fit" on a phone: a title's line is 160 world units.
    const at = (frame: typeof sheet) => titleStrip(frame, 0.1, titleRoom(frame, frames));
    expect(at(sheet).place).toBe('above');
    expect(at(lane)).toMatchObject({ place: 'above', y: 0, h: 170 });
    expect(at(area)).toMatchObject({ place: 'inside', y: 240, h: 220 });
    expect(at(lane2)).toMatchObject({ place: 'edge', y: 730 - 80, h: 160 });
    expect(at(area2).place).toBe('inside');
    // The second lane's label stays clear of the first lane, and of its areas' titles (their line
    // of text in the middle of their strip).
    expect(at(lane2).y).toBeGreaterThan(lane.y + lane.h);
    const areaText = at(area2).y + (at(area2).h - 160) / 2;
    expect(at(lane2).y + at(lane2).h).toBeLessThanOrEqual(areaText);
  });
});
