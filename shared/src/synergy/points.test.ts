import { describe, it, expect } from 'vitest';
import type * as Y from 'yjs';
import type { CompanyKey, ShapeId } from '../ids.js';
import { addSticky } from '../model/commands/create.js';
import { createFixtureBoard, V1_FIXTURE_COMPANIES } from '../model/fixtures.js';
import { setText } from '../model/commands/text.js';
import { readShapes } from '../model/shape.js';
import { currentAgreementContent } from '../workshop/agreement-content.js';
import type { LedgerEvent } from '../workshop/ledger.js';
import { createSynergy, updateSynergy } from './commands.js';
import { filterSynergyPoints, ownerNames, sortSynergyPoints } from './order.js';
import { latestRevealedTotals, synergyPoints } from './points.js';

const origin = 'local';
const acme = 'acme' as CompanyKey;
const kumo = 'kumo' as CompanyKey;
const companies = V1_FIXTURE_COMPANIES;
const by = (company: CompanyKey, name: string) => ({
  participant: `p${company}0000` as never,
  name,
  role: 'member' as const,
  company,
});
/** An agreement to the card's content on `doc` as it is now. */
const agreed = (
  doc: Y.Doc,
  card: ShapeId,
  company: CompanyKey,
  name: string,
  minute: number,
): LedgerEvent => ({
  type: 'agreed',
  at: new Date(Date.UTC(2026, 10, 24, 10, minute)).toISOString(),
  by: by(company, name),
  company,
  card,
  ...currentAgreementContent(readShapes(doc).shapes)(card)!,
});
const revealed = (totals: Record<string, number>, round: number): LedgerEvent => ({
  type: 'votes-revealed',
  at: '2026-11-24T10:00:00.000Z',
  by: { participant: 'pfacil0000' as never, name: 'F', role: 'facilitator', company: null },
  round,
  totals: totals as Record<ShapeId, number>,
  voters: 3,
});

function board(): { doc: Y.Doc; one: ShapeId; two: ShapeId; asset: ShapeId; gap: ShapeId } {
  const doc = createFixtureBoard();
  const asset = addSticky(doc, { x: 0, y: 0, text: 'A', company: acme, kind: 'asset' }, origin);
  const gap = addSticky(doc, { x: 800, y: 0, text: 'G', company: kumo, kind: 'gap' }, origin);
  const one = createSynergy(doc, { title: '共同配送', from: [asset], to: [gap] }, origin);
  const two = createSynergy(doc, { title: 'Bundle', from: [asset], to: [] }, origin);
  return { doc, one, two, asset, gap };
}

describe('synergyPoints', () => {
  it('lists synergy cards with linked cards by side, companies and votes', () => {
    const { doc, one, two, asset, gap } = board();
    const points = synergyPoints(
      readShapes(doc).shapes,
      [revealed({ [one]: 1 }, 1), revealed({ [one]: 4 }, 2)],
      companies,
    );
    expect(points.map((point) => point.id)).toEqual([one, two]);
    const [first, second] = points;
    expect(first).toMatchObject({ title: '共同配送', status: 'idea', votes: 4, companies: [acme, kumo] });
    expect(first?.linked.map((link) => [link.id, link.side])).toEqual([
      [asset, 'from'],
      [gap, 'to'],
    ]);
    expect(second).toMatchObject({ votes: 0, companies: [acme] });
  });

  it('shows agreed only when every company agreed, with who and when', () => {
    const { doc, one } = board();
    updateSynergy(doc, { id: one, status: 'parked' }, origin);
    const shapes = readShapes(doc).shapes;
    const half = [agreed(doc, one, acme, '佐藤', 1)];
    expect(synergyPoints(shapes, half, companies)[0]).toMatchObject({ status: 'parked' });
    const all = [...half, agreed(doc, one, kumo, 'Lee', 2)];
    const point = synergyPoints(shapes, all, companies)[0];
    expect(point?.status).toBe('agreed');
    expect(point?.agreedBy).toEqual([
      { company: acme, name: '佐藤', at: '2026-11-24T10:01:00.000Z' },
      { company: kumo, name: 'Lee', at: '2026-11-24T10:02:00.000Z' },
    ]);
  });

  it('is no longer agreed once its fields or a linked card’s text change, and says who agreed before', () => {
    const { doc, one, gap } = board();
    const events = [agreed(doc, one, acme, '佐藤', 1), agreed(doc, one, kumo, 'Lee', 2)];
    expect(synergyPoints(readShapes(doc).shapes, events, companies)[0]?.status).toBe('agreed');
    setText(doc, { id: gap, text: 'G（改）' }, origin);
    const point = synergyPoints(readShapes(doc).shapes, events, companies)[0];
    expect(point).toMatchObject({ status: 'idea', agreedBy: [] });
    expect(point?.changedSince.map((mark) => mark.company)).toEqual([acme, kumo]);
    updateSynergy(doc, { id: one, nextStep: 'PoC' }, origin);
    expect(synergyPoints(readShapes(doc).shapes, events, companies)[0]?.agreement.agreed).toBe(false);
  });

  it('takes totals from the latest revealed round', () => {
    expect(latestRevealedTotals([])).toBeNull();
    expect(latestRevealedTotals([revealed({ a: 1 }, 1), revealed({ b: 2 }, 2)])).toEqual({ b: 2 });
  });
});

describe('sorting and filtering', () => {
  it('sorts by status, votes, due and owner, and filters by status and company', () => {
    const { doc, one, two } = board();
    updateSynergy(
      doc,
      { id: one, due: '2026-12-24', owners: { kumo: 'Yamada' }, status: 'candidate' },
      origin,
    );
    updateSynergy(doc, { id: two, due: '2026-12-01', owners: { acme: 'Abe' } }, origin);
    const points = synergyPoints(readShapes(doc).shapes, [revealed({ [two]: 5, [one]: 2 }, 1)], companies);
    const ids = (list: { id: ShapeId }[]) => list.map((point) => point.id);
    expect(ids(sortSynergyPoints(points, 'status', companies))).toEqual([two, one]);
    expect(ids(sortSynergyPoints(points, 'status', companies, true))).toEqual([one, two]);
    expect(ids(sortSynergyPoints(points, 'votes', companies))).toEqual([two, one]);
    expect(ids(sortSynergyPoints(points, 'due', companies))).toEqual([two, one]);
    expect(ids(sortSynergyPoints(points, 'owner', companies))).toEqual([two, one]);
    // The list names every company's owner, in the board's company order.
    updateSynergy(doc, { id: two, owners: { kumo: '雲野' } }, origin);
    const both = synergyPoints(readShapes(doc).shapes, [], companies).find((point) => point.id === two)!;
    expect(ownerNames(both, companies)).toEqual(['Abe', '雲野']);
    expect(
      ownerNames(
        points.find((point) => point.id === one)!,
        companies,
      ),
    ).toEqual(['Yamada']);
    expect(ids(filterSynergyPoints(points, { status: 'candidate', company: null }))).toEqual([one]);
    expect(ids(filterSynergyPoints(points, { status: null, company: kumo }))).toEqual([one]);
    expect(ids(filterSynergyPoints(points, { status: null, company: null }))).toEqual([one, two]);
  });
});
