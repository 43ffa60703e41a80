// Creating boards: the record, the first state of the content document, and the role tokens.
import * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  applyTemplate,
  newBoardId,
  initContentDoc,
  type BoardId,
  type Company,
  type CompanyKey,
} from '@kyoso/shared';
import type { Auth } from './auth/tokens.js';
import type { CreateBoardInput } from './http/board-input.js';
import type { BoardRecord, Storage } from './storage/storage.js';

export interface BoardTokens {
  facilitator: string;
  observer: string;
  members: Record<string, string>;
}

export interface BoardLinks {
  facilitator: string;
  observer: string;
  members: Record<string, string>;
}

/** Company keys are short and stable: a, b, c, ... in the order the companies were given. */
const companyKey = (index: number) => String.fromCharCode(97 + index) as CompanyKey;

export const roomKey = (board: BoardId, channel: string) => `${board}/${channel}`;

export async function createBoard(storage: Storage, input: CreateBoardInput): Promise<BoardRecord> {
  const companies: Company[] = input.companies.map((c, i) => ({
    key: companyKey(i),
    name: c.name,
    color: c.color,
  }));
  const record: BoardRecord = {
    id: newBoardId(),
    title: input.title,
    locale: input.locale,
    template: input.template,
    companies,
    createdAt: new Date().toISOString(),
    tokenGeneration: 0,
    schemaVersion: CURRENT_SCHEMA_VERSION,
  };
  const doc = new Y.Doc();
  initContentDoc(doc, { title: record.title, companies });
  // The chosen template, laid out for these companies in the board's language (blank adds nothing).
  applyTemplate(doc, { template: record.template, locale: record.locale }, null);
  const content = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  await storage.createBoard(record, new Map([[roomKey(record.id, 'content'), content]]));
  return record;
}

export async function issueTokens(auth: Auth, board: BoardRecord): Promise<BoardTokens> {
  const gen = board.tokenGeneration;
  const members: Record<string, string> = {};
  for (const company of board.companies) {
    members[company.key] = await auth.sign({ board: board.id, role: 'member', company: company.key }, gen);
  }
  return {
    facilitator: await auth.sign({ board: board.id, role: 'facilitator' }, gen),
    observer: await auth.sign({ board: board.id, role: 'observer' }, gen),
    members,
  };
}

/** Links carry the token in the fragment, which browsers never send to a server. */
export function boardLinks(baseUrl: string, board: BoardId, tokens: BoardTokens): BoardLinks {
  const link = (token: string) => `${baseUrl}/b/${board}#token=${encodeURIComponent(token)}`;
  const members: Record<string, string> = {};
  for (const [key, token] of Object.entries(tokens.members)) members[key] = link(token);
  return { facilitator: link(tokens.facilitator), observer: link(tokens.observer), members };
}
