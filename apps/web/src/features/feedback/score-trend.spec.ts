import { describe, expect, it } from '@jest/globals';
import { monthLabel, trendCsv, trendPoints } from './score-trend';

const month = (m: string, code: [number, number, number] | null, record: [number, number, number], records = 10) => ({
  month: m,
  recordsReviewed: records,
  codesReviewed: records * 4,
  preliminary: false,
  codeAccuracy: code
    ? { estimate: code[0], lower: code[1], upper: code[2] }
    : { estimate: null, lower: null, upper: null },
  recordAccuracy: { estimate: record[0], lower: record[1], upper: record[2] },
});

describe('trendPoints', () => {
  it('orders months oldest first and turns rates into percent with a band', () => {
    const points = trendPoints([
      month('2026-03-01', [0.9, 0.8, 0.95], [0.5, 0.2, 0.8]),
      month('2026-02-01', [0.9333, 0.787, 0.982], [0.7, 0.4, 0.9]),
    ]);
    expect(points.map((p) => p.month)).toEqual(['2026-02-01', '2026-03-01']);
    expect(points[0]).toMatchObject({
      label: 'Feb 2026',
      code: 93.3,
      codeBand: [78.7, 98.2],
      codeError: [14.6, 4.9],
      record: 70,
      recordBand: [40, 90],
      recordError: [30, 20],
      records: 10,
      codes: 40,
    });
  });

  it('leaves a month without an estimate empty rather than drawing zero', () => {
    expect(trendPoints([month('2026-01-01', null, [1, 0.7, 1], 2)])[0]).toMatchObject({
      code: null,
      codeBand: null,
      codeError: null,
      record: 100,
      recordError: [30, 0],
    });
  });
});

describe('trendCsv and monthLabel', () => {
  it('writes one row per month with empty cells for missing values', () => {
    const csv = trendCsv(trendPoints([month('2026-01-01', null, [0.5, 0.2, 0.8], 2)]));
    expect(csv.split('\n')[1]).toBe('2026-01-01,,,,50,20,80,2,8,false');
  });

  it('names a month without shifting it across time zones', () => {
    expect(monthLabel('2025-12-01')).toBe('Dec 2025');
  });
});
