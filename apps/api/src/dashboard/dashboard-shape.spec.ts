import type { CoderMonthRow } from './coder-month-row';
import { auditorsOf, coderRowsOf, monthsOf, paretoOf, paymentOf, trendOf } from './dashboard-shape';

const row = (over: Partial<CoderMonthRow>): CoderMonthRow => ({
  coderId: 'c1', teamId: 't1', month: '2026-01', recordsReviewed: 0, codesReviewed: 0, weightedErrors: 0, recordsWithError: 0, clusters: 0,
  errorsSquared: 0, unitsSquared: 0, errorsTimesUnits: 0, overpayment: 0, underpayment: 0, overpaymentWeight: 0, underpaymentWeight: 0,
  categoryErrors: {}, auditorFindings: {}, ...over,
});

describe('monthsOf', () => {
  it('lists every month across a year end', () => {
    expect(monthsOf('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('trendOf', () => {
  it('puts the centre at the pooled rate and sets each month’s limits from its own n', () => {
    // p̄ = (2 + 2) / (10 + 30) = 0.1 → centre accuracy 0.9.
    // n = 10: 3·√(0.1·0.9/10) = 0.284605 → error UCL 0.384605 → accuracy lower limit 0.615395; LCL 0 → upper 1.
    // n = 30: 3·√(0.1·0.9/30) = 0.164317 → accuracy lower limit 0.735683.
    const rows = [row({ month: '2026-01', recordsReviewed: 10, recordsWithError: 2 }), row({ coderId: 'c2', month: '2026-02', recordsReviewed: 30, recordsWithError: 2 })];
    const trend = trendOf(rows, ['2025-12', '2026-01', '2026-02']);
    expect(trend.centreAccuracy).toBeCloseTo(0.9, 12);
    expect(trend.points[0]).toMatchObject({ month: '2025-12', accuracy: null, flag: 'no_data' });
    expect(trend.points[1]!.accuracy).toBeCloseTo(0.8, 12);
    expect(trend.points[1]!.lowerLimit).toBeCloseTo(0.615395, 6);
    expect(trend.points[1]!.upperLimit).toBe(1);
    expect(trend.points[2]!.lowerLimit).toBeCloseTo(0.735683, 6);
    expect(trend.points.map((p) => p.flag)).toEqual(['no_data', 'in_control', 'in_control']);
  });
});

describe('coderRowsOf', () => {
  const rows = [
    row({ month: '2026-01', recordsReviewed: 10, recordsWithError: 1, codesReviewed: 40, weightedErrors: 1 }),
    row({ month: '2026-02', recordsReviewed: 20, recordsWithError: 1, codesReviewed: 80, weightedErrors: 1 }),
  ];
  const info = new Map([['c1', { externalId: 'C001', displayName: 'Coder One', teamId: 't1', teamName: 'Inpatient' }]]);

  it('pools months, warns that 28 of 30 cannot tell the coder from 95%, and shows last month against the one before', () => {
    const [coder] = coderRowsOf(rows, info, new Map([['c1', 2]]), 0.95);
    expect(coder).toMatchObject({ externalId: 'C001', recordsReviewed: 30, recordsWithError: 2, codesReviewed: 120, openDisputes: 2 });
    // Wilson 28/30: 78.7–98.2% (DOMAIN.md).
    expect(coder!.recordAccuracy.lower!.toFixed(3)).toBe('0.787');
    expect(coder!.recordAccuracy.upper!.toFixed(3)).toBe('0.982');
    expect(coder!.sampleWarning).toEqual({ message: '30 records cannot tell 93.3% from the 95% target; about 1462 records would be needed.', recordsNeeded: 1462 });
    // 9/10 = 0.90 in January, 19/20 = 0.95 in February.
    expect(coder!.trend).toMatchObject({ lastMonth: '2026-02', previousMonth: '2026-01', direction: 'up' });
    expect(coder!.trend!.delta).toBeCloseTo(0.05, 12);
  });

  it('gives no warning once the interval clears the target', () => {
    const [coder] = coderRowsOf([row({ recordsReviewed: 60, recordsWithError: 20 })], info, new Map(), 0.95);
    expect(coder!.sampleWarning).toBeNull();
    expect(coder!.trend).toBeNull();
  });
});

describe('paretoOf', () => {
  it('sums categories over rows, largest first, with the running share', () => {
    const bars = paretoOf([row({ categoryErrors: { secondary_dx: 3, principal_dx: 1, pcs: 0 } }), row({ categoryErrors: { secondary_dx: 1, drg: 2 } })]);
    expect(bars.map((b) => [b.category, b.errors])).toEqual([['secondary_dx', 4], ['drg', 2], ['principal_dx', 1]]);
    expect(bars.map((b) => b.cumulativeShare)).toEqual([4 / 7, 6 / 7, 1]);
  });
});

describe('auditorsOf and paymentOf', () => {
  it('rates disputes per released finding and losses per dispute', () => {
    const rows = [row({ auditorFindings: { a1: { findings: 8, disputed: 2, lost: 1 } } }), row({ auditorFindings: { a1: { findings: 2, disputed: 2, lost: 0 }, a2: { findings: 5, disputed: 0, lost: 0 } } })];
    const out = auditorsOf(rows, new Map([['a1', 'Ann'], ['a2', 'Bob']]));
    expect(out).toEqual([
      { auditorId: 'a1', name: 'Ann', findings: 10, disputed: 4, lost: 1, disputeRate: 0.4, overturnRate: 0.25 },
      { auditorId: 'a2', name: 'Bob', findings: 5, disputed: 0, lost: 0, disputeRate: 0, overturnRate: null },
    ]);
  });

  it('keeps over- and underpayment apart, in money and weight', () => {
    const p = paymentOf([row({ overpayment: 2826.2, overpaymentWeight: 0.4348 }), row({ month: '2026-02', underpayment: 1389.7, underpaymentWeight: 0.2138 })], ['2026-01', '2026-02']);
    expect(p.overpayment).toEqual({ amount: 2826.2, weight: 0.4348 });
    expect(p.underpayment).toEqual({ amount: 1389.7, weight: 0.2138 });
    expect(p.months[1]).toEqual({ month: '2026-02', overpayment: { amount: 0, weight: 0 }, underpayment: { amount: 1389.7, weight: 0.2138 } });
  });
});
