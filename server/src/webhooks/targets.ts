// Where a webhook may point: http or https only, and, unless the deployment allows it, not at
// this machine or a private network (a board's facilitator must not be able to make the server
// call into its own infrastructure). The name is resolved and every address it gives is checked.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, or as URL parsing writes it `::ffff:7f00:1`) as IPv4. */
function mappedIPv4(address: string): string | null {
  const match = /^(?:0{0,4}:){0,5}:?ffff:(.+)$/i.exec(address) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  const rest = match?.[1];
  if (!rest) return null;
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * Loopback, private, link-local, carrier-grade NAT, benchmarking, multicast, reserved, unique-local,
 * NAT64 and unspecified addresses: nothing a chat service on the internet lives at.
 */
export function isPrivateAddress(address: string): boolean {
  const v4 = isIP(address) === 4 ? address : mappedIPv4(address);
  if (v4 !== null) {
    const [a = 0, b = 0] = v4.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      a >= 224 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 198 && (b === 18 || b === 19))
    );
  }
  const v6 = address.toLowerCase();
  return (
    v6 === '::' ||
    v6 === '::1' ||
    /^f[cd]/.test(v6) ||
    /^fe[89ab]/.test(v6) ||
    /^ff/.test(v6) ||
    /^64:ff9b:/.test(v6)
  );
}

/** Why `url` cannot be a webhook address, or null when it can (the form only; see isAllowedTarget). */
export function webhookUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url must be an absolute http or https address';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'url must be http or https';
  if (parsed.username || parsed.password) return 'url must not carry a user name or password';
  return null;
}

export async function isAllowedTarget(url: string, allowPrivate: boolean): Promise<boolean> {
  if (allowPrivate) return true;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return false;
  if (isIP(host)) return !isPrivateAddress(host);
  try {
    const addresses = await lookup(host, { all: true });
    return addresses.every((entry) => !isPrivateAddress(entry.address));
  } catch {
    return false;
  }
}
