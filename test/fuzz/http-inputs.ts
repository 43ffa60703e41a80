// HTTP requests a caller could make: every API route (and a few that do not exist) with ids,
// tokens, headers and bodies that are sometimes right, often nearly right, and sometimes noise.
import type { Rng } from '@kyoso/shared';
import { mutateBytes, pathEscape, randomBytes, randomJson, randomString } from './values.js';

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array;
}

/** What the fuzzer knows of the boards it attacks: ids, tokens, card and version ids, a board file. */
export interface HttpTargets {
  boards: string[];
  tokens: string[];
  /** Card, draft, version, participant and round ids seen on the boards. */
  ids: string[];
  /** A real export of a board (JSON), for imports that are nearly right. */
  boardFile: unknown;
}

const ROUTES: [string, string][] = [
  ['POST', '/api/boards'],
  ['POST', '/api/boards/import'],
  ['GET', '/api/boards/{board}'],
  ['PATCH', '/api/boards/{board}'],
  ['POST', '/api/boards/{board}/participants'],
  ['GET', '/api/boards/{board}/participants'],
  ['GET', '/api/boards/{board}/participants/me'],
  ['GET', '/api/boards/{board}/invitation'],
  ['POST', '/api/boards/{board}/participants/{id}/admit'],
  ['POST', '/api/boards/{board}/participants/{id}/remove'],
  ['GET', '/api/boards/{board}/links'],
  ['POST', '/api/boards/{board}/links/rotate'],
  ['POST', '/api/boards/{board}/reveal'],
  ['POST', '/api/boards/{board}/agreements'],
  ['POST', '/api/boards/{board}/votes/rounds'],
  ['POST', '/api/boards/{board}/votes/rounds/{n}/end'],
  ['POST', '/api/boards/{board}/votes/rounds/{n}/reveal'],
  ['POST', '/api/boards/{board}/votes'],
  ['GET', '/api/boards/{board}/votes/mine'],
  ['GET', '/api/boards/{board}/versions'],
  ['POST', '/api/boards/{board}/versions'],
  ['GET', '/api/boards/{board}/versions/{id}'],
  ['POST', '/api/boards/{board}/versions/{id}/restore'],
  ['GET', '/api/boards/{board}/ledger/verify'],
  ['GET', '/api/boards/{board}/export.{format}'],
  ['GET', '/api/ledger/key'],
  ['GET', '/api/templates'],
  ['GET', '/api/time'],
  ['GET', '/metrics'],
  ['GET', '/'],
  ['GET', '/b/{board}'],
  ['GET', '/{junk}'],
  ['GET', '/assets/{junk}'],
];

const BODY_KEYS = [
  'title',
  'locale',
  'companies',
  'name',
  'color',
  'key',
  'template',
  'cards',
  'card',
  'agree',
  'company',
  'digest',
  'delta',
  'rules',
  'scope',
  'kind',
  'frame',
  'cardKind',
  'cardKinds',
  'votesPerPerson',
  'allowMultiple',
  'requiresAdmission',
  'schemaVersion',
  'format',
  'board',
  'channels',
  'ledger',
  'meta',
  'shapes',
];

const FORMATS = ['json', 'csv', 'md', 'svg', 'png', 'pdf', 'PNG', '', 'exe', 'json.json'];
const JUNK_SEGMENTS = [
  '%E0%A4%A',
  '%2e%2e%2f',
  '..%2f..%2fetc%2fpasswd',
  '%00',
  '%',
  '__proto__',
  'index.html',
];

function pathSegment(rng: Rng, known: readonly string[]): string {
  if (known.length && rng.chance(0.75)) return rng.pick(known);
  if (rng.chance(0.5)) return rng.pick(JUNK_SEGMENTS);
  return pathEscape(randomString(rng, 30)).slice(0, 2000);
}

/** Nearly right JSON: one value somewhere in `value` replaced, removed or made odd. */
export function mutateJson(rng: Rng, value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 6 || rng.chance(0.15)) {
    return randomJson(rng, BODY_KEYS);
  }
  if (Array.isArray(value)) {
    if (!value.length) return [randomJson(rng, BODY_KEYS)];
    const copy = [...value];
    const at = rng.int(0, copy.length - 1);
    if (rng.chance(0.2)) copy.splice(at, 1);
    else copy[at] = mutateJson(rng, copy[at], depth + 1);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (!keys.length || rng.chance(0.1)) copy[rng.pick(BODY_KEYS)] = randomJson(rng, BODY_KEYS);
  else {
    const key = rng.pick(keys);
    if (rng.chance(0.2)) delete copy[key];
    else copy[key] = mutateJson(rng, copy[key], depth + 1);
  }
  return copy;
}

function body(rng: Rng, targets: HttpTargets, route: string): Uint8Array {
  const roll = rng.int(0, 9);
  let text: string;
  if (route.endsWith('/import') && roll < 5) text = JSON.stringify(mutateJson(rng, targets.boardFile));
  else if (roll < 8) text = JSON.stringify(randomJson(rng, BODY_KEYS)) ?? 'null';
  else if (roll < 9) return randomBytes(rng, 200);
  else text = '{"title":"' + 'x'.repeat(rng.int(1, 2) * 700_000) + '"}'; // near and over the body limit
  const bytes = new TextEncoder().encode(text);
  return rng.chance(0.1) ? mutateBytes(rng, bytes) : bytes;
}

export function randomRequest(rng: Rng, targets: HttpTargets): FuzzRequest {
  const [routeMethod, template] = rng.pick(ROUTES);
  const method = rng.chance(0.9)
    ? routeMethod
    : rng.pick(['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);
  const path = template
    .replace('{board}', () => pathSegment(rng, targets.boards))
    .replace('{id}', () => pathSegment(rng, targets.ids))
    .replace('{n}', () => String(rng.pick([0, 1, 2, 3, -1, 2 ** 53, 'x', '1e3'])))
    .replace('{format}', () => rng.pick(FORMATS))
    .replace('{junk}', () => pathSegment(rng, []));
  const headers: Record<string, string> = {};
  if (rng.chance(0.85) && targets.tokens.length) {
    const token = rng.chance(0.9) ? rng.pick(targets.tokens) : randomString(rng, 60);
    headers.authorization = rng.chance(0.95) ? `Bearer ${token}` : token;
  }
  if (rng.chance(0.9)) {
    headers['content-type'] = rng.pick([
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'x',
    ]);
  }
  if (rng.chance(0.05)) headers['x-forwarded-for'] = randomString(rng, 40);
  const sendsBody = method !== 'GET' && method !== 'HEAD' && rng.chance(0.9);
  return { method, path, headers, body: sendsBody ? body(rng, targets, template) : undefined };
}
