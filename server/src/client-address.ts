// Who is asking, as far as limits per address go: the socket's peer, or, behind a reverse proxy
// the operator trusts (KYOSO_TRUST_PROXY), the address that proxy appended to X-Forwarded-For.
// Only the last entry is the proxy's own word; earlier ones are whatever the client sent.
import type { IncomingMessage } from 'node:http';

export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const list = Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '');
    const last = list.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
