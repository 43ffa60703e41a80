// Helpers for the roster tests: the facilitator's roster endpoints, the admission switch, and
// stock clients that note how the server sent them away.
import type { RosterEntry } from '@kyoso/shared';
import { connectClient, type SyncClient } from '../support/clients.js';
import type { CreatedBoard } from '../support/server.js';
import { call, type Answer } from '../workshop/support.js';

export interface RosterAnswer {
  admission: boolean;
  participants: RosterEntry[];
}

export interface ParticipantAnswer {
  participant: { id: string; name: string; role: string; company: string | null; status: string };
}

/** The roster endpoints of one board on one server. */
export function rosterApi(url: string, board: CreatedBoard) {
  const base = `/api/boards/${board.id}`;
  return {
    list: (token: string | null) => call<RosterAnswer>(url, 'GET', `${base}/participants`, token),
    admit: (token: string | null, id: string) =>
      call<ParticipantAnswer>(url, 'POST', `${base}/participants/${id}/admit`, token),
    remove: (token: string | null, id: string) =>
      call<ParticipantAnswer>(url, 'POST', `${base}/participants/${id}/remove`, token),
    me: (token: string | null) => call<ParticipantAnswer>(url, 'GET', `${base}/participants/me`, token),
    join: (token: string | null, name: string) =>
      call<ParticipantAnswer & { token: string }>(url, 'POST', `${base}/participants`, token, { name }),
    setAdmission: async (token: string, admission: boolean): Promise<Answer> => {
      const answer = await call(url, 'PATCH', base, token, { admission });
      if (answer.status !== 200)
        throw new Error(`PATCH admission: ${answer.status} ${JSON.stringify(answer)}`);
      return answer;
    },
  };
}

export interface WatchedClient {
  client: SyncClient;
  /** Every close the server sent this client. */
  closes: { code: number; reason: string }[];
}

/** A stock client that notes the close codes the server sends it away with. */
export function watchedClient(url: string, boardId: string, channel: string, token: string): WatchedClient {
  const client = connectClient(url, boardId, channel, token);
  const closes: { code: number; reason: string }[] = [];
  client.provider.on('closed', (event: { code: number; reason: string }) => closes.push(event));
  return { client, closes };
}
