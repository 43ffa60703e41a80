// Sorting and filtering the synergy panel's list.
import type { Company } from '../companies.js';
import type { CompanyKey } from '../ids.js';
import { SYNERGY_STATUS_ORDER, type SynergyPoint, type SynergyStatus } from './points.js';

export const SYNERGY_SORT_KEYS = ['status', 'company', 'owner', 'votes', 'due'] as const;
export type SynergySortKey = (typeof SYNERGY_SORT_KEYS)[number];

export interface SynergyFilter {
  status: SynergyStatus | null;
  company: CompanyKey | null;
}

export function filterSynergyPoints(points: readonly SynergyPoint[], filter: SynergyFilter): SynergyPoint[] {
  return points.filter(
    (point) =>
      (filter.status === null || point.status === filter.status) &&
      (filter.company === null || point.companies.includes(filter.company)),
  );
}

/** First owner's name in board company order, or null. */
export function firstOwner(point: SynergyPoint, companies: readonly Company[]): string | null {
  for (const company of companies) {
    const name = point.fields.owners[company.key];
    if (name) return name;
  }
  return null;
}

/** Every company's owner of a point, in the board's company order (companies without one left out). */
export function ownerNames(point: SynergyPoint, companies: readonly Company[]): string[] {
  return companies.flatMap((company) => {
    const name = point.fields.owners[company.key];
    return name ? [name] : [];
  });
}

/**
 * Sorts a copy. Ascending means: status idea → candidate → agreed → parked; company and owner
 * A→Z (in the board's company order for company); votes most first; due soonest first. Points
 * missing the key (no owner, no date, no company) go last either way; ties keep the title order.
 */
export function sortSynergyPoints(
  points: readonly SynergyPoint[],
  key: SynergySortKey,
  companies: readonly Company[],
  descending = false,
  locale?: string,
): SynergyPoint[] {
  const companyRank = (point: SynergyPoint): number | null => {
    const first = point.companies[0];
    const index = companies.findIndex((company) => company.key === first);
    return index === -1 ? null : index;
  };
  const value = (point: SynergyPoint): number | string | null => {
    switch (key) {
      case 'status':
        return SYNERGY_STATUS_ORDER.indexOf(point.status);
      case 'company':
        return companyRank(point);
      case 'owner':
        return firstOwner(point, companies);
      case 'votes':
        return -point.votes;
      case 'due':
        return point.fields.due;
    }
  };
  const compare = (a: number | string, b: number | string): number =>
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a).localeCompare(String(b), locale, { numeric: true });
  const byTitle = (a: SynergyPoint, b: SynergyPoint): number => a.title.localeCompare(b.title, locale);
  return [...points].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? byTitle(a, b) : va === null ? 1 : -1;
    const order = compare(va, vb);
    return (descending ? -order : order) || byTitle(a, b);
  });
}
