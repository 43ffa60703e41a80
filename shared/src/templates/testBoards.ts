// Boards with 2..8 companies for the template tests.
import * as Y from 'yjs';
import { COMPANY_PALETTE, type Company } from '../companies.js';
import type { CompanyKey } from '../ids.js';
import { initContentDoc } from '../model/document.js';

const NAMES = [
  'Acme',
  '株式会社ベータ',
  'Gamma Logistics',
  'デルタ工業',
  'Epsilon',
  'Zeta Bank',
  'イータ',
  'Theta',
];

export const companiesFor = (n: number): Company[] =>
  Array.from({ length: n }, (_, i) => ({
    key: String.fromCharCode(97 + i) as CompanyKey,
    name: NAMES[i] ?? `Company ${i + 1}`,
    color: COMPANY_PALETTE[i] ?? '#2f6fde',
  }));

export function boardWith(n: number): Y.Doc {
  const doc = new Y.Doc();
  initContentDoc(doc, { title: 'Template test', companies: companiesFor(n) });
  return doc;
}
