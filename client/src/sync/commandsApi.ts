// The workshop's HTTP commands (docs/API.md): participants, reveal, agreement, dot voting and
// links. Plain TypeScript with `fetch` injected, so it runs in tests without a browser.
import type {
  Ballot,
  CardReactions,
  CheckInPoint,
  Comment,
  ReactionStamp,
  ParticipantId,
  Role,
  RoomProgress,
  RosterEntry,
  ShapeId,
  VoteRound,
  VoteRules,
} from '@kyoso/shared';
import type { FetchLike } from '../api';

export type CommandResult<T> =
  | { ok: true; value: T }
  /**
   * `status` 0: the server could not be reached. `message` is the server's reason; `code`, when
   * the server gives one, says which (`removed`: the facilitator removed this participant).
   */
  | { ok: false; status: number; message: string; code?: string };

export interface ParticipantInfo {
  id: ParticipantId;
  name: string;
  role: Role;
  company: string | null;
  /** `waiting` while the facilitator has not let this person in (boards that require admission). */
  status?: 'admitted' | 'waiting';
}

/** A check-in to record: which scheduled one (if any), its title, and what it notes of each point. */
export interface CheckInRequest {
  checkIn?: string;
  title?: string;
  points: { card: ShapeId; progress: CheckInPoint['progress']; actual?: number | null; note?: string }[];
}

export const WEBHOOK_EVENTS = ['agreement', 'changed', 'overdue', 'check-in'] as const;

export interface WebhookInfo {
  id: string;
  url: string;
  kind: 'json' | 'slack';
  events: (typeof WEBHOOK_EVENTS)[number][];
  createdAt: string;
}

export interface DeliveryInfo {
  id: string;
  webhook: string;
  event: (typeof WEBHOOK_EVENTS)[number] | 'ping';
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  code: number;
  error: string;
  at: string;
  lastAttemptAt: string | null;
}

export interface WebhooksAnswer {
  secret: string | null;
  webhooks: WebhookInfo[];
  deliveries: DeliveryInfo[];
}

/** What the account-overlap endpoint answers (a member's view, or the facilitator's). */
export interface OverlapAnswer {
  minimum: number;
  mine?: { count: number; uploadedAt: string; by: string } | null;
  optedIn?: string[];
  pairs: {
    company?: string;
    companies?: [string, string];
    optedIn?: boolean;
    /** How often the other company uploaded a list (replacing it often is worth knowing). */
    uploads?: number;
    shared: number | null;
    fewerThan: number | null;
    consent?: { mine: boolean; theirs: boolean };
    accounts?: { names: [string, string]; domain: string }[] | null;
  }[];
}

/** The facilitator's roster: everyone who joined, waiting requests and removed people included. */
export interface RosterAnswer {
  admission: boolean;
  participants: RosterEntry[];
}

export interface RoleLinks {
  facilitator: string;
  observer: string;
  members: Record<string, string>;
}

export interface LinksAnswer {
  tokens: RoleLinks;
  links: RoleLinks;
}

/** The board as a link or participant token opens it (`GET /api/boards/<id>`). */
export interface BoardInfo {
  title: string;
  companies: { key: string; name: string; color: string }[];
  role: Role;
  company: string | null;
}

/** `GET .../invitation`: what a link joins, told even to someone not let in yet. */
export interface Invitation {
  title: string;
  role: Role;
  company: { key: string; name: string; color: string } | null;
  admission: boolean;
}

export interface MyVotes {
  round: VoteRound | null;
  ballot: Ballot;
  left: number;
}

export interface AgreementAnswer {
  card: ShapeId;
  company: string;
  agreed: boolean;
  status: { agreedBy: string[]; changedSince: string[]; waitingFor: string[]; agreed: boolean };
  /** The digest of the card's content the agreement is to. */
  digest: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One JSON request with the bearer token: the answer's JSON, or the server's reason (status 0:
 * the server could not be reached). Every client of the board API goes through here. */
export async function requestJson(
  doFetch: FetchLike,
  method: string,
  url: string,
  token: string | null,
  body?: unknown,
): Promise<CommandResult<unknown>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await doFetch(url, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, message: '' };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  if (response.ok) return { ok: true, value: json };
  const message = isRecord(json) && typeof json.error === 'string' ? json.error : '';
  const code = isRecord(json) && typeof json.code === 'string' ? json.code : undefined;
  return { ok: false, status: response.status, message, ...(code ? { code } : {}) };
}

