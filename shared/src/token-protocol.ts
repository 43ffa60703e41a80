// How a sync socket carries its token without putting it in the URL, where reverse proxies and
// access logs record it: as a WebSocket subprotocol, `kyoso-token.<token>`, offered next to `kyoso`
// (the one the server selects; a browser fails a handshake whose protocol was not selected).
// Tokens are base64url and dots, which subprotocol names allow. The stock y-websocket client's
// `?token=` query parameter is still accepted.

export const SYNC_PROTOCOL = 'kyoso';
const TOKEN_PREFIX = 'kyoso-token.';

/** The subprotocols a client offers to send `token`. */
export const tokenProtocols = (token: string): string[] => [SYNC_PROTOCOL, `${TOKEN_PREFIX}${token}`];

/** The token a client offered in `Sec-WebSocket-Protocol`, or null. */
export function tokenFromProtocols(header: string | undefined): string | null {
  if (!header) return null;
  for (const offered of header.split(',')) {
    const name = offered.trim();
    if (name.startsWith(TOKEN_PREFIX) && name.length > TOKEN_PREFIX.length)
      return name.slice(TOKEN_PREFIX.length);
  }
  return null;
}
