// Which precompressed copy of a file to send, from the request's Accept-Encoding (RFC 9110
// 12.5.3): brotli before gzip, each only when the client accepts it with a weight above zero.
export type Encoding = 'br' | 'gzip';

/** Suffix of each encoding's copy beside the file (`app.js.br`, `app.js.gz`), in order of preference. */
export const PRECOMPRESSED: readonly { encoding: Encoding; suffix: string }[] = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

/** The weight (0 to 1) the header gives each coding, `*` included; absent codings are not listed. */
function weights(header: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q=([01](?:\.\d{0,3})?)$/.exec(param);
      if (match) q = Math.min(1, Number(match[1]));
    }
    out.set(name, q);
  }
  return out;
}

/** Whether the client takes `encoding`, per its Accept-Encoding header (absent: only identity). */
export function accepts(header: string | undefined, encoding: Encoding): boolean {
  if (!header) return false;
  const q = weights(header);
  const own = q.get(encoding) ?? (encoding === 'gzip' ? q.get('x-gzip') : undefined);
  return (own ?? q.get('*') ?? 0) > 0;
}
