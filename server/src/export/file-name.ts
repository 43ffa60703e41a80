// The Content-Disposition of a download: the board's title (Japanese kept, RFC 6266/5987) and an
// ASCII fallback for old clients. Nothing from the title can break out of the header.
import type { ExportFormat } from '@kyoso/shared';

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f"\\/:*?<>|]+/g;

export function attachmentName(title: string, exportedAt: string, format: ExportFormat): string {
  const date = exportedAt.slice(0, 10);
  const base = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'kyoso';
  const name = `${base} ${date}.${format}`;
  const ascii = `${
    base
      .replace(/[^\x20-\x7e]+/g, '')
      .replace(/[\s%;,]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'kyoso'
  }-${date}.${format}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
