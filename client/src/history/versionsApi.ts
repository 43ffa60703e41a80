// The versions API (docs/API.md, "History"): list, save, read one for a preview, restore. Plain
// TypeScript with `fetch` injected, so it runs in tests without a browser; answers are checked
// before the UI trusts them.
import type { Shape } from '@kyoso/shared';
import type { FetchLike } from '../api';
import { requestJson, type CommandResult } from '../sync/commandsApi';

export type VersionKind = 'named' | 'auto' | 'restore';

export interface Version {
  id: string;
  name: string;
  kind: VersionKind;
  createdAt: string;
  createdBy: string | null;
  shapes: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isVersion(value: unknown): value is Version {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    (value.kind === 'named' || value.kind === 'auto' || value.kind === 'restore') &&
    typeof value.createdAt === 'string' &&
    (value.createdBy === null || typeof value.createdBy === 'string') &&
    typeof value.shapes === 'number'
  );
}

// Shapes are checked where they are used (renderSvg draws what it can; restoreShapes refuses bad ones).
const isShapeList = (value: unknown): value is Shape[] => Array.isArray(value) && value.every(isRecord);

export const MAX_VERSION_NAME = 100;

/** `token`: read at each call (the participant token, once this page has joined, names who saved). */
export function createVersionsApi(
  boardId: string,
  token: () => string,
  options: { fetch?: FetchLike; baseUrl?: string } = {},
) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = `${options.baseUrl ?? ''}/api/boards/${encodeURIComponent(boardId)}/versions`;

  async function call<T>(
    method: string,
    url: string,
    check: (body: unknown) => T | null,
    body?: unknown,
  ): Promise<CommandResult<T>> {
    const answer = await requestJson(doFetch, method, url, token(), body);
    if (!answer.ok)
      return answer.status > 0 && answer.message === '' ? { ...answer, message: `${answer.status}` } : answer;
    const value = check(answer.value);
    return value === null
      ? { ok: false, status: 200, message: 'unexpected answer from the server' }
      : { ok: true, value };
  }

  const versionOf = (json: unknown) => (isRecord(json) && isVersion(json.version) ? json.version : null);

  return {
    list: () =>
      call('GET', base, (json) =>
        isRecord(json) && Array.isArray(json.versions) && json.versions.every(isVersion)
          ? json.versions
          : null,
      ),
    save: (name: string) => call('POST', base, versionOf, { name }),
    get: (id: string) =>
      call('GET', `${base}/${encodeURIComponent(id)}`, (json) => {
        const version = versionOf(json);
        return version && isRecord(json) && isShapeList(json.shapes)
          ? { version, shapes: json.shapes }
          : null;
      }),
    restore: (id: string) =>
      call('POST', `${base}/${encodeURIComponent(id)}/restore`, (json) => {
        const version = versionOf(json);
        return version && isRecord(json) && isVersion(json.saved) && isShapeList(json.shapes)
          ? { version, saved: json.saved, shapes: json.shapes }
          : null;
      }),
  };
}

export type VersionsApi = ReturnType<typeof createVersionsApi>;
