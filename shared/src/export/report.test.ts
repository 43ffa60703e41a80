import { describe, expect, it } from 'vitest';
import { ACME, HOSTILE_FORMULA, HOSTILE_MARKUP, KUMO, reportFixture } from './report-fixture.js';
import { buildSynergyReport } from './report.js';
import { changeFieldLabel, changeValueLabel, REPORT_LABELS } from './report-labels.js';

describe('buildSynergyReport', () => {
  it('lists every synergy point, agreed first, then candidate, then idea', () => {
    const { input, ids } = reportFixture();
    const report = buildSynergyReport(input, 'ja');
    expect(report.rows.map((row) => [row.id, row.status])).toEqual([
      [ids.agreed, 'agreed'],
      [ids.candidate, 'candidate'],
      [ids.idea, 'idea'],
    ]);
    expect(report.counts).toEqual({ agreed: 1, candidate: 1, idea: 1, parked: 0 });
  });

  it('orders by votes within a status', () => {
    const { input, ids } = reportFixture();
    const ledger = input.ledger.filter((event) => event.type !== 'agreed' && event.type !== 'withdrawn');
    // Without agreements the parked point is no longer agreed: candidate, idea, parked.
    const report = buildSynergyReport({ ...input, ledger }, 'en');
    expect(report.rows.map((row) => row.id)).toEqual([ids.candidate, ids.idea, ids.agreed]);
    const shapes = input.shapes.map((shape) =>
      shape.type === 'sticky' && shape.synergy
        ? { ...shape, synergy: { ...shape.synergy, status: 'idea' as const } }
        : shape,
    );
    const same = buildSynergyReport({ ...input, shapes, ledger }, 'en');
    expect(same.rows.map((row) => [row.id, row.votes])).toEqual([
      [ids.idea, 5],
      [ids.candidate, 3],
      [ids.agreed, 0],
    ]);
  });

  it("takes a point's next step from its joint plan when the point names none itself", () => {
    const { input, ids } = reportFixture();
    const action = (
      id: string,
      title: string,
      due: string | null,
      status: 'done' | 'notStarted',
      order: number,
    ) => ({
      id,
      title,
      owners: { [ACME]: `${title}担当` },
      due,
      status,
      helper: null,
      order,
    });
    const plan = {
      actions: [
        action('a1', '契約書の確認', '2026-12-01', 'done', 0),
        action('a2', 'PoCの範囲を決める', '2027-01-10', 'notStarted', 1),
        action('a3', '試算を共有する', '2027-01-05', 'notStarted', 2),
      ],
      kpi: { name: '', unit: '', target: null, actual: null },
      progress: 'inProgress' as const,
    };
    const shapes = input.shapes.map((shape) =>
      shape.id === ids.idea || shape.id === ids.candidate ? { ...shape, plan } : shape,
    );
    const rows = buildSynergyReport({ ...input, shapes }, 'ja').rows;
    // The first open action by due date, not the one done and not the later one.
    expect(rows.find((row) => row.id === ids.idea)).toMatchObject({
      nextStep: '試算を共有する',
      due: '2027-01-05',
      owners: { [ACME]: '試算を共有する担当', [KUMO]: '' },
    });
    // A point with a next step of its own keeps it.
    expect(rows.find((row) => row.id === ids.candidate)).toMatchObject({
      nextStep: '物流データを共有して試算する\n来週まで',
      due: '2026-12-01',
    });
  });

  it('fills each row with fields, linked cards and owners per company, labelled in the locale', () => {
    const { input, ids } = reportFixture();
    const ja = buildSynergyReport(input, 'ja');
    const candidate = ja.rows.find((row) => row.id === ids.candidate);
    expect(candidate).toMatchObject({
      title: '共同配送で物流コスト削減',
      statusLabel: '候補',
      type: '共同開発',
      expectedValue: '年間1億円, 30%削減',
      effort: '中',
      owners: { [ACME]: '佐藤', [KUMO]: '@SUM(1+1)*cmd|' },
      nextStep: '物流データを共有して試算する\n来週まで',
      due: '2026-12-01',
      linked: { [ACME]: ['物流網（関西）', '倉庫, "24h"'], [KUMO]: [HOSTILE_FORMULA] },
      unassigned: [],
      votes: 3,
    });
    const en = buildSynergyReport(input, 'en');
    expect(en.rows.find((row) => row.id === ids.candidate)).toMatchObject({
      statusLabel: 'Candidate',
      type: 'Co-development',
      effort: 'Medium',
    });
    const agreed = en.rows.find((row) => row.id === ids.agreed);
    expect(agreed).toMatchObject({ type: '合弁会社', effort: 'Two sprints', statusLabel: 'Agreed' });
    expect(agreed?.linked[KUMO]).toEqual([HOSTILE_MARKUP]);
    // Nobody chose a type for the idea: it has none, in either language.
    expect(en.rows.find((row) => row.id === ids.idea)).toMatchObject({
      title: '(untitled synergy)',
      type: '',
    });
    expect(ja.rows.find((row) => row.id === ids.idea)?.type).toBe('');
  });

  it('says who agreed for each company, with the time of the latest agreement; withdrawn ones are gone', () => {
    const { input, ids } = reportFixture();
    const rows = buildSynergyReport(input, 'ja').rows;
    expect(rows.find((row) => row.id === ids.agreed)?.agreed).toEqual({
      [ACME]: { name: 'Bob', at: '2026-11-24T10:04:00.000Z' },
      [KUMO]: { name: '鈴木', at: '2026-11-24T10:02:00.000Z' },
    });
    const candidate = rows.find((row) => row.id === ids.candidate);
    expect(candidate?.agreed).toEqual({ [ACME]: { name: '佐藤', at: '2026-11-24T10:05:00.000Z' } });
    expect(candidate?.waitingFor).toEqual([KUMO]);
  });

  it('leaves votes empty when no round was revealed, and 0 for a point nobody voted for', () => {
    expect(
      buildSynergyReport(reportFixture({ revealed: false }).input, 'ja').rows.map((row) => row.votes),
    ).toEqual([null, null, null]);
    const { input, ids } = reportFixture();
    expect(buildSynergyReport(input, 'ja').rows.find((row) => row.id === ids.agreed)?.votes).toBe(0);
  });
});

describe('what changed since agreed, as the reports say it', () => {
  const company = (key: string) => ({ a: 'Acme', b: '雲産業' })[key] ?? key;
  it('names each field and says each value by its name, never a stored key', () => {
    const ja = REPORT_LABELS.ja;
    expect(changeFieldLabel('due', ja, company)).toBe('期日');
    expect(changeFieldLabel('owner:b', ja, company)).toBe('担当者（雲産業）');
    expect(changeValueLabel('kind', 'gap', ja, company)).toBe('足りないもの');
    expect(changeValueLabel('company', 'b', ja, company)).toBe('雲産業');
    expect(changeValueLabel('synergyType', 'scale', REPORT_LABELS.en, company)).toBe('Scale');
    expect(changeValueLabel('effort', 'low', ja, company)).toBe('小');
    expect(changeValueLabel('nextStep', '', REPORT_LABELS.en, company)).toBe('(empty)');
    expect(changeValueLabel('text', 'as written', ja, company)).toBe('as written');
  });
});
