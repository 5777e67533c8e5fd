import { resolvePeriod, schedulePattern, toDomainPlan, toTargetingRule } from './plan-definition';

describe('plan definition', () => {
  it('maps contract methods onto the domain plans, stratified by coder', () => {
    expect(toDomainPlan({ type: 'fixedPerCoder', perCoder: 30 }, 's', 2, undefined)).toEqual({
      seed: 's',
      spares: 2,
      method: 'fixedPerStratum',
      perStratum: 30,
      stratifyBy: 'coder',
    });
    expect(toDomainPlan({ type: 'percentage', percent: 5, per: 'coder' }, 's', 0, undefined)).toMatchObject({
      method: 'percentage',
      per: 'stratum',
    });
  });

  it('combines rules and freezes resolved coder lists into them', () => {
    const rule = toTargetingRule(
      {
        combine: 'all',
        rules: [
          { type: 'drgWeightAbove', weight: 2 },
          { type: 'newCoders', startedWithinDays: 90 },
        ],
      },
      { 'rules[1]': ['c1'] },
    );
    expect(rule).toEqual({
      type: 'allOf',
      rules: [
        { type: 'drgWeightAbove', weight: 2 },
        { type: 'newCoder', coderIds: ['c1'] },
      ],
    });
  });

  it('resolves relative periods to the last complete week, month and quarter (UTC)', () => {
    const wednesday = new Date('2026-03-11T08:00:00Z');
    expect(resolvePeriod({ relativePeriod: 'previous_week' }, wednesday)).toEqual({
      from: '2026-03-02',
      to: '2026-03-08',
    });
    expect(resolvePeriod({ relativePeriod: 'previous_month' }, wednesday)).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(resolvePeriod({ relativePeriod: 'previous_quarter' }, wednesday)).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    });
    expect(resolvePeriod({ dateFrom: '2026-01-01' }, wednesday)).toEqual({ from: '2026-01-01', to: null });
  });

  it('turns schedules into cron patterns', () => {
    expect(schedulePattern({ frequency: 'weekly', dayOfWeek: 1, hour: 6 })).toBe('0 6 * * 1');
    expect(schedulePattern({ frequency: 'monthly', dayOfMonth: 2, hour: 5 })).toBe('0 5 2 * *');
  });
});
