// What the placeholder board page shows from the content document's root `meta` map.
// Tolerant on purpose: the schema is being written now (docs/SCHEMA.md), and a page must never
// crash on a field it does not understand yet.
import * as Y from 'yjs';

export interface MetaCompany {
  key: string;
  name: string;
  color: string;
}

export interface BoardMetaView {
  title: string | null;
  companies: MetaCompany[];
}

const asText = (value: unknown): string | null =>
  typeof value === 'string' ? value : value instanceof Y.Text ? value.toString() : null;

function asCompany(value: unknown): MetaCompany | null {
  const get = (field: string): unknown =>
    value instanceof Y.Map
      ? value.get(field)
      : typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[field]
        : undefined;
  const key = asText(get('key'));
  const name = asText(get('name'));
  const color = asText(get('color'));
  return key && name ? { key, name, color: color ?? '#888888' } : null;
}

export function readBoardMeta(doc: Y.Doc): BoardMetaView {
  const meta = doc.getMap<unknown>('meta');
  const rawCompanies = meta.get('companies');
  const list: unknown[] =
    rawCompanies instanceof Y.Array
      ? rawCompanies.toArray()
      : Array.isArray(rawCompanies)
        ? rawCompanies
        : rawCompanies instanceof Y.Map
          ? [...rawCompanies.values()]
          : [];
  return {
    title: asText(meta.get('title')),
    companies: list.map(asCompany).filter((c): c is MetaCompany => c !== null),
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
