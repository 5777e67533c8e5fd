import { describe, expect, it } from '@jest/globals';
import { formatPercent } from './percent';

describe('formatPercent', () => {
  it('shows a fraction as a percentage with one decimal unless asked for more', () => {
    expect(formatPercent(0.93333)).toBe('93.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0.123456, 2)).toBe('12.35%');
  });

  it('shows a dash for nothing or a non-number', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});
