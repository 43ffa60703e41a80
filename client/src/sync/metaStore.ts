// The board's title and companies (root `meta`, read with `readMeta`), as a store that keeps
// its value's identity until one of them changes.
import type * as Y from 'yjs';
import { metaMap, readMeta, type Company } from '@kyoso/shared';
import type { BoardMetaView, Store } from './session-types';
import { createValueStore } from './store';

export interface LiveMetaStore extends Store<BoardMetaView> {
  destroy(): void;
}

const sameCompany = (a: Company, b: Company): boolean =>
  a.key === b.key && a.name === b.name && a.color === b.color;

export const sameMetaView = (a: BoardMetaView, b: BoardMetaView): boolean =>
  a.title === b.title &&
  a.companies.length === b.companies.length &&
  a.companies.every((company, i) => sameCompany(company, b.companies[i] as Company));

export function readMetaView(doc: Y.Doc): BoardMetaView {
  const { meta } = readMeta(doc);
  return { title: meta.title, companies: meta.companies };
}

export function createMetaStore(doc: Y.Doc): LiveMetaStore {
  const store = createValueStore(readMetaView(doc), sameMetaView);
  const root = metaMap(doc);
  const observer = () => {
    store.set(readMetaView(doc));
  };
  root.observeDeep(observer);
  return {
    get: store.get,
    subscribe: store.subscribe,
    destroy() {
      root.unobserveDeep(observer);
      store.destroy();
    },
  };
}
