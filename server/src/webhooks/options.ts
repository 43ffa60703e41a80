// How webhooks are delivered: settings read from the environment (README, "Configuration").
export interface WebhookOptions {
  /** Let endpoints on loopback and private networks be registered (tests, an intranet chat server). */
  allowPrivate: boolean;
  /** The first retry waits this long; each next one four times longer. */
  retryBaseMs: number;
  /** Attempts per delivery, the first included. */
  attempts: number;
  /** How long one attempt may take. */
  timeoutMs: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  allowPrivate: false,
  retryBaseMs: 5_000,
  attempts: 5,
  timeoutMs: 10_000,
};
