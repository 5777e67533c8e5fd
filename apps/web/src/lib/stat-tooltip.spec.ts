import { describe, expect, it } from '@jest/globals';
import { statTooltip } from './stat-tooltip';

describe('statTooltip', () => {
  it('names the method and n of N, and says preliminary when so', () => {
    expect(
      statTooltip({ method: 'hypergeometric-exact', n: 3, unit: 'records', population: 8, preliminary: true }),
    ).toBe(
      'exact hypergeometric 95% interval (finite population) · n = 3 of 8 records reviewed · preliminary: some audits are still in review or findings still open',
    );
    expect(statTooltip({ method: 'korn-graubard', n: 12, unit: 'codes', records: 3, population: 8 })).toBe(
      'Korn–Graubard 95% interval, records as the unit (codes cluster within records) · n = 12 codes in 3 of 8 records reviewed',
    );
    expect(statTooltip({ method: 'clopper-pearson', n: 10, unit: 'records' })).toBe(
      'Clopper–Pearson exact 95% interval · n = 10 records reviewed',
    );
  });

  it('says "not enough data" with the reason, and when nothing was reviewed', () => {
    expect(
      statTooltip({
        method: 'stratified-korn-graubard',
        n: 5,
        unit: 'records',
        status: 'not_enough_data',
        reason: 'A: 10 records in the population but none reviewed',
      }),
    ).toContain('not enough data: A: 10 records in the population but none reviewed');
    expect(statTooltip({ method: null, n: 0, unit: 'records' })).toBe(
      '95% interval · n = 0 records reviewed · not enough data',
    );
  });
});
