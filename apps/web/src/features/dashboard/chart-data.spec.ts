import { describe, expect, it } from '@jest/globals';
import { monthLabel, paretoRows, paymentRows, trendAxisFloor, trendRows } from './chart-data';

describe('trendRows', () => {
  it('turns rates into percentages, keeps gaps as null and repeats centre and target on every row', () => {
    const rows = trendRows(
      {
        centreAccuracy: 0.9,
        points: [
          {
            month: '2025-12',
            recordsReviewed: 0,
            recordsWithError: 0,
            accuracy: null,
            lowerLimit: null,
            upperLimit: null,
            flag: 'no_data',
          },
          {
            month: '2026-01',
            recordsReviewed: 10,
            recordsWithError: 2,
            accuracy: 0.8,
            lowerLimit: 0.615395,
            upperLimit: 1,
            flag: 'in_control',
          },
        ],
      },
      0.95,
    );
    expect(rows[0]).toMatchObject({ label: 'Dec 2025', accuracy: null, lowerLimit: null, centre: 90, target: 95 });
    expect(rows[1]).toMatchObject({
      label: 'Jan 2026',
      records: 10,
      errors: 2,
      accuracy: 80,
      lowerLimit: 61.54,
      upperLimit: 100,
    });
  });

  it('gives each month a tooltip naming its n, how its limits were made, and whether it is preliminary', () => {
    const point = {
      month: '2026-02',
      recordsReviewed: 12,
      recordsWithError: 1,
      accuracy: 11 / 12,
      lowerLimit: 0.6,
      upperLimit: 1,
      flag: 'in_control' as const,
    };
    const empty = { ...point, recordsReviewed: 0, recordsWithError: 0, accuracy: null, flag: 'no_data' as const };
    const chart = { method: 'beta-binomial-probability' as const, improvementDetectable: true, note: null };
    const [plain, early, none] = trendRows(
      { centreAccuracy: 0.9, points: [point, { ...point, preliminary: true }, empty], chart },
      0.95,
    );
    expect(plain?.tip).toBe(
      'observed record accuracy (records without a coder error) · n = 12 records reviewed this month · control limits: beta-binomial probability limits (the months vary more than chance)',
    );
    expect(early?.tip).toContain('preliminary');
    expect(none?.tip).toBe('no records reviewed this month: not enough data');
  });
});

describe('trendAxisFloor', () => {
  it('starts the axis below the lowest value, in tens', () => {
    expect(trendAxisFloor([{ accuracy: 80, lowerLimit: 61.54, target: 95 } as never])).toBe(50);
    expect(trendAxisFloor([])).toBe(0);
  });
});

describe('paretoRows', () => {
  it('labels categories and gives shares in percent', () => {
    expect(
      paretoRows([
        { category: 'drg', errors: 2, share: 0.5, cumulativeShare: 0.5 },
        { category: 'principal_dx', errors: 1, share: 0.25, cumulativeShare: 0.75 },
      ]),
    ).toEqual([
      { category: 'drg', label: 'DRG', errors: 2, sharePct: 50, cumulativePct: 50 },
      { category: 'principal_dx', label: 'Principal diagnosis', errors: 1, sharePct: 25, cumulativePct: 75 },
    ]);
  });
});

describe('paymentRows', () => {
  it('keeps only months with money moved, with both sides apart', () => {
    const none = { amount: 0, weight: 0 };
    const rows = paymentRows({
      overpayment: { amount: 2826.2, weight: 0.4348 },
      underpayment: { amount: 1389.7, weight: 0.2138 },
      months: [
        { month: '2025-12', overpayment: none, underpayment: none },
        {
          month: '2026-01',
          overpayment: { amount: 2826.2, weight: 0.4348 },
          underpayment: { amount: 1389.7, weight: 0.2138 },
        },
      ],
    });
    expect(rows).toEqual([
      {
        month: '2026-01',
        label: 'Jan 2026',
        overpayment: 2826.2,
        underpayment: 1389.7,
        overpaymentWeight: 0.4348,
        underpaymentWeight: 0.2138,
      },
    ]);
  });
});

describe('monthLabel', () => {
  it('reads a month key', () => expect(monthLabel('2026-09')).toBe('Sep 2026'));
});
