// What a webhook delivery says. The JSON kind posts the event as data; the Slack kind posts an
// incoming-webhook message (`{"text"}`, mrkdwn) in the board's language, which Slack, Mattermost,
// Rocket.Chat and Microsoft Teams' Slack-compatible hooks all read.
import type { Locale } from '@kyoso/shared';
import type { DeliveryEvent, WebhookKind } from './webhook-store.js';

export interface BoardRef {
  id: string;
  title: string;
  locale: Locale;
}

export interface EventData {
  /** One line a person reads: what happened. */
  summary: Record<Locale, string>;
  /** The details, as the JSON kind posts them. */
  data: Record<string, unknown>;
  /** A link to the board, if the server knows its public address. */
  link?: string;
}

/** Typed text made inert in Slack's markup: no `<!channel>` ping, no planted link. */
const slackText = (text: string): string =>
  text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

export function payload(
  kind: WebhookKind,
  event: DeliveryEvent,
  delivery: string,
  at: string,
  board: BoardRef,
  content: EventData,
): Record<string, unknown> {
  if (kind === 'slack') {
    const head = content.link ? `<${content.link}|${slackText(board.title)}>` : `*${slackText(board.title)}*`;
    return { text: `${head}\n${slackText(content.summary[board.locale])}` };
  }
  return {
    event,
    delivery,
    at,
    board: { id: board.id, title: board.title },
    summary: content.summary[board.locale],
    ...(content.link ? { link: content.link } : {}),
    data: content.data,
  };
}
