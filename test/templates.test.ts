// Boards created with a template start with it laid out for their companies, in their language.
import { readShapes, type FrameShape } from '@kyoso/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from './support/clients.js';
import { createBoard, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

async function openingShapes(body: unknown) {
  const board = await createBoard(server.url, body);
  const client = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
  try {
    await client.synced;
    return readShapes(client.doc).shapes;
  } finally {
    client.destroy();
  }
}

describe('creating a board with a template', () => {
  it('lays the template out for the companies, in the board language', async () => {
    const shapes = await openingShapes({
      title: 'Profile',
      locale: 'en',
      template: 'company-profile',
      companies: [
        { name: '株式会社あさひ', color: '#123abc' },
        { name: 'Blue Ocean' },
        { name: 'Third Co.' },
      ],
    });
    const frames = shapes.filter((shape): shape is FrameShape => shape.type === 'frame');
    expect(frames).toHaveLength(1 + 3 + 15);
    expect(
      frames.filter((frame) => frame.areaCompany === 'a').every((frame) => frame.color === '#123abc'),
    ).toBe(true);
    expect(frames.map((frame) => frame.text)).toContain('Asset');
    expect(frames.find((frame) => frame.text === '株式会社あさひ')).toMatchObject({ areaCompany: 'a' });
    expect(frames[0]?.text).toBe('Company profile');
  });

  it('writes Japanese for a Japanese board, and nothing for blank', async () => {
    const ja = await openingShapes({
      title: '計画',
      locale: 'ja',
      template: 'alliance-plan',
      companies: [{ name: 'A社' }, { name: 'B社' }],
    });
    expect(ja.map((shape) => ('text' in shape ? shape.text : ''))).toContain('契約チェックリスト');
    const blank = await openingShapes({
      title: 'x',
      template: 'blank',
      companies: [{ name: 'A' }, { name: 'B' }],
    });
    expect(blank).toEqual([]);
  });
});
