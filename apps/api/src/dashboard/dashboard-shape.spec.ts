import type { CoderMonthRow } from './coder-month-row';
import { auditorsOf, coderRowsOf, monthsOf, paretoOf, paymentOf, totalsOf, trendOf } from './dashboard-shape';

const row = (over: Partial<CoderMonthRow>): CoderMonthRow => ({
  coderId: 'c1',
  teamId: 't1',
  month: '2026-01',
  recordsReviewed: 0,
  codesReviewed: 0,
  weightedCodes: 0,
  weightedErrors: 0,
  recordsWithError: 0,
  clusters: 0,
  errorsSquared: 0,
  unitsSquared: 0,
  errorsTimesUnits: 0,
  overpayment: 0,
  underpayment: 0,
  overpaymentWeight: 0,
  underpaymentWeight: 0,
  categoryErrors: {},
  auditorFindings: {},
  population: null,
  preliminary: false,
  targetedRecordsReviewed: 0,
  targetedRecordsWithError: 0,
  ...over,
});

describe('monthsOf', () => {
  it('lists every month across a year end', () => {
    expect(monthsOf('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('trendOf', () => {
  it('puts the centre at the pooled rate, draws exact limits per month, and says when no improvement could show', () => {
    // p̄ = 0.1 over 12 steady months of n = 50: P(X ≥ 13 | 50, 0.1) = 0.0010 < 0.0025 ≤ P(X ≥ 12) = 0.0032 → UCL 12.5/50 = 0.25;
    // P(X = 0) = 0.9⁵⁰ = 0.0052 > 0.0025 → no lower limit: a perfect month would not be a signal.
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    const rows = months.map((month) => row({ month, recordsReviewed: 50, recordsWithError: 5 }));
    const trend = trendOf(rows, ['2024-12', ...months]);
    expect(trend.centreAccuracy).toBeCloseTo(0.9, 12);
    expect(trend.points[0]).toMatchObject({ month: '2024-12', accuracy: null, flag: 'no_data' });
    expect(trend.points[1]!.lowerLimit).toBeCloseTo(1 - 12.5 / 50, 12);
    expect(trend.points[1]!.upperLimit).toBeNull();
    expect(trend.chart).toMatchObject({ method: 'binomial-probability', improvementDetectable: false });
    expect(trend.chart!.note).toMatch(/an improvement cannot show/);
  });

  it('says "not enough data" for months with no records at all', () => {
    const trend = trendOf([], ['2026-01', '2026-02']);
    expect(trend.centreAccuracy).toBeNull();
    expect(trend.chart!.note).toMatch(/not enough data/);
  });
});

describe('totalsOf', () => {
  it('weights coders by population, not by sample: 18/20 of 200 and 19/20 of 2,000 → 2080/2200', () => {
    const rows = [
      row({ coderId: 'a', recordsReviewed: 20, recordsWithError: 2, population: 200 }),
      row({ coderId: 'b', recordsReviewed: 20, recordsWithError: 1, population: 2000 }),
    ];
    const totals = totalsOf(rows);
    expect(totals.recordAccuracy).toMatchObject({ method: 'stratified-korn-graubard', population: 2200, n: 40 });
    expect(totals.recordAccuracy.estimate).toBeCloseTo(2080 / 2200, 12);
    // Without populations the pooled 37/40 with Clopper–Pearson, named as such.
    const pooled = totalsOf(rows.map((r) => ({ ...r, population: null })));
    expect(pooled.recordAccuracy).toMatchObject({ method: 'clopper-pearson', estimate: 37 / 40 });
  });

  it('marks preliminary figures and keeps targeted findings beside the rate, never in it', () => {
    const totals = totalsOf([
      row({
        recordsReviewed: 10,
        recordsWithError: 1,
        preliminary: true,
        targetedRecordsReviewed: 5,
        targetedRecordsWithError: 4,
      }),
    ]);
    expect(totals).toMatchObject({
      recordsReviewed: 10,
      preliminary: true,
      targeted: { recordsReviewed: 5, recordsWithError: 4 },
    });
    expect(totals.recordAccuracy.estimate).toBe(0.9);
  });

  it('says "not enough data" instead of NaN when nothing was reviewed', () => {
    const totals = totalsOf([]);
    expect(totals.recordAccuracy).toMatchObject({ status: 'not_enough_data', estimate: null, lower: null });
  });
});

describe('coderRowsOf', () => {
  const rows = [
    row({
      month: '2026-01',
      recordsReviewed: 10,
      recordsWithError: 1,
      codesReviewed: 40,
      weightedCodes: 50,
      weightedErrors: 1,
    }),
    row({
      month: '2026-02',
      recordsReviewed: 20,
      recordsWithError: 1,
      codesReviewed: 80,
      weightedCodes: 100,
      weightedErrors: 1,
    }),
  ];
  const info = new Map([['c1', { externalId: 'C001', displayName: 'Coder One', teamId: 't1', teamName: 'Inpatient' }]]);

  it('pools months, warns that 28 of 30 cannot tell the coder from 95%, and shows last month against the one before', () => {
    const [coder] = coderRowsOf(rows, info, new Map([['c1', 2]]), 0.95);
    expect(coder).toMatchObject({
      externalId: 'C001',
      recordsReviewed: 30,
      recordsWithError: 2,
      codesReviewed: 120,
      weightedCodes: 150,
      weightedErrors: 2,
      openDisputes: 2,
    });
    // Clopper–Pearson 28/30: 77.9–99.2%.
    expect(coder!.recordAccuracy.lower!.toFixed(3)).toBe('0.779');
    expect(coder!.recordAccuracy.upper!.toFixed(3)).toBe('0.992');
    expect(coder!.sampleWarning!.recordsNeeded).toBe(1432);
    expect(coder!.sampleWarning!.message).toMatch(/about 1432 more records would settle it\.$/);
    // 9/10 = 0.90 in January, 19/20 = 0.95 in February.
    expect(coder!.trend).toMatchObject({ lastMonth: '2026-02', previousMonth: '2026-01', direction: 'up' });
    expect(coder!.trend!.delta).toBeCloseTo(0.05, 12);
  });

  it("caps records needed by what remains of the coder's population", () => {
    const [coder] = coderRowsOf(
      rows.map((r) => ({ ...r, population: 100 })),
      info,
      new Map(),
      0.95,
    );
    expect(coder!.sampleWarning!.recordsNeeded).toBe(170);
  });

  it('gives no warning once the interval clears the target', () => {
    const [coder] = coderRowsOf([row({ recordsReviewed: 60, recordsWithError: 20 })], info, new Map(), 0.95);
    expect(coder!.sampleWarning).toBeNull();
    expect(coder!.trend).toBeNull();
  });
});

describe('paretoOf', () => {
  it('sums categories over rows, largest first, with the running share', () => {
    const bars = paretoOf([
      row({ categoryErrors: { secondary_dx: 3, principal_dx: 1, pcs: 0 } }),
      row({ categoryErrors: { secondary_dx: 1, drg: 2 } }),
    ]);
    expect(bars.map((b) => [b.category, b.errors])).toEqual([
      ['secondary_dx', 4],
      ['drg', 2],
      ['principal_dx', 1],
    ]);
    expect(bars.map((b) => b.cumulativeShare)).toEqual([4 / 7, 6 / 7, 1]);
  });
});

describe('auditorsOf and paymentOf', () => {
  it('rates disputes per released finding and losses per dispute', () => {
    const rows = [
      row({ auditorFindings: { a1: { findings: 8, disputed: 2, lost: 1 } } }),
      row({
        auditorFindings: { a1: { findings: 2, disputed: 2, lost: 0 }, a2: { findings: 5, disputed: 0, lost: 0 } },
      }),
    ];
    const out = auditorsOf(
      rows,
      new Map([
        ['a1', 'Ann'],
        ['a2', 'Bob'],
      ]),
    );
    expect(out).toEqual([
      { auditorId: 'a1', name: 'Ann', findings: 10, disputed: 4, lost: 1, disputeRate: 0.4, overturnRate: 0.25 },
      { auditorId: 'a2', name: 'Bob', findings: 5, disputed: 0, lost: 0, disputeRate: 0, overturnRate: null },
    ]);
  });

  it('keeps over- and underpayment apart, in money and weight', () => {
    const p = paymentOf(
      [
        row({ overpayment: 2826.2, overpaymentWeight: 0.4348 }),
        row({ month: '2026-02', underpayment: 1389.7, underpaymentWeight: 0.2138 }),
      ],
      ['2026-01', '2026-02'],
    );
    expect(p.overpayment).toEqual({ amount: 2826.2, weight: 0.4348 });
    expect(p.underpayment).toEqual({ amount: 1389.7, weight: 0.2138 });
    expect(p.months[1]).toEqual({
      month: '2026-02',
      overpayment: { amount: 0, weight: 0 },
      underpayment: { amount: 1389.7, weight: 0.2138 },
    });
  });
});
