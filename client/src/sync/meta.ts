// What the placeholder board page shows from the content document's root `meta` map, read with
// the shared `readMeta` (malformed fields are skipped, never thrown). The live session has its
// own store of the same fields (metaStore.ts); this stays for the page until it uses a session.
import type * as Y from 'yjs';
import { readMeta } from '@kyoso/shared';

export interface MetaCompany {
  key: string;
  name: string;
  color: string;
}

export interface BoardMetaView {
  /** null while the board has no title (not loaded yet). */
  title: string | null;
  companies: MetaCompany[];
}

export function readBoardMeta(doc: Y.Doc): BoardMetaView {
  const { meta } = readMeta(doc);
  return {
    title: meta.title === '' ? null : meta.title,
    companies: meta.companies.map(({ key, name, color }) => ({ key, name, color })),
  };
}

export function sameMeta(a: BoardMetaView, b: BoardMetaView): boolean {
  return (
    a.title === b.title &&
    a.companies.length === b.companies.length &&
    a.companies.every((c, i) => {
      const d = b.companies[i];
      return d !== undefined && c.key === d.key && c.name === d.name && c.color === d.color;
    })
  );
}
