// GET /metrics on a real server with real clients: the node's own families (storage latency,
// update propagation, export duration as histograms; traffic and checks as counters) and the
// process's (CPU, heap, GC, event-loop lag), in Prometheus text exposition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSticky, type CompanyKey } from '@kyoso/shared';
import { connectClient } from './support/clients.js';
import { createBoard, startTestServer, type TestServer } from './support/server.js';
import { waitFor } from './support/wait.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

/** The value of one sample line (`name{labels} value`), or undefined when it is absent. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(labels ? `${name}{${labels}}` : `${name} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics', () => {
  it('shows propagation, storage and export latencies as histograms, and the process', async () => {
    const board = await createBoard(server.url);
    const writer = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
    const reader = connectClient(server.url, board.id, 'content', board.tokens.facilitator);
    try {
      await Promise.all([writer.synced, reader.synced]);
      addSticky(writer.doc, { x: 0, y: 0, text: '共同配送', company: 'a' as CompanyKey, kind: 'idea' }, 'w');
      await waitFor(() => reader.doc.getMap('shapes').size === 1, 'the card at the other client');
      const csv = await fetch(`${server.url}/api/boards/${board.id}/export.csv`, {
        headers: { authorization: `Bearer ${board.tokens.facilitator}` },
      });
      expect(csv.status).toBe(200);

      const res = await fetch(`${server.url}/metrics`);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      expect(text).toContain('# TYPE kyoso_update_propagation_seconds histogram');
      expect(sample(text, 'kyoso_update_propagation_seconds_count')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'kyoso_update_propagation_seconds_bucket', 'le="+Inf"')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'kyoso_storage_latency_seconds_count', 'op="append"')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'kyoso_export_duration_seconds_count', 'format="csv"')).toBe(1);
      expect(sample(text, 'kyoso_update_checks_total', 'result="accepted"')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'kyoso_messages_total', 'direction="in"')).toBeGreaterThan(0);
      expect(sample(text, 'kyoso_connections')).toBe(2);
      expect(sample(text, 'kyoso_rooms')).toBeGreaterThanOrEqual(1);
      for (const name of [
        'process_cpu_user_seconds_total',
        'nodejs_heap_size_used_bytes',
        'nodejs_eventloop_lag_p99_seconds',
      ])
        expect(sample(text, name), name).toBeGreaterThanOrEqual(0);
      expect(text).toContain('# TYPE nodejs_gc_duration_seconds histogram');
    } finally {
      writer.destroy();
      reader.destroy();
    }
  });
});
