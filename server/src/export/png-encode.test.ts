import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png-encode.js';

/** The chunks of a PNG file, each checked against its CRC. */
function chunks(file: Buffer): { type: string; data: Buffer }[] {
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    expect(file.readUInt32BE(at + 8 + length)).toBe(crc32(file.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('writes a valid RGBA PNG whose rows hold the pixels', async () => {
    const width = 3;
    const height = 2;
    const pixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const file = await encodePng(pixels, width, height);
    const parts = chunks(file);
    expect(parts.map((part) => part.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([3, 2, 8, 6]);
    const rows = inflateSync(parts[1]!.data);
    for (let y = 0; y < height; y++) {
      expect(rows[y * 13]).toBe(0);
      expect([...rows.subarray(y * 13 + 1, (y + 1) * 13)]).toEqual([
        ...pixels.subarray(y * 12, (y + 1) * 12),
      ]);
    }
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(encodePng(new Uint8Array(10), 2, 2)).rejects.toThrow('width × height');
  });
});
