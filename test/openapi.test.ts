// GET /api/openapi.json: a valid OpenAPI 3.1 document of every endpoint, and docs/API.md in step
// with it (the same endpoints, and every body field documented).
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

interface Operation {
  summary?: string;
  responses?: Record<string, unknown>;
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

const apiDoc = readFileSync(new URL('../docs/API.md', import.meta.url), 'utf8');

/** `/api/boards/<id>/export.<format>` and `/api/boards/{board}/export.{format}` alike. */
const normalize = (path: string) => path.replace(/<[^>]+>|\{[^}]+\}/g, '{}');

/** Every `METHOD /path` docs/API.md names in code spans (shorthands such as `.../x` aside). */
function documentedOperations(): Set<string> {
  const found = new Set<string>();
  for (const match of apiDoc.matchAll(/`(GET|POST|PATCH|PUT|DELETE) (\/[^`\s?]*)`/g))
    found.add(`${match[1]} ${normalize(match[2]!)}`);
  return found;
}

let server: TestServer;
let doc: Document;

beforeAll(async () => {
  server = await startTestServer();
  const res = await fetch(`${server.url}/api/openapi.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  doc = (await res.json()) as Document;
});
afterAll(() => server.dispose());

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document, every operation summarised with its answers', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(structuredClone(doc) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
        const statuses = Object.keys(operation.responses ?? {});
        expect(
          statuses.some((status) => /^2\d\d$/.test(status)),
          `${method} ${path}`,
        ).toBe(true);
      }
    }
  });

  it('lists exactly the endpoints docs/API.md describes', () => {
    const served = new Set<string>();
    for (const [path, operations] of Object.entries(doc.paths))
      for (const method of Object.keys(operations)) served.add(`${method.toUpperCase()} ${normalize(path)}`);
    const documented = documentedOperations();
    expect([...served].filter((op) => !documented.has(op)).sort(), 'served, not in docs/API.md').toEqual([]);
    expect([...documented].filter((op) => !served.has(op)).sort(), 'in docs/API.md, not served').toEqual([]);
    expect(served.size).toBeGreaterThan(25);
  });

  it('names every request body field that docs/API.md documents', () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const schema = operation.requestBody?.content['application/json']?.schema;
        for (const field of Object.keys(schema?.properties ?? {})) {
          if (!apiDoc.includes(`"${field}"`) && !apiDoc.includes(`\`${field}\``))
            missing.push(`${method.toUpperCase()} ${path}: ${field}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes the limits the server enforces: a field past its schema is refused with its path', async () => {
    const create = doc.paths['/api/boards']!.post!.requestBody!.content['application/json']!.schema as {
      properties: { title: { maxLength: number }; companies: { minItems: number } };
    };
    const res = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'x'.repeat(create.properties.title.maxLength + 1),
        companies: [{ name: 'A' }, { name: 'B' }],
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: `title must be at most ${create.properties.title.maxLength} characters`,
    });
  });
});
