// Where an export is downloaded from (docs/API.md, GET /api/boards/<id>/export.<format>) and what
// the saved file is called: the server's name from Content-Disposition, Japanese kept.
import type { ExportFormat, Locale, PaperSize, PdfPages } from '@kyoso/shared';

export interface ExportChoice {
  format: ExportFormat;
  /** A frame's id, or null for the whole board. */
  frame: string | null;
  paper: PaperSize;
  pages: PdfPages;
  /** The interface language: reports and labels are written in it. */
  lang: Locale;
  /** The reader's time zone (IANA): times on the PDF and in the report are printed in it. */
  timeZone?: string;
}

export function exportUrl(boardId: string, choice: ExportChoice, baseUrl = ''): string {
  const params = new URLSearchParams();
  // One page per frame covers every frame, and the handout is of the whole board, so a chosen
  // frame only matters otherwise.
  if (choice.frame && !(choice.format === 'pdf' && choice.pages !== 'board'))
    params.set('frame', choice.frame);
  if (choice.format === 'pdf') {
    params.set('paper', choice.paper);
    params.set('pages', choice.pages);
  }
  params.set('lang', choice.lang);
  if (choice.timeZone) params.set('tz', choice.timeZone);
  return `${baseUrl}/api/boards/${encodeURIComponent(boardId)}/export.${choice.format}?${params.toString()}`;
}

function decodeExtValue(value: string): string | null {
  // RFC 5987: charset'language'percent-encoded
  const match = /^([\w!#$%&+^`{}~-]*)'[\w-]*'(.*)$/.exec(value);
  if (!match) return null;
  const charset = (match[1] ?? '').toLowerCase();
  const encoded = match[2] ?? '';
  try {
    if (charset === 'utf-8' || charset === '') return decodeURIComponent(encoded);
    // ISO-8859-1: each %XX is one character.
    return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  } catch {
    return null;
  }
}

/** Strips what a file name must not carry (folders, control characters). */
function safeName(name: string): string | null {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^.*[\\/]/, '')
    .trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : null;
}

/** The file name a Content-Disposition header gives (`filename*` first), or `fallback`. */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /(?:^|;)\s*filename\*\s*=\s*("?)([^";]+)\1/i.exec(header);
  if (extended?.[2]) {
    const decoded = decodeExtValue(extended[2].trim());
    const name = decoded === null ? null : safeName(decoded);
    if (name) return name;
  }
  const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const value = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return (value && safeName(value)) || fallback;
}

/** 1536 → "1.5 KB": progress for people, not for machines. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const text = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
  return `${text} ${units[unit]}`;
}
