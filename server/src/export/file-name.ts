// The Content-Disposition of a download: the board's title (Japanese kept, RFC 6266/5987) and an
// ASCII fallback for old clients. Nothing from the title can break out of the header. The date is
// the reader's (the zone every time on the export is in), as the cover says it.
import { isoInZone } from '@kyoso/shared';

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f"\\/:*?<>|]+/g;

/** `extension` without the dot; `part` names what of the board the file holds ("plan"), if not all. */
export function attachmentName(
  title: string,
  exportedAt: string,
  extension: string,
  part = '',
  timeZone = 'UTC',
): string {
  const date = isoInZone(exportedAt, timeZone).slice(0, 10);
  const suffix = part === '' ? date : `${part}-${date}`;
  const base = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'kyoso';
  const name = `${base} ${suffix}.${extension}`;
  const ascii = `${
    base
      .replace(/[^\x20-\x7e]+/g, '')
      .replace(/[\s%;,]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'kyoso'
  }-${suffix}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
