import { describe, expect, it } from '@jest/globals';
import { describeMethod, describeRules } from './plan-describe';

describe('describeMethod', () => {
  it('names each method with its size', () => {
    expect(describeMethod({ type: 'fixedPerCoder', perCoder: 30 })).toBe('30 per coder');
    expect(describeMethod({ type: 'percentage', percent: 5, per: 'coder' })).toBe('5% of each coder’s volume');
    expect(describeMethod({ type: 'simpleRandom', sampleSize: 100 })).toBe('Simple random, 100 records');
  });
});

describe('describeRules', () => {
  it('joins rules with their combination', () => {
    expect(describeRules(null)).toBe('None');
    expect(describeRules({ combine: 'all', rules: [{ type: 'drgIn', drgs: ['291'] }, { type: 'flaggedAtImport' }] })).toBe('DRG 291 and flagged at import');
  });
});
