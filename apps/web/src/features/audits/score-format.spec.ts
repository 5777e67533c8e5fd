import { describe, expect, it } from '@jest/globals';
import type { RateWithIntervalDto } from '@recode/contracts';
import { formatInterval, formatPayment, formatSampleSize } from './score-format';
import { formatPercent } from '../../lib/percent';

const rate = (patch: Partial<RateWithIntervalDto> = {}): RateWithIntervalDto => ({
  estimate: 28 / 30,
  lower: 0.787,
  upper: 0.982,
  n: 30,
  method: 'wilson',
  note: null,
  ...patch,
});

describe('score formatting', () => {
  it('shows the domain example: 28 of 30 is 93.3% with 78.7–98.2%', () => {
    expect(formatPercent(rate().estimate)).toBe('93.3%');
    expect(formatInterval(rate())).toBe('78.7–98.2%');
    expect(formatSampleSize(rate(), 'records')).toBe('n = 30 records');
  });

  it('names the records behind a code rate and explains a missing interval', () => {
    expect(formatSampleSize(rate({ n: 42, clusters: 3 }), 'codes')).toBe('n = 42 codes in 3 records');
    expect(formatInterval(rate({ lower: null, upper: null, note: 'fewer_than_two_clusters' }))).toBe(
      'no interval (fewer than two clusters)',
    );
    expect(formatPercent(null)).toBe('—');
  });

  it('keeps payments with their weight and count', () => {
    expect(formatPayment({ amount: 1234, weight: 0.412, count: 2 })).toBe('$1,234.00 (0.4120 weight, 2 records)');
    expect(formatPayment({ amount: 0, weight: 0, count: 0 })).toBe('None');
  });
});
