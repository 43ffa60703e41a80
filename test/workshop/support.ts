// Helpers for the workshop tests: the HTTP commands, participants, clients that record every
// byte they receive, and reading documents back from storage.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import * as encoding from 'lib0/encoding';
import { readLedger, type LedgerEvent } from '@kyoso/shared';
import type { Storage } from '@kyoso/server';
import { recordDenials, wsUrl, type SyncClient } from '../support/clients.js';
import type { CreatedBoard } from '../support/server.js';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** Calls the API with a bearer token and a JSON body (or a raw string body). */
export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export interface Participant {
  id: string;
  name: string;
  role: string;
  company: string | null;
  token: string;
}

/** Joins the board as a named person with a link token; throws unless the server agrees. */
export async function joinAs(baseUrl: string, board: CreatedBoard, linkToken: string, name: string) {
  const answer = await call<{ participant: Omit<Participant, 'token'>; token: string }>(
    baseUrl,
    'POST',
    `/api/boards/${board.id}/participants`,
    linkToken,
    { name },
  );
  if (answer.status !== 201) throw new Error(`join failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { ...answer.body.participant, token: answer.body.token } as Participant;
}

export interface RecordingClient extends SyncClient {
  /** Every frame this client's sockets received, reconnections included. */
  frames: Uint8Array[];
  /** Whether `text` (UTF-8) occurs in any received frame. */
  saw(text: string): boolean;
}

/** The stock y-websocket provider, on a socket that keeps a copy of every frame it receives. */
export function connectRecording(
  httpUrl: string,
  boardId: string,
  channel: string,
  token: string,
): RecordingClient {
  const frames: Uint8Array[] = [];
  class RecordingSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      this.on('message', (data: Buffer | ArrayBuffer) =>
        frames.push(new Uint8Array(Buffer.from(data as Buffer))),
      );
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl(httpUrl), `${boardId}/${channel}`, doc, {
    WebSocketPolyfill: RecordingSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    maxBackoffTime: 200,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    provider,
    synced,
    denials: recordDenials(provider),
    frames,
    saw: (text) => frames.some((frame) => Buffer.from(frame).includes(Buffer.from(text, 'utf8'))),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** A room's document as stored (what a reload or a restart would serve). */
export async function storedDoc(storage: Storage, room: string): Promise<Y.Doc> {
  const stored = await storage.loadRoom(room);
  const doc = new Y.Doc();
  if (stored.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
  return doc;
}

export const ledgerOf = (doc: Y.Doc): LedgerEvent[] => readLedger(doc).events;

/** A y-websocket sync update message (type 0, step 2: update) carrying `update`. */
export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A sync step 1 with an empty state vector: the server answers with its whole document. */
export function syncStep1Message(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(encoder);
}
