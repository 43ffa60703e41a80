// The HTTP API the landing page uses (DESIGN.md Contract, "Creating a board"). Plain TypeScript:
// `fetch` is injected so the logic is testable without a browser.
import type { CreatedBoard, Locale, TemplateInfo } from '@kyoso/shared';

export type { CreatedBoard } from '@kyoso/shared';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface CreateBoardRequest {
  title: string;
  template?: string;
  locale: Locale;
  companies: { name: string; color?: string }[];
}

export type CreateBoardResult =
  | { ok: true; board: CreatedBoard }
  /** 400: the server says what is wrong. */
  | { ok: false; kind: 'invalid'; message: string }
  /** 401: an admin token is needed (`sentToken` false) or the one sent was refused. */
  | { ok: false; kind: 'unauthorized'; sentToken: boolean; message: string }
  | { ok: false; kind: 'network' }
  | { ok: false; kind: 'unexpected'; status: number; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';

const isStringMap = (value: unknown): value is Record<string, string> =>
  isRecord(value) && Object.values(value).every(isString);

export function isCreatedBoard(value: unknown): value is CreatedBoard {
  if (!isRecord(value) || !isString(value.id) || !Array.isArray(value.companies)) return false;
  if (!isString(value.title) || !isString(value.template) || (value.locale !== 'ja' && value.locale !== 'en'))
    return false;
  const companiesOk = value.companies.every(
    (c: unknown) => isRecord(c) && isString(c.key) && isString(c.name) && isString(c.color),
  );
  const { tokens, links } = value;
  const roleMapOk = (m: unknown) =>
    isRecord(m) && isString(m.facilitator) && isString(m.observer) && isStringMap(m.members);
  return companiesOk && roleMapOk(tokens) && roleMapOk(links);
}

function isTemplateInfo(value: unknown): value is TemplateInfo {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isRecord(value.name) &&
    isString(value.name.ja) &&
    isString(value.name.en) &&
    (value.description === undefined ||
      (isRecord(value.description) && isString(value.description.ja) && isString(value.description.en)))
  );
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

const errorMessage = (body: unknown): string => (isRecord(body) && isString(body.error) ? body.error : '');

export async function createBoard(
  request: CreateBoardRequest,
  options: { adminToken?: string; fetch?: FetchLike; signal?: AbortSignal } = {},
): Promise<CreateBoardResult> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const adminToken = options.adminToken?.trim();
  if (adminToken) headers.Authorization = `Bearer ${adminToken}`;

  let response: Response;
  try {
    response = await doFetch('/api/boards', {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
      signal: options.signal ?? null,
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const body = await readJson(response);
  if (response.status === 201 || response.status === 200) {
    return isCreatedBoard(body)
      ? { ok: true, board: body }
      : { ok: false, kind: 'unexpected', status: response.status, message: '' };
  }
  if (response.status === 400) return { ok: false, kind: 'invalid', message: errorMessage(body) };
  if (response.status === 401) {
    return { ok: false, kind: 'unauthorized', sentToken: Boolean(adminToken), message: errorMessage(body) };
  }
  return { ok: false, kind: 'unexpected', status: response.status, message: errorMessage(body) };
}

/** `GET /api/templates`; throws when the server can't be reached or answers with something else. */
export async function fetchTemplates(
  options: { fetch?: FetchLike; signal?: AbortSignal } = {},
): Promise<TemplateInfo[]> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const response = await doFetch('/api/templates', {
    headers: { Accept: 'application/json' },
    signal: options.signal ?? null,
  });
  if (!response.ok) throw new Error(`GET /api/templates answered ${response.status}`);
  const body = await readJson(response);
  if (!Array.isArray(body) || body.length === 0 || !body.every(isTemplateInfo)) {
    throw new Error('GET /api/templates answered an unexpected body');
  }
  return body.map((t) => ({
    id: t.id,
    name: { ja: t.name.ja, en: t.name.en },
    description: t.description ? { ja: t.description.ja, en: t.description.en } : { ja: '', en: '' },
  }));
}
