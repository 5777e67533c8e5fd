import { describe, expect, it } from '@jest/globals';
import { describeMethod, describePeriod, describeRules, describeSchedule } from './plan-describe';

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
    expect(
      describeRules({ combine: 'all', rules: [{ type: 'drgIn', drgs: ['291'] }, { type: 'flaggedAtImport' }] }),
    ).toBe('DRG 291 and flagged at import');
  });
});

describe('describeSchedule', () => {
  it('names the day and the UTC hour of a run', () => {
    expect(describeSchedule(null)).toBe('Not scheduled');
    expect(describeSchedule({ frequency: 'monthly', dayOfMonth: 3, hour: 6 })).toBe('Monthly on day 3 at 06:00 UTC');
    expect(describeSchedule({ frequency: 'weekly', dayOfWeek: 1, hour: 18 })).toBe('Weekly on Monday at 18:00 UTC');
  });
});

describe('describePeriod', () => {
  it('tells a relative period from fixed dates', () => {
    expect(describePeriod({ relativePeriod: 'previous_month' })).toBe('Previous month (at each run)');
    expect(describePeriod({ dateFrom: '2026-03-01', dateTo: '2026-03-31' })).toBe('Mar 1, 2026 – Mar 31, 2026');
    expect(describePeriod({})).toBe('All dates');
  });
});