export function createCommandsApi(boardId: string, options: { fetch?: FetchLike; baseUrl?: string } = {}) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = `${options.baseUrl ?? ''}/api/boards/${encodeURIComponent(boardId)}`;

  const call = <T>(method: string, url: string, token: string | null, body?: unknown) =>
    requestJson(doFetch, method, url, token, body) as Promise<CommandResult<T>>;

  return {
    /** The board's title and companies and the token's role, before anything is opened. */
    boardInfo: (token: string) => call<BoardInfo>('GET', base, token),
    /** What a link joins (the board's title, the role and company), also before being let in. */
    invitation: (token: string) => call<Invitation>('GET', `${base}/invitation`, token),
    /** The server's clock (ms since the epoch), for the timer. */
    serverTime: () => call<{ now: number }>('GET', `${options.baseUrl ?? ''}/api/time`, null),
    /** With a link token: join as a new participant; with a participant token: rename. */
    registerParticipant: (token: string, name: string) =>
      call<{ participant: ParticipantInfo; token: string }>('POST', `${base}/participants`, token, { name }),
    /** This participant as the server knows it now (admitted yet?). */
    participantMe: (token: string) =>
      call<{ participant: ParticipantInfo }>('GET', `${base}/participants/me`, token),
    reveal: (token: string, cards: readonly ShapeId[] | 'all') =>
      call<{ revealed: ShapeId[] }>('POST', `${base}/reveal`, token, { cards }),
    agree: (token: string, card: ShapeId, agree: boolean, digest?: string) =>
      call<AgreementAnswer>('POST', `${base}/agreements`, token, {
        card,
        agree,
        ...(digest ? { digest } : {}),
      }),
    /** Gives a stamp to a card (`on`), or takes it back. */
    react: (token: string, card: ShapeId, stamp: ReactionStamp, on: boolean) =>
      call<{ card: ShapeId; reactions: CardReactions }>('POST', `${base}/reactions`, token, {
        card,
        stamp,
        on,
      }),
    /** Comments on a card of the board, or on one of this member's company's drafts. */
    comment: (token: string, card: ShapeId, text: string) =>
      call<{ comment: Comment; where: 'discussion' | 'private' }>('POST', `${base}/comments`, token, {
        card,
        text,
      }),
    resolveThread: (token: string, card: ShapeId, resolved: boolean) =>
      call<{ card: ShapeId; resolved: boolean }>('POST', `${base}/comments/resolve`, token, {
        card,
        resolved,
      }),
    deleteComment: (token: string, id: string) =>
      call<{ deleted: string }>('DELETE', `${base}/comments/${encodeURIComponent(id)}`, token),
    /** Records a check-in (facilitator): progress, KPI actual and a note per synergy point. */
    checkIn: (token: string, body: CheckInRequest) =>
      call<{ at: string; checkIn: string | null; title: string; points: CheckInPoint[] }>(
        'POST',
        `${base}/check-ins`,
        token,
        body,
      ),
    /** The board's webhooks, signing secret and delivery log (facilitator). */
    webhooks: (token: string) => call<WebhooksAnswer>('GET', `${base}/webhooks`, token),
    addWebhook: (
      token: string,
      body: { url: string; kind: WebhookInfo['kind']; events: WebhookInfo['events'] },
    ) => call<{ webhook: WebhookInfo; secret: string }>('POST', `${base}/webhooks`, token, body),
    removeWebhook: (token: string, id: string) =>
      call<{ deleted: string }>('DELETE', `${base}/webhooks/${encodeURIComponent(id)}`, token),
    testWebhook: (token: string, id: string) =>
      call<{ delivery: DeliveryInfo }>('POST', `${base}/webhooks/${encodeURIComponent(id)}/test`, token),
    /** Account overlap: this member's pairs, or every pair for the facilitator. */
    accounts: (token: string) => call<OverlapAnswer>('GET', `${base}/accounts`, token),
    uploadAccounts: (token: string, csv: string) =>
      call<{ count: number; uploadedAt: string }>('POST', `${base}/accounts`, token, { csv }),
    withdrawAccounts: (token: string) => call<{ withdrawn: boolean }>('DELETE', `${base}/accounts`, token),
    consentAccounts: (token: string, company: string, reveal: boolean) =>
      call<{ company: string; reveal: boolean }>('POST', `${base}/accounts/consent`, token, {
        company,
        reveal,
      }),
    vote: (token: string, card: ShapeId, delta: 1 | -1) =>
      call<MyVotes>('POST', `${base}/votes`, token, { card, delta }),
    myVotes: (token: string) => call<MyVotes>('GET', `${base}/votes/mine`, token),
    startVote: (token: string, rules: VoteRules) =>
      call<{ round: number }>('POST', `${base}/votes/rounds`, token, { rules }),
    endVote: (token: string, round: number) =>
      call<unknown>('POST', `${base}/votes/rounds/${round}/end`, token),
    revealVotes: (token: string, round: number) =>
      call<{ totals: Record<string, number>; voters: number }>(
        'POST',
        `${base}/votes/rounds/${round}/reveal`,
        token,
      ),
    /** The facilitator's: how many have voted in the latest round and drafted per company (counts). */
    progress: (token: string) => call<RoomProgress>('GET', `${base}/progress`, token),
    /** The facilitator's: who joined the board, and whether it requires admission. */
    roster: (token: string) => call<RosterAnswer>('GET', `${base}/participants`, token),
    /** The facilitator lets a waiting person in. */
    admitParticipant: (token: string, id: ParticipantId) =>
      call<{ participant: RosterEntry }>(
        'POST',
        `${base}/participants/${encodeURIComponent(id)}/admit`,
        token,
      ),
    /** The facilitator removes a participant (or turns a waiting request down). */
    removeParticipant: (token: string, id: ParticipantId) =>
      call<{ participant: RosterEntry }>(
        'POST',
        `${base}/participants/${encodeURIComponent(id)}/remove`,
        token,
      ),
    /** The facilitator requires admission (people wait to be let in) or not. */
    setAdmission: (token: string, admission: boolean) =>
      call<{ admission: boolean }>('PATCH', base, token, { admission }),
    links: (token: string) => call<LinksAnswer>('GET', `${base}/links`, token),
    rotateLinks: (token: string) => call<LinksAnswer>('POST', `${base}/links/rotate`, token),
    /** Deletes the board for everyone (facilitator): every socket on it then closes with 4403. */
    deleteBoard: (token: string) => call<{ deleted: string }>('DELETE', base, token),
  };
}

export type CommandsApi = ReturnType<typeof createCommandsApi>;
